import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { patientStatuses, type PatientStatus } from '@domain/contracts/patients';

/*
 * The expressions the patient-list indexes are built on (schema.ts) and the list queries sort and search by
 * (patients/repository.ts). PostgreSQL uses an expression index only for that same expression, so both sides
 * take it from here. Values are written into the SQL as literals: a parameter would not match the index.
 */

// Names sort and match in lower case with Latin accents folded: a therapist typing "nunez" finds "Núñez", and
// "Álvarez" sorts among the A's rather than after "Zhang" (both databases collate by code point).
const accented = 'áàâäãåéèêëíìîïóòôöõúùûüñçýÿ';
const plain = 'aaaaaaeeeeiiiiooooouuuuncyy';

/** The sortable, searchable form of a name column, or of an expression joining several. */
export function nameKey(name: SQLWrapper): SQL {
  return sql`translate(lower(${name}), ${sql.raw(`'${accented}'`)}, ${sql.raw(`'${plain}'`)})`;
}

const folds = new Map([...accented].map((c, i) => [c, plain[i]]));

/** nameKey() of a text, computed here: what a search text is folded to before it is matched. */
export function foldName(text: string): string {
  return [...text.toLowerCase()].map((c) => folds.get(c) ?? c).join('');
}

/**
 * Status in clinical order, for sorting: active, on hold, discharged. Alphabetical order would put the
 * discharged patients between the active and the on-hold ones.
 */
export function statusRank(status: SQLWrapper): SQL {
  const whens = patientStatuses.map((s) => `when '${s}' then ${rankOf(s)}`).join(' ');
  return sql`(case ${status} ${sql.raw(whens)} end)`;
}

/** statusRank() of one status. */
export function rankOf(status: PatientStatus): number {
  return patientStatuses.indexOf(status) + 1;
}

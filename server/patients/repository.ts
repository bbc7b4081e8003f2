import { and, asc, count, desc, eq, inArray, like, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type * as z from 'zod';
import type {
  createPatientRequest,
  Patient,
  patientListQuery,
  PatientSummary,
  updatePatientRequest,
} from '@domain/contracts/patients';
import { fromMetres, toMetres } from '@domain/training-load/distance';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { foldName, rankOf, statusRank } from '../db/patient-keys';
import { patientCounts, patients, users } from '../db/schema';
import { activeTherapistOf } from '../users/repository';

/**
 * Whose patients a caller may touch: a clinic's (a manager), or within it one therapist's (a therapist's
 * own caseload). Every read and write below is limited to its scope in the SQL itself.
 */
export interface PatientScope {
  clinicId: string;
  therapistId?: string;
}

/** The record as a therapist edits it (create), before it is stored in metres. */
export type PatientFields = Omit<z.output<typeof createPatientRequest>, 'therapistId'>;
/** An edit: the same fields plus the status a therapist may set (active or on hold). */
export type PatientEdit = Omit<z.output<typeof updatePatientRequest>, 'version'>;
export type PatientListOptions = z.output<typeof patientListQuery>;

export interface NewPatient extends PatientFields {
  clinicId: string;
  therapistId: string;
  // Only seeds and imports set these: a new patient starts active, created and updated now.
  status?: Patient['status'];
  dischargedOn?: string | null;
  dischargeReason?: string | null;
  createdAt?: Date;
  updatedAt?: Date;
}

/**
 * The outcome of a write that names the version it edits: the saved patient, or the patient as it stands
 * now (undefined when there is no such patient in the scope) so the caller can say why nothing was written.
 */
export type Written = { saved: Patient } | { saved?: undefined; current: Patient | undefined };

const patientColumns = {
  id: patients.id,
  therapistId: patients.therapistId,
  firstName: patients.firstName,
  lastName: patients.lastName,
  dateOfBirth: patients.dateOfBirth,
  sex: patients.sex,
  phone: patients.phone,
  email: patients.email,
  preferredLanguage: patients.preferredLanguage,
  diagnosis: patients.diagnosis,
  diagnosisOther: patients.diagnosisOther,
  affectedSide: patients.affectedSide,
  status: patients.status,
  dischargedOn: patients.dischargedOn,
  dischargeReason: patients.dischargeReason,
  startDate: patients.startDate,
  weeklyDistanceM: patients.weeklyDistanceM,
  distanceUnit: patients.distanceUnit,
  yearsRunning: patients.yearsRunning,
  runningGoal: patients.runningGoal,
  goalRace: patients.goalRace,
  goalRaceDate: patients.goalRaceDate,
  clinicalNotes: patients.clinicalNotes,
  version: patients.version,
  createdAt: patients.createdAt,
  updatedAt: patients.updatedAt,
};
type PatientRow = typeof patients.$inferSelect;

/** What a list page shows and sorts by. */
const pageColumns = {
  id: patients.id,
  firstName: patients.firstName,
  lastName: patients.lastName,
  dateOfBirth: patients.dateOfBirth,
  diagnosis: patients.diagnosis,
  affectedSide: patients.affectedSide,
  status: patients.status,
  therapistId: patients.therapistId,
  startDate: patients.startDate,
  updatedAt: patients.updatedAt,
  lastNameKey: patients.lastNameKey,
  firstNameKey: patients.firstNameKey,
};
/** A stored patient as the columns above read it. */
type StoredPatient = { [K in keyof typeof patientColumns]: PatientRow[K] };

type SortSource = Record<
  'id' | 'lastNameKey' | 'firstNameKey' | 'startDate' | 'status' | 'updatedAt',
  AnyPgColumn
>;

/** The ORDER BY of each sort; on `patients` each matches an index of schema.ts, per clinic and per therapist. */
function sortKeys(sort: PatientListOptions['sort'], t: SortSource): (AnyPgColumn | SQL)[] {
  const byName = [t.lastNameKey, t.firstNameKey, t.id];
  switch (sort) {
    case 'name':
      return byName;
    case 'startDate':
      return [t.startDate, ...byName];
    case 'status':
      return [statusRank(t.status), ...byName];
    case 'updatedAt':
      return [t.updatedAt, t.id];
  }
}

/** The clinic's patient records. Callers pass the scope the signed-in user has; nothing here widens it. */
export class PatientsRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
    /**
     * Up to this many search matches, a page is sorted from the matches themselves. PostgreSQL would
     * rather walk the sort index and filter, hoping to meet 50 matches early; but matches cluster in name
     * order ("gar" is the Garcías), and that walk read a quarter of a 100,000-patient clinic before it
     * filled a page. Broader searches are left to the planner. (Specs change it to test both ways.)
     */
    private readonly sortMatchesUpTo = 2_000,
  ) {}

  /** One page of the list, and how many patients match in all. */
  async list(
    scope: PatientScope,
    options: PatientListOptions,
  ): Promise<{ items: PatientSummary[]; total: number }> {
    const where = listConditions(scope, options);
    const total = options.q
      ? await this.countMatches(where)
      : await this.countFromTallies(scope, options);
    if (total === 0) return { items: [], total };

    const fenced = Boolean(options.q) && total <= this.sortMatchesUpTo;
    const source = fenced
      ? this.db
          .select(pageColumns)
          .from(patients)
          .where(where)
          // A subquery with a LIMIT is not merged into the outer query: that is what makes PostgreSQL
          // collect the matches first. Twice the count just taken, so saves in between never cut it.
          .limit(2 * this.sortMatchesUpTo)
          .as('matches')
      : patients;
    const direction = options.direction === 'asc' ? asc : desc;
    const rows = await this.db
      .select({
        id: source.id,
        firstName: source.firstName,
        lastName: source.lastName,
        dateOfBirth: source.dateOfBirth,
        diagnosis: source.diagnosis,
        affectedSide: source.affectedSide,
        status: source.status,
        therapist: { id: users.id, displayName: users.displayName },
        startDate: source.startDate,
        updatedAt: source.updatedAt,
      })
      .from(source)
      .innerJoin(users, eq(users.id, source.therapistId))
      .where(fenced ? undefined : where)
      .orderBy(...sortKeys(options.sort, source).map((key) => direction(key)))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize);
    return { items: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })), total };
  }

  /** A search's total: the matches are few enough to count from the name indexes. */
  private async countMatches(where: SQL | undefined): Promise<number> {
    const [{ total }] = await this.db.select({ total: count() }).from(patients).where(where);
    return total;
  }

  /**
   * Without a name search the total is a sum over the tallies the database keeps per therapist, status and
   * diagnosis (migration 0002): a few dozen rows for a 100,000-patient clinic instead of counting it.
   */
  private async countFromTallies(
    scope: PatientScope,
    options: PatientListOptions,
  ): Promise<number> {
    const therapistId = scope.therapistId ?? options.therapistId;
    const [{ total }] = await this.db
      .select({ total: sql<number>`coalesce(sum(${patientCounts.n}), 0)::int` })
      .from(patientCounts)
      .where(
        and(
          eq(patientCounts.clinicId, scope.clinicId),
          therapistId ? eq(patientCounts.therapistId, therapistId) : undefined,
          options.status?.length ? inArray(patientCounts.status, options.status) : undefined,
          options.diagnosis?.length
            ? inArray(patientCounts.diagnosis, options.diagnosis)
            : undefined,
        ),
      );
    return total;
  }

  async find(scope: PatientScope, id: string): Promise<Patient | undefined> {
    const [row] = await this.db
      .select({ ...patientColumns, therapistName: users.displayName })
      .from(patients)
      .innerJoin(users, eq(users.id, patients.therapistId))
      .where(inScope(scope, id));
    return row && toPatient(row, row.therapistName);
  }

  async create(patient: NewPatient): Promise<Patient> {
    const [{ id }] = await this.db
      .insert(patients)
      .values(this.toRow(patient))
      .returning({ id: patients.id });
    const created = await this.find({ clinicId: patient.clinicId }, id);
    if (!created) throw new Error(`patient ${id} vanished after it was created`);
    return created;
  }

  /** Many patients in one statement (seeds, imports): no reply, no audit of its own. */
  async createMany(list: readonly NewPatient[]): Promise<void> {
    if (list.length) await this.db.insert(patients).values(list.map((p) => this.toRow(p)));
  }

  /** Saves an edit made at `version`. Never a discharged patient's: discharge and reactivate own that state. */
  update(scope: PatientScope, id: string, version: number, edit: PatientEdit): Promise<Written> {
    return this.write(
      scope,
      id,
      version,
      {
        ...fieldsOf(edit),
        status: edit.status,
      },
      ne(patients.status, 'discharged'),
    );
  }

  discharge(
    scope: PatientScope,
    id: string,
    version: number,
    discharge: { dischargedOn: string; reason: string },
  ): Promise<Written> {
    return this.write(
      scope,
      id,
      version,
      {
        status: 'discharged',
        dischargedOn: discharge.dischargedOn,
        dischargeReason: discharge.reason,
      },
      ne(patients.status, 'discharged'),
    );
  }

  /** Back to active from discharged (clearing the discharge) or from on hold. */
  reactivate(scope: PatientScope, id: string, version: number): Promise<Written> {
    return this.write(
      scope,
      id,
      version,
      { status: 'active', dischargedOn: null, dischargeReason: null },
      ne(patients.status, 'active'),
    );
  }

  /**
   * Moves the patient to `therapistId` if that is still an active therapist of the clinic when the row is
   * written (else nothing is written, as for a blocked change). `from` is the therapist the patient had at
   * `version`, read by the same statement (a self-join), so it cannot be another write's.
   */
  async reassign(
    clinicId: string,
    id: string,
    version: number,
    therapistId: string,
  ): Promise<Written & { from?: string }> {
    const before = alias(patients, 'before');
    const [row] = await this.db
      .update(patients)
      .set({ therapistId, version: sql`${patients.version} + 1`, updatedAt: this.now() })
      .from(before)
      .innerJoin(users, and(eq(users.id, therapistId), activeTherapistOf(clinicId)))
      .where(
        and(inScope({ clinicId }, id), eq(patients.version, version), eq(before.id, patients.id)),
      )
      .returning({ ...patientColumns, therapistName: users.displayName, from: before.therapistId });
    if (row) return { saved: toPatient(row, row.therapistName), from: row.from };
    return { current: await this.find({ clinicId }, id) };
  }

  /**
   * The one way a patient changes: a single UPDATE limited to the scope, the version the caller read and
   * `allowed` (the state the change starts from). Nothing is read first, so no other write can slip in
   * between; when no row changed, the patient is read to tell the caller why.
   */
  private async write(
    scope: PatientScope,
    id: string,
    version: number,
    changes: Partial<PatientRow>,
    allowed: SQL,
  ): Promise<Written> {
    const [row] = await this.db
      .update(patients)
      .set({ ...changes, version: sql`${patients.version} + 1`, updatedAt: this.now() })
      .from(users)
      .where(
        and(
          inScope(scope, id),
          eq(patients.version, version),
          allowed,
          eq(users.id, patients.therapistId),
        ),
      )
      .returning({ ...patientColumns, therapistName: users.displayName });
    if (row) return { saved: toPatient(row, row.therapistName) };
    return { current: await this.find(scope, id) };
  }

  private toRow(patient: NewPatient): typeof patients.$inferInsert {
    const at = this.now();
    return {
      ...fieldsOf(patient),
      clinicId: patient.clinicId,
      therapistId: patient.therapistId,
      status: patient.status ?? 'active',
      dischargedOn: patient.dischargedOn ?? null,
      dischargeReason: patient.dischargeReason ?? null,
      createdAt: patient.createdAt ?? at,
      updatedAt: patient.updatedAt ?? at,
    };
  }
}

/** The editable columns from the contract's fields: the weekly distance is stored in metres. */
function fieldsOf(p: PatientFields) {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    phone: p.phone,
    email: p.email,
    preferredLanguage: p.preferredLanguage,
    diagnosis: p.diagnosis,
    // Text for "other" only: a diagnosis changed from "other" keeps no stale description.
    diagnosisOther: p.diagnosis === 'other' ? p.diagnosisOther : null,
    affectedSide: p.affectedSide,
    startDate: p.startDate,
    weeklyDistanceM: toMetres(p.weeklyDistance, p.distanceUnit),
    distanceUnit: p.distanceUnit,
    yearsRunning: p.yearsRunning,
    runningGoal: p.runningGoal,
    goalRace: p.goalRace,
    goalRaceDate: p.goalRaceDate,
    clinicalNotes: p.clinicalNotes,
  };
}

/**
 * Inside a transaction: the status of the patient `id` in `scope`, undefined when there is none, with the row
 * locked until the transaction ends. Writes to a patient's clinical records (running plan, runs) take this lock
 * first, so they queue behind one another and behind a discharge or a reassignment of the same patient.
 */
export async function lockPatient(
  tx: Database,
  scope: PatientScope,
  id: string,
): Promise<Patient['status'] | undefined> {
  const [row] = await tx
    .select({ status: patients.status })
    .from(patients)
    .where(inScope(scope, id))
    .for('no key update');
  return row?.status;
}

function inScope(scope: PatientScope, id: string): SQL | undefined {
  return and(
    eq(patients.id, id),
    eq(patients.clinicId, scope.clinicId),
    scope.therapistId ? eq(patients.therapistId, scope.therapistId) : undefined,
  );
}

function listConditions(scope: PatientScope, options: PatientListOptions): SQL | undefined {
  // A therapist's scope wins over any therapist filter: the route has already refused a different one.
  const therapistId = scope.therapistId ?? options.therapistId;
  return and(
    eq(patients.clinicId, scope.clinicId),
    therapistId ? eq(patients.therapistId, therapistId) : undefined,
    options.status?.length ? inArray(patients.status, options.status) : undefined,
    // Sorted by status, the filter is said again in ranks: then the status index reads just that range
    // instead of passing over every active patient to reach the ones on hold.
    options.sort === 'status' && options.status?.length
      ? inArray(statusRank(patients.status), options.status.map(rankOf))
      : undefined,
    options.diagnosis?.length ? inArray(patients.diagnosis, options.diagnosis) : undefined,
    options.q ? nameStartsWith(options.q) : undefined,
  );
}

/** First name, last name or "first last" starting with the text, ignoring case, accents and extra spaces. */
function nameStartsWith(text: string): SQL | undefined {
  const folded = foldName(text.trim().replace(/\s+/g, ' '));
  const pattern = `${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(
    like(patients.firstNameKey, pattern),
    like(patients.lastNameKey, pattern),
    like(patients.fullNameKey, pattern),
  );
}

function toPatient(row: StoredPatient, therapistName: string): Patient {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: row.dateOfBirth,
    sex: row.sex,
    phone: row.phone,
    email: row.email,
    preferredLanguage: row.preferredLanguage,
    diagnosis: row.diagnosis,
    diagnosisOther: row.diagnosisOther,
    affectedSide: row.affectedSide,
    status: row.status,
    dischargedOn: row.dischargedOn,
    dischargeReason: row.dischargeReason,
    therapist: { id: row.therapistId, displayName: therapistName },
    startDate: row.startDate,
    weeklyDistance: fromMetres(row.weeklyDistanceM, row.distanceUnit),
    distanceUnit: row.distanceUnit,
    yearsRunning: row.yearsRunning,
    runningGoal: row.runningGoal,
    goalRace: row.goalRace,
    goalRaceDate: row.goalRaceDate,
    clinicalNotes: row.clinicalNotes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

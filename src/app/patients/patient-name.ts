import type { PatientSummary } from '@domain/contracts/patients';

type Named = Pick<PatientSummary, 'firstName' | 'lastName'>;

/** "Ana Silva": headings, notices and dialogs. */
export function fullName(patient: Named): string {
  return `${patient.firstName} ${patient.lastName}`;
}

/** "Silva, Ana": the list, which the API sorts by last name. */
export function listName(patient: Named): string {
  return `${patient.lastName}, ${patient.firstName}`;
}

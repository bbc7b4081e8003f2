import { randomUUID } from 'node:crypto';
import type { Patient } from '@domain/contracts/patients';
import type { Role } from '@domain/contracts/users';
import { hashPassword } from '../../auth/passwords';
import type { Clinic } from '../../clinics/repository';
import type { NewPatient, PatientFields } from '../../patients/repository';
import type { Repositories } from '../../plugins/repositories';
import type { User } from '../../users/repository';

/** Every fixture account's password. */
export const staffPassword = 'correct horse battery';

// Hashing takes ~50 ms; the fixtures share one hash of the one password.
let staffPasswordHash: Promise<string> | undefined;

export interface TestClinic {
  clinic: Clinic;
  manager: User;
  therapist: User;
}

/** A new clinic with a manager and a therapist. Emails are unique, so specs sharing a database never collide. */
export async function createClinicWithStaff(repositories: Repositories): Promise<TestClinic> {
  const suffix = randomUUID().slice(0, 8);
  const clinic = await repositories.clinics.create({
    name: `Clinic ${suffix}`,
    address: '12 Test Street, Springfield',
    phone: '(555) 010-0000',
  });
  return {
    clinic,
    manager: await createStaffMember(repositories, clinic.id, 'manager'),
    therapist: await createStaffMember(repositories, clinic.id, 'therapist'),
  };
}

export async function createStaffMember(
  repositories: Repositories,
  clinicId: string,
  role: Role,
): Promise<User> {
  const suffix = randomUUID().slice(0, 8);
  staffPasswordHash ??= hashPassword(staffPassword);
  const user = await repositories.users.create({
    clinicId,
    role,
    email: `${role}-${suffix}@test.clinic`,
    displayName: `${role === 'manager' ? 'Morgan' : 'Taylor'} ${suffix}`,
    passwordHash: await staffPasswordHash,
  });
  if (!user) throw new Error('fixture email already taken');
  return user;
}

/** A valid patient record as the contract parses it; `changes` override any field. */
export function patientFields(changes: Partial<PatientFields> = {}): PatientFields {
  return {
    firstName: 'Ana',
    lastName: 'García',
    dateOfBirth: '1988-06-02',
    sex: 'female',
    phone: '(555) 010-2030',
    email: 'ana@example.com',
    preferredLanguage: 'es',
    diagnosis: 'patellofemoral_pain',
    diagnosisOther: null,
    affectedSide: 'left',
    startDate: '2025-02-03',
    weeklyDistance: 12.5,
    distanceUnit: 'mi',
    yearsRunning: 6,
    runningGoal: 'Run a half marathon without knee pain.',
    goalRace: null,
    goalRaceDate: null,
    clinicalNotes: 'Pain on stairs.',
    ...changes,
  };
}

/** A patient of `therapist`'s clinic and caseload, stored directly (no audit event). */
export function createPatient(
  repositories: Repositories,
  therapist: Pick<User, 'id' | 'clinicId'>,
  changes: Partial<NewPatient> = {},
): Promise<Patient> {
  return repositories.patients.create({
    ...patientFields(),
    clinicId: therapist.clinicId,
    therapistId: therapist.id,
    ...changes,
  });
}

import type { Patient, PatientSummary } from '@domain/contracts/patients';
import {
  type PatientFormValue,
  blankPatient,
} from '../app/patients/patient-form/patient-form-model';
import type { AuditEntry, Therapist } from '../app/patients/patients-client';
import { manager, therapist } from './sample-users';

export const tomReyes: Therapist = { id: therapist.id, displayName: therapist.displayName };
export const priyaShah: Therapist = {
  id: '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a',
  displayName: 'Priya Shah',
};

export function samplePatient(overrides: Partial<Patient> = {}): Patient {
  return {
    id: '7f3e2d1c-0b9a-4876-9543-210fedcba987',
    firstName: 'Ana',
    lastName: 'Silva',
    dateOfBirth: '1990-03-15',
    sex: 'female',
    phone: '(555) 010-2030',
    email: 'ana.silva@example.com',
    preferredLanguage: 'en',
    diagnosis: 'itbs',
    diagnosisOther: null,
    affectedSide: 'left',
    status: 'active',
    dischargedOn: null,
    dischargeReason: null,
    therapist: tomReyes,
    startDate: '2026-10-01',
    weeklyDistance: 20,
    distanceUnit: 'mi',
    yearsRunning: 6,
    runningGoal: 'Run the half marathon pain-free.',
    goalRace: 'City Half',
    goalRaceDate: '2027-04-11',
    clinicalNotes: 'Pain on the outside of the knee after 5 km.',
    version: 3,
    createdAt: '2026-10-01T09:14:00.000Z',
    updatedAt: '2026-11-20T16:02:00.000Z',
    ...overrides,
  };
}

export function summaryOf(patient: Patient): PatientSummary {
  const { id, firstName, lastName, dateOfBirth, diagnosis, affectedSide, status } = patient;
  const { therapist: assigned, startDate, updatedAt } = patient;
  return {
    id,
    firstName,
    lastName,
    dateOfBirth,
    diagnosis,
    affectedSide,
    status,
    therapist: assigned,
    startDate,
    updatedAt,
  };
}

export const benLee = samplePatient({
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  firstName: 'Ben',
  lastName: 'Lee',
  dateOfBirth: '2008-02-29',
  diagnosis: 'patellofemoral_pain',
  affectedSide: 'both',
  status: 'on_hold',
});

export const auditEntries: AuditEntry[] = [
  {
    id: '2',
    action: 'patient.updated',
    actor: { id: manager.id, displayName: manager.displayName },
    at: '2026-11-20T16:02:00.000Z',
    clientAddress: '10.0.0.7',
  },
  {
    id: '1',
    action: 'patient.created',
    actor: { id: therapist.id, displayName: therapist.displayName },
    at: '2026-10-01T09:14:00.000Z',
    clientAddress: '10.0.0.5',
  },
];

/** A new patient's form as a therapist fills it in: every required field, nothing more. */
export function validNewPatient(): PatientFormValue {
  return {
    ...blankPatient('2026-11-25'),
    firstName: 'Ana',
    lastName: 'Silva',
    dateOfBirth: '1990-03-15',
    diagnosis: 'itbs',
    affectedSide: 'left',
    weeklyDistance: 20,
    therapistId: tomReyes.id,
  };
}

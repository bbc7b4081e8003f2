import { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import { fieldErrors } from '@domain/contracts/api-error';
import {
  type CreatePatientRequest,
  type Diagnosis,
  type DistanceUnit,
  type Patient,
  type Side,
  type UpdatePatientRequest,
  createPatientRequest,
  diagnosisLabels,
  type languages,
  languageLabels,
  patientStatusLabels,
  updatePatientRequest,
} from '@domain/contracts/patients';
import { blankToNull, contractValidator } from '../../ui/forms/contract-validator';
import { type Sex, distanceUnitLabels, sexLabels, sideLabels } from '../patient-labels';

type Language = (typeof languages)[number];
/** A patient in the editor is active or on hold: discharge has its own dialog. */
export type EditableStatus = 'active' | 'on_hold';

/**
 * The editor's values as the inputs hold them: text fields are strings ('' when empty), number
 * inputs `null` when empty, selects `null` until chosen. The contract maps the blanks to nulls.
 */
export interface PatientFormValue {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: Sex | null;
  preferredLanguage: Language;
  phone: string;
  email: string;
  diagnosis: Diagnosis | null;
  diagnosisOther: string;
  affectedSide: Side | null;
  startDate: string;
  status: EditableStatus;
  therapistId: string | null;
  weeklyDistance: number | null;
  distanceUnit: DistanceUnit;
  yearsRunning: number | null;
  runningGoal: string;
  goalRace: string;
  goalRaceDate: string;
  clinicalNotes: string;
}

export type PatientFormGroup = FormGroup<{
  [Field in keyof PatientFormValue]: FormControl<PatientFormValue[Field]>;
}>;

export type PatientFormMode = 'create' | 'edit';

export const patientFieldLabels: Readonly<Record<keyof PatientFormValue, string>> = {
  firstName: 'First name',
  lastName: 'Last name',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  preferredLanguage: 'Preferred language',
  phone: 'Phone',
  email: 'Email',
  diagnosis: 'Diagnosis',
  diagnosisOther: 'Describe the diagnosis',
  affectedSide: 'Affected side',
  startDate: 'Start date',
  status: 'Status',
  therapistId: 'Therapist',
  weeklyDistance: 'Current weekly distance',
  distanceUnit: 'Unit',
  yearsRunning: 'Years running',
  runningGoal: 'Running goal',
  goalRace: 'Goal race',
  goalRaceDate: 'Goal race date',
  clinicalNotes: 'Clinical notes',
};

export function blankPatient(today: string): PatientFormValue {
  return {
    firstName: '',
    lastName: '',
    dateOfBirth: '',
    sex: null,
    preferredLanguage: 'en',
    phone: '',
    email: '',
    diagnosis: null,
    diagnosisOther: '',
    affectedSide: null,
    startDate: today,
    status: 'active',
    therapistId: null,
    weeklyDistance: null,
    distanceUnit: 'mi',
    yearsRunning: null,
    runningGoal: '',
    goalRace: '',
    goalRaceDate: '',
    clinicalNotes: '',
  };
}

export function formValueOf(patient: Patient): PatientFormValue {
  return {
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth,
    sex: patient.sex,
    preferredLanguage: patient.preferredLanguage,
    phone: patient.phone ?? '',
    email: patient.email ?? '',
    diagnosis: patient.diagnosis,
    diagnosisOther: patient.diagnosisOther ?? '',
    affectedSide: patient.affectedSide,
    startDate: patient.startDate,
    // The editor never opens a discharged patient (reactivate first), so this is a fallback only.
    status: patient.status === 'on_hold' ? 'on_hold' : 'active',
    therapistId: patient.therapist.id,
    weeklyDistance: patient.weeklyDistance,
    distanceUnit: patient.distanceUnit,
    yearsRunning: patient.yearsRunning,
    runningGoal: patient.runningGoal ?? '',
    goalRace: patient.goalRace ?? '',
    goalRaceDate: patient.goalRaceDate ?? '',
    clinicalNotes: patient.clinicalNotes ?? '',
  };
}

/**
 * The editor's form, each control checked by its field's schema in the contract. `therapistId` is
 * enabled only for a manager adding a patient (reassigning has its own dialog); `status` only when
 * editing.
 */
export function createPatientForm(
  fb: NonNullableFormBuilder,
  mode: PatientFormMode,
  chooseTherapist: boolean,
): PatientFormGroup {
  const fields = createPatientRequest.shape;
  const blank = blankPatient('');
  const control = <Field extends keyof PatientFormValue & keyof typeof fields>(
    field: Field,
    toInput?: (value: unknown) => unknown,
  ) => fb.control(blank[field], contractValidator(fields[field], toInput));
  return fb.group({
    firstName: control('firstName'),
    lastName: control('lastName'),
    dateOfBirth: control('dateOfBirth'),
    sex: control('sex'),
    preferredLanguage: control('preferredLanguage'),
    phone: control('phone'),
    email: control('email'),
    diagnosis: control('diagnosis'),
    diagnosisOther: control('diagnosisOther'),
    affectedSide: control('affectedSide'),
    startDate: control('startDate'),
    status: fb.control<EditableStatus>(
      { value: 'active', disabled: mode === 'create' },
      contractValidator(updatePatientRequest.shape.status),
    ),
    therapistId: fb.control<string | null>(
      { value: null, disabled: mode === 'edit' || !chooseTherapist },
      contractValidator(fields.therapistId),
    ),
    weeklyDistance: control('weeklyDistance'),
    distanceUnit: control('distanceUnit'),
    yearsRunning: control('yearsRunning'),
    runningGoal: control('runningGoal'),
    goalRace: control('goalRace'),
    goalRaceDate: control('goalRaceDate', blankToNull),
    clinicalNotes: control('clinicalNotes'),
  });
}

function recordFields(value: PatientFormValue) {
  const { status: _status, therapistId: _therapistId, goalRaceDate, ...fields } = value;
  return { ...fields, goalRaceDate: goalRaceDate || null };
}

/** The create body; a manager names the therapist, a therapist's patients are their own. */
export function toCreateRequest(
  value: PatientFormValue,
  withTherapist: boolean,
): CreatePatientRequest {
  const request = recordFields(value) as CreatePatientRequest;
  return withTherapist ? { ...request, therapistId: value.therapistId ?? undefined } : request;
}

/** The update body, carrying the version the therapist edited so a later save by someone else shows. */
export function toUpdateRequest(value: PatientFormValue, version: number): UpdatePatientRequest {
  return { ...(recordFields(value) as CreatePatientRequest), status: value.status, version };
}

/**
 * The whole-record rules the single fields cannot check (a diagnosis of "other" needs words, the
 * start date follows the date of birth), by field, in the contract's words; null when it passes.
 */
export function recordProblems(
  value: PatientFormValue,
  withTherapist: boolean,
): Record<string, string[]> | null {
  const result = createPatientRequest.safeParse(toCreateRequest(value, withTherapist));
  return result.success ? null : fieldErrors(result.error.issues);
}

export interface FieldDifference {
  field: keyof PatientFormValue;
  label: string;
  saved: string;
  yours: string;
  /** What "Keep my changes" saves: yours where you changed the field, else their saved value. */
  kept: string;
}

/**
 * "Keep my changes" after someone else saved: the fields this edit changed (from `base`, the values
 * it started from) take the edit's values; every other field keeps the saved record's, so a
 * colleague's change to a field the therapist never touched survives.
 */
export function mergeEdits(
  current: Patient,
  mine: PatientFormValue,
  base: PatientFormValue,
): PatientFormValue {
  const saved = formValueOf(current);
  const merged = { ...saved };
  for (const field of editableFields) {
    if (changed(field, mine, base)) (merged as Record<string, unknown>)[field] = mine[field];
  }
  return merged;
}

/** The fields where the saved record and the edit disagree, as text, with what a merge keeps. */
export function differences(
  current: Patient,
  mine: PatientFormValue,
  base: PatientFormValue,
): FieldDifference[] {
  const saved = formValueOf(current);
  const merged = mergeEdits(current, mine, base);
  return editableFields
    .map((field) => ({
      field,
      label: patientFieldLabels[field],
      saved:
        field === 'status' ? patientStatusLabels[current.status] : shown(field, saved[field]),
      yours: shown(field, mine[field]),
      kept: shown(field, merged[field]),
    }))
    .filter((difference) => difference.saved !== difference.yours);
}

/** Every field the editor saves (the therapist is changed by reassigning, not here). */
const editableFields = (Object.keys(patientFieldLabels) as (keyof PatientFormValue)[]).filter(
  (field) => field !== 'therapistId',
);

function changed(
  field: keyof PatientFormValue,
  value: PatientFormValue,
  base: PatientFormValue,
): boolean {
  return shown(field, value[field]) !== shown(field, base[field]);
}

function shown(field: keyof PatientFormValue, value: unknown): string {
  if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) {
    return '(empty)';
  }
  const labels: Partial<Record<keyof PatientFormValue, Readonly<Record<string, string>>>> = {
    sex: sexLabels,
    preferredLanguage: languageLabels,
    diagnosis: diagnosisLabels,
    affectedSide: sideLabels,
    status: patientStatusLabels,
    distanceUnit: distanceUnitLabels,
  };
  const text = String(value).trim();
  return labels[field]?.[text] ?? text;
}

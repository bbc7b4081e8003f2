import {
  type Diagnosis,
  type DistanceUnit,
  type Side,
  diagnosisLabels,
  type sexes,
} from '@domain/contracts/patients';

export type Sex = (typeof sexes)[number];

// The contract names diagnoses, statuses and languages; these are the SPA's words for the rest.
export const sideLabels: Readonly<Record<Side, string>> = {
  left: 'Left knee',
  right: 'Right knee',
  both: 'Both knees',
};

export const sexLabels: Readonly<Record<Sex, string>> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
};

export const distanceUnitLabels: Readonly<Record<DistanceUnit, string>> = {
  mi: 'Miles',
  km: 'Kilometres',
};

/** "Other: quadriceps strain" when the therapist described it, else the diagnosis's label. */
export function diagnosisText(diagnosis: Diagnosis, other: string | null): string {
  return diagnosis === 'other' && other ? `Other: ${other}` : diagnosisLabels[diagnosis];
}

import type { ExerciseOrigin } from '@domain/contracts/exercises';
import type { Laterality } from '@domain/exercises/exercise';
import type { BandColour, DoseSide, LoadKind, Weekday } from '@domain/programs/dose';

// Labels the domain leaves to the screen. Muscle groups, equipment, positions, difficulties, diagnoses
// and builder sections have theirs in domain/ beside their values.

export const originLabels: Record<ExerciseOrigin, string> = {
  catalogue: 'Catalogue',
  custom: "Clinic's own",
};

export const lateralityLabels: Record<Laterality, string> = {
  bilateral: 'Both legs together',
  unilateral: 'One leg at a time',
};

export const doseSideLabels: Record<DoseSide, string> = {
  both: 'Both legs together',
  each: 'Each side in turn',
  left: 'Left side only',
  right: 'Right side only',
  alternating: 'Alternating sides',
};

export const loadKindLabels: Record<LoadKind, string> = {
  body_weight: 'Body weight',
  kg: 'Kilograms',
  lb: 'Pounds',
  band: 'Resistance band',
  rpe: 'Effort (RPE)',
};

export const bandColourLabels: Record<BandColour, string> = {
  yellow: 'Yellow',
  red: 'Red',
  green: 'Green',
  blue: 'Blue',
  black: 'Black',
  silver: 'Silver',
  gold: 'Gold',
};

export const weekdayLabels: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

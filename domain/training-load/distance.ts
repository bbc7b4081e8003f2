import type { DistanceUnit } from '../contracts/patients';

/** 1 mi = 1.609344 km exactly (international mile). Distances are stored in metres and shown in the patient's unit. */
export const metresPerUnit: Record<DistanceUnit, number> = { km: 1000, mi: 1609.344 };

export function toMetres(value: number, unit: DistanceUnit): number {
  return Math.round(value * metresPerUnit[unit]);
}

/** Metres in the given unit, rounded to one decimal place for display and editing. */
export function fromMetres(metres: number, unit: DistanceUnit): number {
  return Math.round((metres / metresPerUnit[unit]) * 10) / 10;
}

/** Stored metres as the therapist reads them in messages: `12.1 mi`, `0.0 km`. */
export function formatDistance(metres: number, unit: DistanceUnit): string {
  return `${fromMetres(metres, unit).toFixed(1)} ${unit}`;
}

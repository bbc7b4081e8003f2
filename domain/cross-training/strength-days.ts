import type { Dose, Frequency, Weekday } from '../programs/dose';
import { programSections, type ProgramSections } from '../programs/program';

/**
 * Days a week without chosen weekdays, spread with a day between sessions where the week allows: the usual
 * pattern a therapist writes on a handout [practice].
 */
const spread: Readonly<Record<number, readonly Weekday[]>> = {
  1: ['mon'],
  2: ['mon', 'thu'],
  3: ['mon', 'wed', 'fri'],
  4: ['mon', 'tue', 'thu', 'fri'],
  5: ['mon', 'tue', 'wed', 'thu', 'fri'],
  6: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  7: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
};

/** No days for a dose whose frequency is not set yet (the builder flags it as incomplete). */
export function frequencyDays(frequency: Frequency | null): readonly Weekday[] {
  if (!frequency) return [];
  return frequency.kind === 'weekdays' ? frequency.weekdays : (spread[frequency.days] ?? []);
}

/**
 * Heavy lower-limb strength: an external load (kg or lb) or an effort of RPE 7 or more. Body weight and bands are
 * not heavy for this hint.
 */
export function isHeavy(dose: Dose): boolean {
  const { load } = dose;
  if (!load) return false;
  return load.kind === 'kg' || load.kind === 'lb' || (load.kind === 'rpe' && load.rpe >= 7);
}

export interface StrengthDay {
  weekday: Weekday;
  heavy: boolean;
}

/** The strength program's days (the union of its exercises' days), each marked heavy when a heavy exercise falls on it. */
export function strengthDays(sections: ProgramSections): StrengthDay[] {
  const days = new Map<Weekday, boolean>();
  for (const section of programSections) {
    for (const { dose } of sections[section]) {
      for (const weekday of frequencyDays(dose.frequency)) {
        days.set(weekday, (days.get(weekday) ?? false) || isHeavy(dose));
      }
    }
  }
  return [...days].map(([weekday, heavy]) => ({ weekday, heavy }));
}

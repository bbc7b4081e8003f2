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

/**
 * An exercise done every day at a light load (an activation or isometric routine such as clamshells or a wall sit):
 * part of the patient's day, not a strength session, so it neither takes a rest day away nor counts as a training
 * day [practice].
 */
export function isDailyRoutine(dose: Dose): boolean {
  return frequencyDays(dose.frequency).length === 7 && !isHeavy(dose);
}

export interface StrengthDay {
  weekday: Weekday;
  heavy: boolean;
  /** Only daily-routine exercises fall on this day: no strength session. */
  routineOnly: boolean;
}

/**
 * The strength program's days (the union of its exercises' days), each marked heavy when a heavy exercise falls on
 * it, and routine-only when every exercise on it is part of the daily routine.
 */
export function strengthDays(sections: ProgramSections): StrengthDay[] {
  const days = new Map<Weekday, StrengthDay>();
  for (const section of programSections) {
    for (const { dose } of sections[section]) {
      for (const weekday of frequencyDays(dose.frequency)) {
        const day = days.get(weekday) ?? { weekday, heavy: false, routineOnly: true };
        days.set(weekday, {
          weekday,
          heavy: day.heavy || isHeavy(dose),
          routineOnly: day.routineOnly && isDailyRoutine(dose),
        });
      }
    }
  }
  return [...days.values()];
}

import { sessionLimits } from './plan';

export interface RunReplacement {
  /** Cross-training minutes for the run time taken out, within a session's limits. */
  minutes: number;
  /** The same effort as the run. */
  rpe: number;
  /** True when the run time fell outside a session's 5–180 minutes and was brought within them. */
  clamped: boolean;
}

/**
 * "Replace a run": the run time taken out of the week (distance × the patient's usual minutes per unit) becomes
 * cross-training time at a similar effort, minute for minute. Clinical practice, not a trial result
 * (../shared/CLINICAL-RULES.md §5 [practice]); null without a distance or a pace to go on.
 */
export function replaceRun(reducedDistance: number, minutesPerUnit: number | null, rpe: number): RunReplacement | null {
  if (!(reducedDistance > 0) || minutesPerUnit === null || !(minutesPerUnit > 0)) return null;
  const exact = Math.round(reducedDistance * minutesPerUnit);
  const { min, max } = sessionLimits.minutes;
  const minutes = Math.min(max, Math.max(min, exact));
  return { minutes, rpe, clamped: minutes !== exact };
}

/** The patient's usual pace from logged runs with a duration: the median minutes per unit, or null without any. */
export function usualMinutesPerUnit(runs: readonly { distance: number; durationMinutes: number | null }[]): number | null {
  const paces = runs
    .filter((run) => run.distance > 0 && run.durationMinutes !== null && run.durationMinutes > 0)
    .map((run) => run.durationMinutes! / run.distance)
    .sort((a, b) => a - b);
  if (!paces.length) return null;
  const middle = Math.floor(paces.length / 2);
  return paces.length % 2 ? paces[middle]! : (paces[middle - 1]! + paces[middle]!) / 2;
}

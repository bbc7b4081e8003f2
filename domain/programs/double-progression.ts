import { doseLimits, type Dose, type Load } from './dose';

/**
 * ACSM 2009 double progression: when the patient completes 1–2 repetitions more than the target on two consecutive
 * sessions, raise the load by 2–10 %. The default raise is the middle of that range.
 */
export const doubleProgressionRule = {
  extraReps: 1,
  consecutiveSessions: 2,
  minPercent: 2,
  maxPercent: 10,
  defaultPercent: 5,
} as const;

/** The smallest change a clinic's weights allow: dumbbells and plates step in 0.5 kg or 1 lb. */
export const loadStep = { kg: 0.5, lb: 1 } as const;

/** What the patient did in one session of an exercise: repetitions completed in each set, in order. */
export interface SessionResult {
  repsPerSet: readonly number[];
}

function beatTarget(session: SessionResult, sets: number | null, reps: number): boolean {
  const counted = sets ?? session.repsPerSet.length;
  if (counted === 0 || session.repsPerSet.length < counted) return false;
  return session.repsPerSet
    .slice(0, counted)
    .every((done) => done >= reps + doubleProgressionRule.extraReps);
}

/**
 * True when the last two sessions each beat the target by at least one repetition in every prescribed set (all the
 * logged sets when the dose names no sets). A hold has no repetitions to beat, so it is never due.
 */
export function doubleProgressionDue(
  dose: Pick<Dose, 'sets' | 'reps'>,
  sessions: readonly SessionResult[],
): boolean {
  const reps = dose.reps;
  if (reps === null || sessions.length < doubleProgressionRule.consecutiveSessions) return false;
  return sessions
    .slice(-doubleProgressionRule.consecutiveSessions)
    .every((s) => beatTarget(s, dose.sets, reps));
}

const roundTo = (value: number, step: number) =>
  Number((Math.round(value / step) * step).toFixed(2));

/**
 * The load raised by `percent` (held to 2–10 %), rounded to the nearest 0.5 kg or 1 lb and at least one such step
 * higher, never above the dose limit. Null when the load is not a weight, or is already at the limit. For a light
 * weight the smallest step can be more than 10 %: the change message shows the real percentage.
 */
export function raisedLoad(
  load: Load,
  percent: number = doubleProgressionRule.defaultPercent,
): Load | null {
  if (load.kind !== 'kg' && load.kind !== 'lb') return null;
  const { minPercent, maxPercent, defaultPercent } = doubleProgressionRule;
  const p = Number.isFinite(percent)
    ? Math.min(maxPercent, Math.max(minPercent, percent))
    : defaultPercent;
  const step = loadStep[load.kind];
  const max = doseLimits[load.kind].max;
  let amount = roundTo(load.amount * (1 + p / 100), step);
  if (amount <= load.amount) amount = roundTo(load.amount + step, step);
  amount = Math.min(amount, max);
  return amount > load.amount ? { kind: load.kind, amount } : null;
}

/**
 * The load lowered by `percent`, rounded to the nearest 0.5 kg or 1 lb and at least one such step lower. Null when
 * the load is not a weight or would fall below the smallest weight (then the exercise itself should get easier).
 */
export function loweredLoad(load: Load, percent: number): Load | null {
  if (load.kind !== 'kg' && load.kind !== 'lb') return null;
  const step = loadStep[load.kind];
  const p = Number.isFinite(percent) ? Math.min(90, Math.max(1, percent)) : 10;
  let amount = roundTo(load.amount * (1 - p / 100), step);
  if (amount >= load.amount) amount = roundTo(load.amount - step, step);
  return amount >= doseLimits[load.kind].min ? { kind: load.kind, amount } : null;
}

import { tempoSeconds, type Dose } from './dose';

/**
 * How the builder estimates a session's length. Assumptions, all adjustable here:
 * - a repetition takes its tempo (2-0-2 = 4 s); without a tempo, 4 s (ACSM: 1–2 s up and 1–2 s down);
 * - a set of a hold takes the hold time;
 * - `each` and `alternating` doses work both sides, so the work time counts twice (repetitions are per side);
 *   `both`, `left` and `right` count once;
 * - rest comes between sets, not after the last one, and not between the two sides of a set (one side rests while
 *   the other works);
 * - 30 s per exercise to set up and move on;
 * - an empty part counts as 3 sets, 10 repetitions or 60 s rest, so a draft still gets an estimate.
 */
export const sessionAssumptions = {
  secondsPerRepWithoutTempo: 4,
  setsWhenMissing: 3,
  repsWhenMissing: 10,
  restSecondsWhenMissing: 60,
  setupSecondsPerExercise: 30,
} as const;

/** Seconds one exercise takes in a session at this dose. */
export function doseSeconds(dose: Dose): number {
  const a = sessionAssumptions;
  const sets = dose.sets ?? a.setsWhenMissing;
  const perSide =
    dose.holdSeconds ??
    (dose.reps ?? a.repsWhenMissing) * (tempoSeconds(dose.tempo) ?? a.secondsPerRepWithoutTempo);
  const sides = dose.side === 'each' || dose.side === 'alternating' ? 2 : 1;
  const rest = dose.restSeconds ?? a.restSecondsWhenMissing;
  return sets * perSide * sides + (sets - 1) * rest + a.setupSecondsPerExercise;
}

export interface SessionEstimate {
  seconds: number;
  /** Whole minutes, rounded up: "about 20 minutes" should not hide 20 min 40 s. */
  minutes: number;
}

/**
 * A session doing every dose given, one after the other. Pass one day's exercises, or all of a program's to get its
 * longest possible day (a 3-days-a-week and a daily exercise then fall on the same day).
 */
export function sessionEstimate(doses: readonly Dose[]): SessionEstimate {
  const seconds = doses.reduce((total, dose) => total + doseSeconds(dose), 0);
  return { seconds, minutes: Math.ceil(seconds / 60) };
}

import type { DistanceUnit } from '../contracts/patients';
import { addWeeks, weekStartsBetween, type IsoDate } from '../training-load/calendar-weeks';
import type { Flag } from '../training-load/flags';
import { defaultLoadCheckSettings, loadFlags } from '../training-load/load-checks';
import type { PlannedWeek } from '../training-load/plan-generator';
import { weeklyTotals, type LoggedRun, type WeeklyRunTotal } from '../training-load/run-log';

/** Weeks before the flagged week whose runs a week's running-load flags can read (two weeks, three after a cutback). */
export const flagLookbackWeeks = 3;

/**
 * What the dashboard reads of one patient to tell whether a week is flagged, instead of the whole run log:
 * the runs of the week and of the `flagLookbackWeeks` before it, and the patient's last earlier week with runs
 * (only its pain matters: "pain worse than the last week with runs").
 *
 * `earlier` changes a flag of the week only when the window holds no runs before the week, or none before its
 * last week and that week is a planned cutback (the weekly check then compares with the week before it). Otherwise
 * the last week with runs is in the window, the weekly check's reference week is in the log either way, and the
 * two-week check compares an empty week before the log's start as "no change", the same as no week. The
 * dashboard's SQL looks it up only in those cases (`needsEarlier`); flagged-week.spec.ts checks both ways on
 * generated logs.
 */
export interface FlagWindow {
  /** Runs dated from `flagLookbackWeeks` Mondays before the week to its Sunday. */
  runs: readonly LoggedRun[];
  earlier: { weekStart: IsoDate; maxPainDuring: number; maxPainNextMorning: number | null } | null;
  unit: DistanceUnit;
  /** The mileage plan's setting; null without one (the checks' default then, as on the Running tab). */
  maxWeeklyIncreasePercent: number | null;
  /** The plan's cutback weeks (any; only those in the window matter). */
  cutbackWeeks: readonly IsoDate[];
}

/**
 * The running-load and pain flags (amber and red: the informational acute:chronic overlay is not one) that the
 * patient's Running tab shows for `week`, computed from the window alone. Equal to the Running tab's
 * `loadFlags(weeklyTotals(all runs))` for that week: flagged-week.spec.ts checks it on generated logs.
 */
export function runningFlagsInWeek(window: FlagWindow, week: IsoDate): Flag[] {
  const first = addWeeks(week, -flagLookbackWeeks);
  let totals: WeeklyRunTotal[];
  if (window.earlier) {
    // The patient ran before the window, so every window week is a real (maybe empty) week of the log.
    const byWeek = new Map(weeklyTotals(window.runs, week).map((t) => [t.weekStart, t]));
    const empty = (weekStart: IsoDate): WeeklyRunTotal => ({
      weekStart,
      metres: 0,
      runs: 0,
      minutes: 0,
      maxPainDuring: null,
      maxPainNextMorning: null,
    });
    const { weekStart, maxPainDuring, maxPainNextMorning } = window.earlier;
    totals = [
      { ...empty(weekStart), runs: 1, maxPainDuring, maxPainNextMorning },
      ...weekStartsBetween(first, week).map((w) => byWeek.get(w) ?? empty(w)),
    ];
  } else {
    totals = weeklyTotals(window.runs, week);
  }
  const plan: PlannedWeek[] = window.cutbackWeeks.map((weekStart) => ({
    weekStart,
    plannedMetres: 0,
    kind: 'cutback',
  }));
  return loadFlags(
    totals,
    {
      unit: window.unit,
      maxWeeklyIncreasePercent:
        window.maxWeeklyIncreasePercent ?? defaultLoadCheckSettings.maxWeeklyIncreasePercent,
    },
    plan,
  ).filter((flag) => flag.week === week && flag.severity !== 'info');
}

/** Whether `runningFlagsInWeek` reads `earlier` for this window (see `FlagWindow`). */
export function needsEarlier(
  window: Pick<FlagWindow, 'runs' | 'cutbackWeeks'>,
  week: IsoDate,
): boolean {
  const lastWeek = addWeeks(week, -1);
  return (
    !window.runs.some((r) => r.date < week) ||
    (window.cutbackWeeks.includes(lastWeek) && !window.runs.some((r) => r.date < lastWeek))
  );
}

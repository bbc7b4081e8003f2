import { mondayOf, weekStartsBetween, type IsoDate } from './calendar-weeks';

/** A logged run as the checks need it; distances in metres. */
export interface LoggedRun {
  date: IsoDate;
  distanceMetres: number;
  durationMinutes?: number | null;
  /** NPRS 0–10 during the run. */
  painDuring: number;
  /** NPRS 0–10 the next morning; null until it is logged. */
  painNextMorning?: number | null;
}

export interface WeeklyRunTotal {
  /** Monday of the week. */
  weekStart: IsoDate;
  metres: number;
  runs: number;
  /** Sum of the durations that were logged. */
  minutes: number;
  /** Highest pain during a run this week; null in a week without runs. */
  maxPainDuring: number | null;
  /** Highest next-morning pain logged this week; null when none was logged. */
  maxPainNextMorning: number | null;
}

/** 300 km a week: the most the API accepts for one patient's week (CLINICAL-RULES units, issue 6). */
export const maxWeeklyMetres = 300_000;

/**
 * One total per Monday week from the first run's week to the last run's (or to the week holding `through`, e.g.
 * today, when later), weeks without runs included as 0 so that increases and ratios compare real neighbours.
 */
export function weeklyTotals(runs: readonly LoggedRun[], through?: IsoDate): WeeklyRunTotal[] {
  if (!runs.length) return [];
  const byWeek = new Map<IsoDate, LoggedRun[]>();
  for (const run of runs) {
    const week = mondayOf(run.date);
    byWeek.set(week, [...(byWeek.get(week) ?? []), run]);
  }
  const dates = runs.map((r) => r.date).sort();
  const last = through && through > dates[dates.length - 1] ? through : dates[dates.length - 1];
  return weekStartsBetween(dates[0], last).map((weekStart) =>
    total(weekStart, byWeek.get(weekStart) ?? []),
  );
}

function total(weekStart: IsoDate, runs: readonly LoggedRun[]): WeeklyRunTotal {
  const nextMorning = runs
    .map((r) => r.painNextMorning)
    .filter((p): p is number => p !== null && p !== undefined);
  return {
    weekStart,
    metres: runs.reduce((sum, r) => sum + r.distanceMetres, 0),
    runs: runs.length,
    minutes: runs.reduce((sum, r) => sum + (r.durationMinutes ?? 0), 0),
    maxPainDuring: runs.length ? Math.max(...runs.map((r) => r.painDuring)) : null,
    maxPainNextMorning: nextMorning.length ? Math.max(...nextMorning) : null,
  };
}

/** The metres already logged in the week holding `date`: with a new run it must stay within `maxWeeklyMetres`. */
export function weekTotalMetres(runs: readonly LoggedRun[], date: IsoDate): number {
  const week = mondayOf(date);
  return runs
    .filter((r) => mondayOf(r.date) === week)
    .reduce((sum, r) => sum + r.distanceMetres, 0);
}

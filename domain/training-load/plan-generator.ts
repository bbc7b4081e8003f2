import type { DistanceUnit } from '../contracts/patients';
import { addWeeks, isMonday, mondayOf, type IsoDate } from './calendar-weeks';
import { formatDistance, fromMetres, toMetres } from './distance';
import { formatPercent, percentChange } from './percent-change';

/**
 * build: more than the week before; cutback: the planned recovery week; hold: no increase (the first week at the
 * baseline, weeks held at the target, a week held or stepped back after a flag); race: the race week, tapered.
 */
export type PlannedWeekKind = 'build' | 'cutback' | 'hold' | 'race';
export const plannedWeekKinds = [
  'build',
  'cutback',
  'hold',
  'race',
] as const satisfies readonly PlannedWeekKind[];

export interface PlannedWeek {
  /** Monday of the week. */
  weekStart: IsoDate;
  plannedMetres: number;
  kind: PlannedWeekKind;
}

export interface PlanSettings {
  /** What the patient runs a week now: the plan's first week. */
  baselineMetres: number;
  targetMetres: number;
  /** Monday of the plan's first week; cutbacks are counted from here. */
  startWeek: IsoDate;
  maxWeeklyIncreasePercent: number;
  /** A cutback every Nth week of the plan (4: weeks 4, 8, 12, …); null for none. */
  cutbackEvery: number | null;
  /** A cutback week is this share of the week before; the race week is tapered the same way. */
  cutbackPercent: number;
  /** The plan ends with the week holding this date. */
  raceDate: IsoDate | null;
  unit: DistanceUnit;
}

/** A saved mileage plan: the settings it was generated with and its weeks, as generated or edited by hand. */
export interface RunningPlan {
  settings: PlanSettings;
  weeks: readonly PlannedWeek[];
}

/** CLINICAL-RULES §1: 10 % a week (a conservative default), a cutback every 4th week at 85 % *[practice]*. */
export const defaultPlanSettings = {
  maxWeeklyIncreasePercent: 10,
  cutbackEvery: 4,
  cutbackPercent: 85,
  raceDate: null,
} as const satisfies Partial<PlanSettings>;

export type PlanSettingsInput = Omit<PlanSettings, keyof typeof defaultPlanSettings> &
  Partial<Pick<PlanSettings, keyof typeof defaultPlanSettings>>;

/** Two years: what the chart shows and the longest plan the generator writes. */
export const maxPlanWeeks = 104;

export interface GeneratedPlan {
  weeks: PlannedWeek[];
  targetReached: boolean;
  /** The most any week is planned at. */
  peakMetres: number;
  /** Why the target is not reached, as a sentence the UI can show; null when it is reached. */
  shortfall: string | null;
}

export function withPlanDefaults(input: PlanSettingsInput): PlanSettings {
  return { ...defaultPlanSettings, ...input };
}

/** Where a plan (re)starts: this week is held at `baseMetres`, and the plan's rules run on from there. */
export interface PlanRestart {
  weekStart: IsoDate;
  baseMetres: number;
}

/**
 * A mileage plan: week 1 holds the baseline, then each week builds by at most the setting on the last week that
 * was not a cutback, until the target; every Nth week is a cutback at `cutbackPercent` of the week before.
 * With a race date the plan runs to the race week (tapered like a cutback) whether or not the target is reached
 * by then: it never builds faster than the setting to catch up, and says how far short it falls.
 *
 * Weeks are planned in tenths of the patient's unit, rounded down: the unit is what the therapist reads and edits
 * (distance.ts shows one decimal), so the plan's numbers are the numbers the patient sees; rounding down means a
 * rounded week never exceeds the increase it was computed from, nor a cutback its percentage.
 */
export function generatePlan(input: PlanSettingsInput): GeneratedPlan {
  const settings = withPlanDefaults(input);
  return continuePlan(settings, [], {
    weekStart: settings.startWeek,
    baseMetres: settings.baselineMetres,
  });
}

/**
 * Keeps `kept` as they are and plans on from `restart` with the plan's rules, as the generator would from a new
 * baseline. Cutbacks keep their rhythm: one whenever N weeks in a row would otherwise pass without a lighter week,
 * counting the kept weeks, so a restarted plan never leaves a gap the plan rules would flag.
 */
export function continuePlan(
  settings: PlanSettings,
  kept: readonly PlannedWeek[],
  restart: PlanRestart,
): GeneratedPlan {
  check(settings, restart.weekStart);
  const { unit, cutbackEvery } = settings;
  const tenthsOf = (metres: number) => tenths(metres, unit);
  const metresOf = (t: number) => toMetres(t / 10, unit);
  const target = tenthsOf(settings.targetMetres);
  const raceWeek = settings.raceDate ? mondayOf(settings.raceDate) : null;
  const taper = (t: number) => tenthsOf(cutbackMetres(metresOf(t), settings));

  const weeks: PlannedWeek[] = [...kept];
  // The base a week builds on: the last week that was not a cutback (a cutback is a dip, not a new base).
  let baseTenths = tenthsOf(restart.baseMetres);
  let weeksSinceLighter = trailingWeeksWithoutLighter(kept, settings);
  /** The base (in tenths) from which no week could build, if that happened. */
  let stalledAt: number | null = null;

  const push = (weekStart: IsoDate, t: number, kind: PlannedWeekKind) => {
    const before = weeks[weeks.length - 1];
    const week = { weekStart, plannedMetres: metresOf(t), kind };
    weeks.push(week);
    if (kind !== 'cutback') baseTenths = t;
    const lighter = before
      ? isLighterWeek(before.plannedMetres, week.plannedMetres, settings)
      : false;
    weeksSinceLighter = lighter ? 0 : weeksSinceLighter + 1;
  };
  const cutbackDue = () => cutbackEvery !== null && weeksSinceLighter + 1 >= cutbackEvery;

  if (restart.weekStart === raceWeek) {
    push(restart.weekStart, taper(baseTenths), 'race');
  } else if (cutbackDue()) {
    push(restart.weekStart, taper(baseTenths), 'cutback');
  } else {
    push(restart.weekStart, baseTenths, 'hold');
  }

  for (;;) {
    const last = weeks[weeks.length - 1];
    if (last.kind === 'race' || weeks.length >= maxPlanWeeks) break;
    if (!raceWeek && baseTenths >= target) break;
    const weekStart = addWeeks(last.weekStart, 1);
    if (weekStart === raceWeek) {
      push(weekStart, taper(baseTenths), 'race');
    } else if (cutbackDue()) {
      push(weekStart, taper(tenthsOf(last.plannedMetres)), 'cutback');
    } else {
      const next = tenthsOf(nextBuildMetres(metresOf(baseTenths), settings));
      if (next === baseTenths && baseTenths < target) {
        stalledAt = baseTenths;
        if (!raceWeek) break;
      }
      push(weekStart, next, next > baseTenths ? 'build' : 'hold');
    }
  }

  const planned = weeks.slice(kept.length);
  const peakMetres = Math.max(...planned.map((w) => w.plannedMetres));
  const built = Math.max(
    ...planned.filter((w) => w.kind !== 'cutback').map((w) => tenthsOf(w.plannedMetres)),
  );
  const targetReached = built >= target;
  return { weeks, targetReached, peakMetres, shortfall: targetReached ? null : shortfall() };

  function shortfall(): string {
    const targetText = formatDistance(settings.targetMetres, unit);
    const peakText = formatDistance(metresOf(built), unit);
    const rule = formatPercent(settings.maxWeeklyIncreasePercent);
    if (stalledAt !== null) {
      const from = formatDistance(metresOf(stalledAt), unit);
      return (
        `From ${from} a week, a ${rule} increase is less than 0.1 ${unit}, so the plan cannot build towards ` +
        `${targetText}: start from a higher weekly distance, allow a larger increase or use the walk–jog levels.`
      );
    }
    if (raceWeek && weeks[weeks.length - 1].weekStart === raceWeek) {
      return (
        `Building at most ${rule} a week, the plan reaches ${peakText} before the race week of ${raceWeek}, ` +
        `short of the ${targetText} target.`
      );
    }
    return `The plan stops after ${maxPlanWeeks} weeks at ${peakText}, short of the ${targetText} target.`;
  }
}

type ProgressionSettings = Pick<
  PlanSettings,
  'unit' | 'maxWeeklyIncreasePercent' | 'targetMetres' | 'cutbackPercent'
>;

/** Metres as tenths of the patient's unit: the grid every planned week sits on. */
function tenths(metres: number, unit: DistanceUnit): number {
  return Math.round(fromMetres(metres, unit) * 10);
}

/**
 * The most the week after a base week may be planned at: the base plus at most the setting, rounded down to 0.1 of
 * the unit, no more than the target (and never less than the base). It is checked again on stored metres with the
 * same rounding as the plan rules, so the generator never plans a week its own rules would flag.
 */
export function nextBuildMetres(baseMetres: number, settings: ProgressionSettings): number {
  const { unit, maxWeeklyIncreasePercent: max } = settings;
  const base = tenths(baseMetres, unit);
  const cap = Math.max(base, tenths(settings.targetMetres, unit));
  let next = Math.min(cap, Math.floor((base * (100 + max)) / 100 + 1e-9));
  const stored = (t: number) => toMetres(t / 10, unit);
  while (next > base && (percentChange(stored(base), stored(next)) ?? 0) > max) next--;
  return stored(Math.max(next, base));
}

/** A cutback (or race-week taper) after a week: `cutbackPercent` of it, rounded down to 0.1 of the unit. */
export function cutbackMetres(
  beforeMetres: number,
  settings: Pick<PlanSettings, 'unit' | 'cutbackPercent'>,
): number {
  const t = Math.floor(
    (tenths(beforeMetres, settings.unit) * settings.cutbackPercent) / 100 + 1e-9,
  );
  return toMetres(t / 10, settings.unit);
}

/**
 * A lighter (recovery) week: at most `cutbackPercent` of the week before as the therapist reads it, rounded to
 * 0.1 of the unit (85 % of 12.1 mi is 10.285, shown 10.3: a typed 10.3 mi counts).
 */
export function isLighterWeek(
  beforeMetres: number,
  metres: number,
  settings: Pick<PlanSettings, 'unit' | 'cutbackPercent'>,
): boolean {
  const limit = Math.round(
    (tenths(beforeMetres, settings.unit) * settings.cutbackPercent) / 100 + 1e-9,
  );
  return tenths(metres, settings.unit) <= limit;
}

/** How many weeks at the end of `weeks` follow one another without a lighter week. */
function trailingWeeksWithoutLighter(
  weeks: readonly PlannedWeek[],
  settings: PlanSettings,
): number {
  let count = 0;
  for (let i = weeks.length - 1; i >= 0; i--) {
    if (i > 0 && isLighterWeek(weeks[i - 1].plannedMetres, weeks[i].plannedMetres, settings)) break;
    count++;
  }
  return count;
}

function check(settings: PlanSettings, weekStart: IsoDate): void {
  if (!isMonday(settings.startWeek))
    throw new RangeError(`The plan must start on a Monday, not ${settings.startWeek}`);
  if (!isMonday(weekStart)) throw new RangeError(`Weeks start on a Monday, not ${weekStart}`);
  if (settings.raceDate && settings.raceDate < weekStart) {
    throw new RangeError(`The race date ${settings.raceDate} is before the week of ${weekStart}`);
  }
  if (
    settings.cutbackEvery !== null &&
    (!Number.isInteger(settings.cutbackEvery) || settings.cutbackEvery < 2)
  ) {
    throw new RangeError(`A cutback every ${settings.cutbackEvery} weeks is not a plan`);
  }
}

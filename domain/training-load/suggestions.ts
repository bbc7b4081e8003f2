import { addDays, addWeeks, mondayOf, type IsoDate } from './calendar-weeks';
import { formatDistance } from './distance';
import type { Flag } from './flags';
import { formatPercent } from './percent-change';
import {
  continuePlan,
  cutbackMetres,
  nextBuildMetres,
  type PlannedWeek,
  type PlanSettings,
  type RunningPlan,
} from './plan-generator';
import type { WeeklyRunTotal } from './run-log';

/**
 * hold: next week no more than this week's distance; reduce: step back; rebuild: run the generator again from this
 * week's distance. Each rewrites planned weeks after the current one only (the current week is under way).
 */
export type SuggestionKind = 'hold' | 'reduce' | 'rebuild';

export interface Suggestion {
  /** `${flagId}:${kind}` */
  id: string;
  flagId: string;
  kind: SuggestionKind;
  /** The one to offer first: reduce for a red flag, hold for an amber one; none for information. */
  recommended: boolean;
  /** The first week it changes. */
  fromWeek: IsoDate;
  /** What it plans for `fromWeek`. */
  weekMetres: number;
  /** The distance later weeks build on. */
  baseMetres: number;
  label: string;
  /** A plain sentence with the numbers, in the patient's unit. */
  message: string;
}

export interface SuggestionContext {
  plan: RunningPlan;
  totals: readonly WeeklyRunTotal[];
  /** All current flags: `reduce` steps back to the last week without an amber or red one. */
  flags: readonly Flag[];
  today: IsoDate;
}

const labels: Record<SuggestionKind, string> = {
  hold: 'Hold',
  reduce: 'Reduce',
  rebuild: 'Rebuild the plan',
};

/**
 * What the therapist can do about a flag on the run log, each with the numbers it would plan. Suggestions that
 * would change nothing are left out, and so is everything when no planned week is left to change (after the race
 * week). Flags on the plan itself (plan rules) get none: the therapist set those weeks by hand.
 */
export function suggestionsFor(flag: Flag, context: SuggestionContext): Suggestion[] {
  const { plan, totals, flags, today } = context;
  if (flag.rule === 'plan-increase' || flag.rule === 'plan-cutback-missing') return [];
  const { settings } = plan;
  const fromWeek = firstChangeableWeek(flag.week, today);
  const raceWeek = settings.raceDate ? mondayOf(settings.raceDate) : null;
  if (raceWeek && fromWeek > raceWeek) return [];
  const ran = totals.find((t) => t.weekStart === flag.week)?.metres;
  const plannedThisWeek = plan.weeks.find((w) => w.weekStart === flag.week)?.plannedMetres;
  // A flag on the week still under way (next-morning pain on Tuesday) must not make its few miles so far the
  // level to hold or step back from: Monday to Saturday it counts as at least what was planned for it; on its
  // Sunday what was run is taken as the week.
  const unfinished =
    flag.week === mondayOf(today) && today < addDays(flag.week, 6) && plannedThisWeek !== undefined;
  const thisWeek = unfinished ? Math.max(ran ?? 0, plannedThisWeek) : (ran ?? plannedThisWeek);
  if (thisWeek === undefined) return [];

  const planned = plan.weeks.find((w) => w.weekStart === fromWeek);
  const lowersOnly = (metres: number) =>
    planned ? Math.min(metres, planned.plannedMetres) : metres;
  const unit = settings.unit;
  const d = (metres: number) => formatDistance(metres, unit);

  // The last week the knee took without an amber or red flag, leaving out planned cutbacks (a dip, not a level).
  const skip = new Set([
    ...flags.filter((f) => f.severity !== 'info').map((f) => f.week),
    ...plan.weeks.filter((w) => w.kind === 'cutback').map((w) => w.weekStart),
  ]);
  const lastUnflagged = [...totals]
    .reverse()
    .find((t) => t.weekStart < flag.week && t.metres > 0 && !skip.has(t.weekStart));
  const stepBack = Math.min(cutbackMetres(thisWeek, settings), lastUnflagged?.metres ?? Infinity);
  const reduceWhy =
    lastUnflagged && lastUnflagged.metres <= cutbackMetres(thisWeek, settings)
      ? `the week of ${lastUnflagged.weekStart}, the last without a flag`
      : `${formatPercent(settings.cutbackPercent)} of this week's ${d(thisWeek)}`;

  const hold = lowersOnly(thisWeek);
  const reduce = lowersOnly(stepBack);
  const candidates: Record<
    SuggestionKind,
    Omit<Suggestion, 'id' | 'flagId' | 'recommended' | 'label'>
  > = {
    hold: {
      kind: 'hold',
      fromWeek,
      weekMetres: hold,
      baseMetres: thisWeek,
      message: `Keep the week of ${fromWeek} at ${d(hold)}, no more than this week's ${d(thisWeek)}; later weeks build from there.`,
    },
    reduce: {
      kind: 'reduce',
      fromWeek,
      weekMetres: reduce,
      baseMetres: reduce,
      message: `Step back to ${d(reduce)} in the week of ${fromWeek} (${reduceWhy}); later weeks build from there.`,
    },
    rebuild: {
      kind: 'rebuild',
      fromWeek,
      weekMetres: thisWeek,
      baseMetres: thisWeek,
      message:
        `Rebuild the plan from this week's ${d(thisWeek)}: from the week of ${fromWeek}, at most ` +
        `${formatPercent(settings.maxWeeklyIncreasePercent)} a week towards ${d(settings.targetMetres)}.`,
    },
  };
  const preference: SuggestionKind[] =
    flag.severity === 'red' ? ['reduce', 'hold', 'rebuild'] : ['hold', 'reduce', 'rebuild'];
  // Leave out what would change nothing, and a suggestion that plans the same weeks as a preferred one.
  const useful: Suggestion[] = [];
  const results: PlannedWeek[][] = [plan.weeks.slice()];
  for (const kind of preference) {
    const suggestion = {
      ...candidates[kind],
      id: `${flag.id}:${kind}`,
      flagId: flag.id,
      recommended: false,
      label: labels[kind],
    };
    const result = applySuggestion(plan, suggestion, today);
    if (results.some((r) => samePlan(r, result))) continue;
    results.push(result);
    useful.push(suggestion);
  }
  if (useful[0] && flag.severity !== 'info') useful[0].recommended = true;
  return useful;
}

/**
 * The plan with the suggestion applied. Weeks up to and including the one holding `today` are returned as they
 * were; only later weeks change.
 * - hold and reduce set the first future week and lower later weeks only where the plan's rules now require it
 *   (builds of at most the setting on the new base, cutbacks and the race week tapered from it), so the plan keeps
 *   its length, race week and any hand edits that still fit;
 * - rebuild plans every later week again with the generator from this week's distance (continuePlan), which may
 *   lengthen a plan without a race date until it reaches the target.
 */
export function applySuggestion(
  plan: RunningPlan,
  suggestion: Pick<Suggestion, 'kind' | 'fromWeek' | 'weekMetres' | 'baseMetres'>,
  today: IsoDate,
): PlannedWeek[] {
  const from = suggestion.fromWeek > nextMonday(today) ? suggestion.fromWeek : nextMonday(today);
  const raceWeek = plan.settings.raceDate ? mondayOf(plan.settings.raceDate) : null;
  if (raceWeek && from > raceWeek) return plan.weeks.slice();
  const kept = plan.weeks.filter((w) => w.weekStart < from);
  const index = plan.weeks.findIndex((w) => w.weekStart === from);
  if (suggestion.kind === 'rebuild' || index < 0) {
    return continuePlan(plan.settings, kept, { weekStart: from, baseMetres: suggestion.baseMetres })
      .weeks;
  }
  return lowerFrom(plan.settings, plan.weeks, index, suggestion);
}

function lowerFrom(
  settings: PlanSettings,
  weeks: readonly PlannedWeek[],
  index: number,
  suggestion: Pick<Suggestion, 'kind' | 'weekMetres' | 'baseMetres'>,
): PlannedWeek[] {
  const out = weeks.slice(0, index);
  const first = weeks[index];
  // A planned cutback or race week stays one when held (only lowered); otherwise the week becomes the new base.
  const keepsKind =
    first.kind === 'race' || (first.kind === 'cutback' && suggestion.kind === 'hold');
  const metres = Math.min(first.plannedMetres, suggestion.weekMetres);
  const kind = keepsKind || metres === first.plannedMetres ? first.kind : 'hold';
  out.push({ weekStart: first.weekStart, plannedMetres: metres, kind });
  let base = kind === 'cutback' || kind === 'race' ? suggestion.baseMetres : metres;
  for (const week of weeks.slice(index + 1)) {
    const before = out[out.length - 1];
    if (week.kind === 'cutback') {
      out.push({
        ...week,
        plannedMetres: Math.min(week.plannedMetres, cutbackMetres(before.plannedMetres, settings)),
      });
    } else if (week.kind === 'race') {
      out.push({
        ...week,
        plannedMetres: Math.min(week.plannedMetres, cutbackMetres(base, settings)),
      });
    } else {
      const capped = Math.min(week.plannedMetres, nextBuildMetres(base, settings));
      const kind = capped === week.plannedMetres ? week.kind : capped > base ? 'build' : 'hold';
      out.push({ ...week, plannedMetres: capped, kind });
      base = capped;
    }
  }
  return out;
}

function firstChangeableWeek(flagWeek: IsoDate, today: IsoDate): IsoDate {
  const afterFlag = addWeeks(flagWeek, 1);
  return afterFlag > nextMonday(today) ? afterFlag : nextMonday(today);
}

function nextMonday(today: IsoDate): IsoDate {
  return addWeeks(mondayOf(today), 1);
}

function samePlan(a: readonly PlannedWeek[], b: readonly PlannedWeek[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (w, i) =>
        w.weekStart === b[i].weekStart &&
        w.plannedMetres === b[i].plannedMetres &&
        w.kind === b[i].kind,
    )
  );
}

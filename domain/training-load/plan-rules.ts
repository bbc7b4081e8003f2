import { formatDistance } from './distance';
import { flag, type Flag } from './flags';
import { formatPercent, percentChange } from './percent-change';
import {
  cutbackMetres,
  isLighterWeek,
  type PlannedWeek,
  type PlanSettings,
} from './plan-generator';
import { sources } from './sources';

export type PlanRuleSettings = Pick<
  PlanSettings,
  'baselineMetres' | 'maxWeeklyIncreasePercent' | 'cutbackEvery' | 'cutbackPercent' | 'unit'
>;

/**
 * The weeks of a plan (typically one the therapist edited by hand) that break its own rules. Flags only: the
 * therapist may keep any plan.
 *
 * - plan-increase: a week planned more than the setting above the last week that was not a cutback (week 1: above
 *   the baseline). A cutback is a planned dip, so the week after it is compared with the week before it.
 * - plan-cutback-missing: N weeks in a row without a lighter week (one at most `cutbackPercent` of the week
 *   before), flagged on the Nth week; the count starts again after each flag.
 */
export function planRuleFlags(weeks: readonly PlannedWeek[], settings: PlanRuleSettings): Flag[] {
  return [...increaseFlags(weeks, settings), ...cutbackFlags(weeks, settings)].sort((a, b) =>
    a.week.localeCompare(b.week),
  );
}

function increaseFlags(weeks: readonly PlannedWeek[], settings: PlanRuleSettings): Flag[] {
  const { unit, maxWeeklyIncreasePercent: max } = settings;
  const flags: Flag[] = [];
  let reference = -1; // index of the last week that was not a cutback; -1: the baseline
  weeks.forEach((week, i) => {
    const from = reference < 0 ? settings.baselineMetres : weeks[reference].plannedMetres;
    const change = percentChange(from, week.plannedMetres);
    if (change === null ? week.plannedMetres > 0 : change > max) {
      const fromText = formatDistance(from, unit);
      const compared =
        reference < 0
          ? `the baseline (${fromText})`
          : reference === i - 1
            ? `the week before (${fromText})`
            : `the week of ${weeks[reference].weekStart} before the cutback (${fromText})`;
      const rise =
        change === null
          ? `follows ${compared}`
          : `is ${formatPercent(change)} more than ${compared}`;
      flags.push(
        flag(
          'plan-increase',
          week.weekStart,
          'amber',
          `${formatDistance(week.plannedMetres, unit)} ${rise}; the plan builds at most ${formatPercent(max)} a week.`,
          sources['ten-percent-rule'],
        ),
      );
    }
    if (week.kind !== 'cutback') reference = i;
  });
  return flags;
}

function cutbackFlags(weeks: readonly PlannedWeek[], settings: PlanRuleSettings): Flag[] {
  const every = settings.cutbackEvery;
  if (!every) return [];
  const flags: Flag[] = [];
  let run = 0;
  weeks.forEach((week, i) => {
    const before = i === 0 ? settings.baselineMetres : weeks[i - 1].plannedMetres;
    if (i > 0 && isLighterWeek(before, week.plannedMetres, settings)) {
      run = 0;
      return;
    }
    run++;
    if (run === every) {
      run = 0;
      const lighter = formatDistance(cutbackMetres(before, settings), settings.unit);
      flags.push(
        flag(
          'plan-cutback-missing',
          week.weekStart,
          'amber',
          `No lighter week in the ${every} weeks to this one: the plan's setting is a cutback every ${every} weeks, ` +
            `here about ${lighter} (${formatPercent(settings.cutbackPercent)} of the week before).`,
          sources['cutback-week'],
        ),
      );
    }
  });
  return flags;
}

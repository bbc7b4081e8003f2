import type { DistanceUnit } from '../contracts/patients';
import type { IsoDate } from './calendar-weeks';
import { formatDistance } from './distance';
import { flag, sortFlags, type Flag } from './flags';
import { defaultPainRules, painZone, type PainRuleSettings } from './pain-zones';
import { formatPercent, percentChange } from './percent-change';
import type { PlannedWeek, RunningPlan } from './plan-generator';
import type { WeeklyRunTotal } from './run-log';
import { sources } from './sources';

/** Thresholds of the checks on logged runs; clinic settings with these defaults (CLINICAL-RULES §1–§2). */
export interface LoadCheckSettings {
  unit: DistanceUnit;
  /** The plan's own rule for one week. */
  maxWeeklyIncreasePercent: number;
  /** Nielsen et al. 2014: more than this over two weeks (week w against week w-2). */
  twoWeekIncreasePercent: number;
  pain: PainRuleSettings;
}

export const defaultLoadCheckSettings = {
  maxWeeklyIncreasePercent: 10,
  twoWeekIncreasePercent: 30,
  pain: defaultPainRules,
} as const satisfies Partial<LoadCheckSettings>;

export type LoadCheckSettingsInput = Pick<LoadCheckSettings, 'unit'> & Partial<LoadCheckSettings>;

/**
 * Every flag on a patient's weekly totals (from `weeklyTotals`, consecutive weeks), by week. Pass the plan so
 * planned cutback weeks are not the reference of the weekly and two-week checks, as the plan rules do.
 */
export function loadFlags(
  totals: readonly WeeklyRunTotal[],
  input: LoadCheckSettingsInput,
  plan: readonly PlannedWeek[] = [],
): Flag[] {
  const settings: LoadCheckSettings = { ...defaultLoadCheckSettings, ...input };
  return sortFlags([
    ...weeklyIncreaseFlags(totals, settings, plan),
    ...twoWeekIncreaseFlags(totals, settings, plan),
    ...acuteChronicFlags(totals, settings.unit),
    ...painFlags(totals, settings.pain),
  ]);
}

/** What the Running tab's checks read of the patient's mileage plan. */
export type PlanForLoadChecks = {
  settings: Pick<RunningPlan['settings'], 'maxWeeklyIncreasePercent'>;
  weeks: RunningPlan['weeks'];
};

/**
 * The Running tab's flags, which the caseload dashboard counts too: `loadFlags` with the mileage plan's weekly
 * limit (the default without one) and its cutback weeks.
 */
export function runningLoadFlags(
  totals: readonly WeeklyRunTotal[],
  unit: DistanceUnit,
  plan: PlanForLoadChecks | null,
): Flag[] {
  return loadFlags(
    totals,
    {
      unit,
      maxWeeklyIncreasePercent:
        plan?.settings.maxWeeklyIncreasePercent ??
        defaultLoadCheckSettings.maxWeeklyIncreasePercent,
    },
    plan?.weeks ?? [],
  );
}

/** The plan's own rule on what was run: a week more than the setting above the last week not planned as a cutback. */
export function weeklyIncreaseFlags(
  totals: readonly WeeklyRunTotal[],
  settings: Pick<LoadCheckSettings, 'unit' | 'maxWeeklyIncreasePercent'>,
  plan: readonly PlannedWeek[] = [],
): Flag[] {
  const cutbacks = new Set(plan.filter((w) => w.kind === 'cutback').map((w) => w.weekStart));
  const { unit, maxWeeklyIncreasePercent: max } = settings;
  const flags: Flag[] = [];
  let reference = -1;
  totals.forEach((week, i) => {
    if (reference >= 0) {
      const before = totals[reference];
      const change = percentChange(before.metres, week.metres);
      if (change === null ? week.metres > 0 : change > max) {
        const compared =
          reference === i - 1
            ? `the week before (${formatDistance(before.metres, unit)})`
            : `the week of ${before.weekStart} before the planned cutback (${formatDistance(before.metres, unit)})`;
        const rise =
          change === null
            ? `after a week without running`
            : `is ${formatPercent(change)} more than ${compared}`;
        flags.push(
          flag(
            'weekly-increase',
            week.weekStart,
            'amber',
            `${formatDistance(week.metres, unit)} ${rise}; the plan builds at most ${formatPercent(max)} a week.`,
            sources['ten-percent-rule'],
          ),
        );
      }
    }
    if (!cutbacks.has(week.weekStart)) reference = i;
  });
  return flags;
}

/**
 * Nielsen et al. 2014: week w more than 30 % above week w-2. Exactly 30 % is not flagged; 30.1 % is. When week
 * w-2 was a planned cutback, the comparison is with the week before it: coming back from a planned recovery week
 * to the level before it is not the rapid progression Nielsen measured, and a patient who follows the plan
 * exactly would otherwise be flagged two weeks after every cutback.
 */
export function twoWeekIncreaseFlags(
  totals: readonly WeeklyRunTotal[],
  settings: Pick<LoadCheckSettings, 'unit' | 'twoWeekIncreasePercent'>,
  plan: readonly PlannedWeek[] = [],
): Flag[] {
  const cutbacks = new Set(plan.filter((w) => w.kind === 'cutback').map((w) => w.weekStart));
  const { unit, twoWeekIncreasePercent: max } = settings;
  return totals.flatMap((week, i) => {
    const twoBefore = totals[i - 2];
    const afterCutback = twoBefore !== undefined && cutbacks.has(twoBefore.weekStart);
    const before = afterCutback ? totals[i - 3] : twoBefore;
    const change = before ? percentChange(before.metres, week.metres) : null;
    if (!before || change === null || change <= max) return [];
    const compared = afterCutback
      ? `the week before the planned cutback (${formatDistance(before.metres, unit)}, week of ${before.weekStart})`
      : `two weeks before (${formatDistance(before.metres, unit)}, week of ${before.weekStart})`;
    const message =
      `${formatDistance(week.metres, unit)} is ${formatPercent(change)} more than ${compared}; the flag is ` +
      `for more than ${formatPercent(max)} over two weeks.`;
    return [
      flag('two-week-increase', week.weekStart, 'amber', message, sources['two-week-increase']),
    ];
  });
}

/** The uncoupled ratio's bands (Gabbett 2016): below 0.8, the 0.8–1.3 "sweet spot", above 1.3, 1.5 and up. */
export type AcuteChronicBand = 'below' | 'sweet-spot' | 'above' | 'danger';
export const acuteChronicBands = { low: 0.8, high: 1.3, danger: 1.5 } as const;
/** The chronic load is the mean of this many weeks before the week. */
export const chronicWeeks = 4;

export interface AcuteChronicPoint {
  weekStart: IsoDate;
  /** This week ÷ mean of the 4 weeks before, to 2 decimals; null when it cannot be computed. */
  ratio: number | null;
  band: AcuteChronicBand | null;
  /** Why there is no ratio, as a sentence for the chart or table; null when there is one. */
  reason: string | null;
}

/**
 * The uncoupled acute:chronic ratio per week, an informational overlay (Gabbett 2016; Impellizzeri et al. 2020
 * show it cannot tell whether risk rises). This week is not part of its own chronic load, which avoids the
 * mathematical coupling of the original ratio.
 */
export function acuteChronicRatios(totals: readonly WeeklyRunTotal[]): AcuteChronicPoint[] {
  return totals.map((week, i) => {
    const none = (reason: string): AcuteChronicPoint => ({
      weekStart: week.weekStart,
      ratio: null,
      band: null,
      reason,
    });
    if (i < chronicWeeks) {
      const earlier = i === 1 ? '1 earlier week' : `${i} earlier weeks`;
      return none(
        `The ratio needs ${chronicWeeks} earlier weeks of the run log; this week has ${earlier}.`,
      );
    }
    const chronic =
      totals.slice(i - chronicWeeks, i).reduce((sum, w) => sum + w.metres, 0) / chronicWeeks;
    if (chronic === 0)
      return none(`No running in the ${chronicWeeks} weeks before: there is no ratio to show.`);
    const ratio = Math.round((week.metres / chronic) * 100) / 100;
    return { weekStart: week.weekStart, ratio, band: band(ratio), reason: null };
  });
}

function band(ratio: number): AcuteChronicBand {
  if (ratio < acuteChronicBands.low) return 'below';
  if (ratio <= acuteChronicBands.high) return 'sweet-spot';
  return ratio < acuteChronicBands.danger ? 'above' : 'danger';
}

/** Weeks above the 0.8–1.3 band, as informational flags. */
export function acuteChronicFlags(totals: readonly WeeklyRunTotal[], unit: DistanceUnit): Flag[] {
  return acuteChronicRatios(totals).flatMap((point, i) => {
    if (point.ratio === null || (point.band !== 'above' && point.band !== 'danger')) return [];
    const chronic =
      totals.slice(i - chronicWeeks, i).reduce((sum, w) => sum + w.metres, 0) / chronicWeeks;
    const where = point.band === 'danger' ? 'at or above 1.5' : 'above the 0.8–1.3 band';
    const message =
      `Informational: acute:chronic ratio ${point.ratio.toFixed(2)} (this week ${formatDistance(totals[i].metres, unit)} ÷ ` +
      `${formatDistance(chronic, unit)}, the mean of the 4 weeks before), ${where}. The ratio cannot tell whether ` +
      `injury risk rises.`;
    return [
      flag('acute-chronic-ratio', point.weekStart, 'info', message, sources['acute-chronic-ratio']),
    ];
  });
}

/**
 * Pain monitoring per week with runs (Silbernagel et al. 2007, applied to knees by extension [practice]):
 * - pain-during: the week's highest pain during a run in amber (3–5: hold) or red (above 5: reduce);
 * - next-morning-pain: next-morning pain that has not settled back to green (red);
 * - pain-worse: pain above green that is higher than in the last week with runs before (red). A first week in
 *   amber after green weeks is amber, not worse: the rule is that amber pain must not climb week to week.
 */
export function painFlags(
  totals: readonly WeeklyRunTotal[],
  rules: PainRuleSettings = defaultPainRules,
): Flag[] {
  const source = sources['pain-monitoring'];
  const flags: Flag[] = [];
  let previous: { weekStart: IsoDate; pain: number } | null = null;
  totals.forEach((week, i) => {
    if (week.maxPainDuring === null) return;
    const zone = painZone(week.maxPainDuring, rules);
    if (zone === 'amber') {
      const message =
        `Pain during running reached ${week.maxPainDuring}/10 (${rules.greenMax + 1}–${rules.amberMax}, amber): ` +
        `acceptable if it settles by the next morning and does not get worse week to week; hold the current level.`;
      flags.push(flag('pain-during', week.weekStart, 'amber', message, source));
    } else if (zone === 'red') {
      const message = `Pain during running reached ${week.maxPainDuring}/10 (above ${rules.amberMax}, red): reduce or step back one level.`;
      flags.push(flag('pain-during', week.weekStart, 'red', message, source));
    }
    const morning = week.maxPainNextMorning;
    if (morning !== null && morning > rules.greenMax) {
      const message = `Next-morning pain reached ${morning}/10: not settled (above ${rules.greenMax}/10); reduce or step back one level.`;
      flags.push(flag('next-morning-pain', week.weekStart, 'red', message, source));
    }
    const pain = Math.max(week.maxPainDuring, morning ?? 0);
    if (
      previous &&
      pain > rules.greenMax &&
      previous.pain > rules.greenMax &&
      pain > previous.pain
    ) {
      const when =
        previous.weekStart === totals[i - 1]?.weekStart
          ? 'the week before'
          : `the week of ${previous.weekStart}`;
      const message = `Pain reached ${pain}/10, worse than ${previous.pain}/10 ${when}: reduce or step back one level.`;
      flags.push(flag('pain-worse', week.weekStart, 'red', message, source));
    }
    previous = { weekStart: week.weekStart, pain };
  });
  return flags;
}

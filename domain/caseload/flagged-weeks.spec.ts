import { addDays, addWeeks, type IsoDate } from '../training-load/calendar-weeks';
import { loadFlags } from '../training-load/load-checks';
import type { PlannedWeek } from '../training-load/plan-generator';
import { weeklyTotals, type LoggedRun } from '../training-load/run-log';
import { flaggedWeeks, type PatientRunLog } from './flagged-weeks';

const week = '2026-11-30'; // a Monday

const run = (date: IsoDate, km: number, painDuring = 0, painNextMorning: number | null = null) => ({
  date,
  distanceMetres: km * 1000,
  painDuring,
  painNextMorning,
});

/** One run per week of these distances, the last in `week`. */
const weeksOf = (...km: number[]): LoggedRun[] =>
  km.map((d, i) => run(addDays(addWeeks(week, i - km.length + 1), 2), d));

const logOf = (runs: LoggedRun[], plan: PatientRunLog['plan'] = null): PatientRunLog => ({
  runs,
  unit: 'km',
  plan,
});

describe('flaggedWeeks', () => {
  it('names a week once however many of its rules fire: 22 → 27 km is +22.7 % and next-morning pain 6', () => {
    const runs = [...weeksOf(20, 22), run(addDays(week, 1), 27, 1, 6)];
    // 20 → 22 km is exactly 10 %: not above the default limit, so the week before is not flagged.
    expect(flaggedWeeks(logOf(runs))).toEqual([week]);
  });

  it('flags pain in amber without any rise in distance', () => {
    expect(flaggedWeeks(logOf([...weeksOf(10), run(addDays(week, 3), 10, 3)]))).toEqual([week]);
    expect(flaggedWeeks(logOf([...weeksOf(10), run(addDays(week, 3), 10, 2)]))).toEqual([]);
  });

  it('lists every flagged week, oldest first', () => {
    // 10 → 12 (+20 %) and 12 → 12 → 15 (+25 %); the 10 km after two weeks off is "after a week without running".
    const runs = weeksOf(10, 12, 12, 15, 0, 0, 10).filter((r) => r.distanceMetres > 0);
    expect(flaggedWeeks(logOf(runs))).toEqual([addWeeks(week, -5), addWeeks(week, -3), week]);
  });

  it('leaves out the informational acute:chronic ratio', () => {
    // 10, 10, 10, then a planned 2 km cutback and 11 km: +10 % on the week before the cutback, but the
    // ratio is 11 ÷ 8 = 1.38, above the 0.8–1.3 band.
    const runs = weeksOf(10, 10, 10, 2, 11);
    const plan = {
      settings: { maxWeeklyIncreasePercent: 10 },
      weeks: cutbackIn(addWeeks(week, -1)),
    };
    const flags = loadFlags(weeklyTotals(runs), { unit: 'km' }, plan.weeks);
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['acute-chronic-ratio', 'info']]);
    expect(flaggedWeeks(logOf(runs, plan))).toEqual([]);
  });

  it('reads the plan: its cutback weeks and its weekly limit', () => {
    const runs = weeksOf(10, 10, 10, 2, 11);
    // Without the plan, 2 → 11 km is a 450 % rise.
    expect(flaggedWeeks(logOf(runs))).toEqual([week]);
    const rise = weeksOf(20, 23); // +15 %
    expect(flaggedWeeks(logOf(rise))).toEqual([week]);
    expect(
      flaggedWeeks(logOf(rise, { settings: { maxWeeklyIncreasePercent: 20 }, weeks: [] })),
    ).toEqual([]);
  });

  it('does not depend on later runs: a week keeps its flags as the log grows', () => {
    const runs = weeksOf(20, 30, 31, 32, 20);
    const earlier = flaggedWeeks(logOf(runs.slice(0, 2)));
    expect(earlier).toEqual([addWeeks(week, -3)]); // 20 → 30 km
    expect(flaggedWeeks(logOf(runs)).filter((w) => w <= addWeeks(week, -3))).toEqual(earlier);
  });

  it('flags nothing for no runs', () => {
    expect(flaggedWeeks(logOf([]))).toEqual([]);
  });
});

function cutbackIn(weekStart: IsoDate): PlannedWeek[] {
  return [{ weekStart, plannedMetres: 2000, kind: 'cutback' }];
}

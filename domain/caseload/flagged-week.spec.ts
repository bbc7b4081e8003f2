import { addDays, addWeeks, mondayOf, type IsoDate } from '../training-load/calendar-weeks';
import { loadFlags } from '../training-load/load-checks';
import type { PlannedWeek } from '../training-load/plan-generator';
import { weeklyTotals, type LoggedRun } from '../training-load/run-log';
import {
  flagLookbackWeeks,
  needsEarlier,
  runningFlagsInWeek,
  type FlagWindow,
} from './flagged-week';

const week = '2026-11-30'; // a Monday

/** The window the server reads for `week` out of a whole log, as the repository's SQL selects it. */
function windowOf(
  runs: LoggedRun[],
  options: { maxWeeklyIncreasePercent?: number | null; cutbackWeeks?: IsoDate[] } = {},
): FlagWindow {
  const first = addWeeks(week, -flagLookbackWeeks);
  const before = runs.filter((r) => r.date < first);
  const lastEarlier = before
    .map((r) => r.date)
    .sort()
    .at(-1);
  const earlierRuns = lastEarlier
    ? before.filter((r) => mondayOf(r.date) === mondayOf(lastEarlier))
    : [];
  const nextMorning = earlierRuns
    .map((r) => r.painNextMorning)
    .filter((p): p is number => p !== null && p !== undefined);
  return {
    runs: runs.filter((r) => r.date >= first && r.date <= addDays(week, 6)),
    earlier: lastEarlier
      ? {
          weekStart: mondayOf(lastEarlier),
          maxPainDuring: Math.max(...earlierRuns.map((r) => r.painDuring)),
          maxPainNextMorning: nextMorning.length ? Math.max(...nextMorning) : null,
        }
      : null,
    unit: 'km',
    maxWeeklyIncreasePercent: options.maxWeeklyIncreasePercent ?? null,
    cutbackWeeks: options.cutbackWeeks ?? [],
  };
}

/** What the Running tab shows for `week`: every flag of the whole log, that week's amber and red ones. */
function runningTabFlags(runs: LoggedRun[], plan: PlannedWeek[] = [], maxIncrease = 10) {
  return loadFlags(
    weeklyTotals(runs, week),
    { unit: 'km', maxWeeklyIncreasePercent: maxIncrease },
    plan,
  ).filter((f) => f.week === week && f.severity !== 'info');
}

const run = (date: IsoDate, km: number, painDuring = 0, painNextMorning: number | null = null) => ({
  date,
  distanceMetres: km * 1000,
  painDuring,
  painNextMorning,
});

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('runningFlagsInWeek', () => {
  it('flags a 35 % two-week increase and next-morning pain in the week', () => {
    const runs = [
      run(addDays(week, -14), 20),
      run(addDays(week, -7), 22),
      run(addDays(week, 1), 27, 1, 6),
    ];
    const rules = runningFlagsInWeek(windowOf(runs), week).map((f) => f.rule);
    expect(rules).toEqual(
      jasmine.arrayWithExactContents(['weekly-increase', 'two-week-increase', 'next-morning-pain']),
    );
  });

  it('flags nothing in a week without runs', () => {
    expect(runningFlagsInWeek(windowOf([run(addDays(week, -7), 20, 8, 8)]), week)).toEqual([]);
  });

  it('flags the first week after a gap of more than the window ("after a week without running")', () => {
    const runs = [run(addDays(week, -60), 10), run(addDays(week, 2), 5)];
    expect(runningFlagsInWeek(windowOf(runs), week).map((f) => f.rule)).toEqual([
      'weekly-increase',
    ]);
  });

  it('compares pain with the last week with runs even when it lies before the window', () => {
    const runs = [run(addDays(week, -50), 5, 4), run(addDays(week, 3), 5, 5)];
    const rules = runningFlagsInWeek(windowOf(runs), week).map((f) => f.rule);
    expect(rules).toContain('pain-worse');
    expect(runningFlagsInWeek(windowOf(runs), week)).toEqual(runningTabFlags(runs));
  });

  it('skips a planned cutback week as the reference, as the Running tab does', () => {
    const cutback = addWeeks(week, -1);
    const runs = [run(addWeeks(week, -2), 20), run(cutback, 17), run(week, 21)];
    const plan: PlannedWeek[] = [{ weekStart: cutback, plannedMetres: 17_000, kind: 'cutback' }];
    expect(runningFlagsInWeek(windowOf(runs, { cutbackWeeks: [cutback] }), week)).toEqual(
      runningTabFlags(runs, plan),
    );
    expect(runningFlagsInWeek(windowOf(runs), week).map((f) => f.rule)).toEqual([
      'weekly-increase',
    ]);
  });

  it('gives exactly the Running tab’s flags for the week on 500 generated run logs', () => {
    const random = mulberry32(2026);
    let flagged = 0;
    for (let patient = 0; patient < 500; patient++) {
      const runs: LoggedRun[] = [];
      const weeks = 1 + Math.floor(random() * 20);
      const start = addWeeks(week, -weeks + 1 - Math.floor(random() * 3));
      for (let w = 0; w < weeks + 2; w++) {
        if (random() < 0.25) continue; // weeks off, so gaps of every length occur
        for (let r = 0, n = 1 + Math.floor(random() * 3); r < n; r++) {
          const date = addDays(addWeeks(start, w), Math.floor(random() * 7));
          if (date > addDays(week, 6)) continue;
          const pain = Math.floor(random() * 8);
          runs.push(run(date, 2 + Math.floor(random() * 15), pain, random() < 0.5 ? pain : null));
        }
      }
      const maxIncrease = random() < 0.5 ? 10 : 20;
      const cutback = random() < 0.3 ? [addWeeks(week, -1 - Math.floor(random() * 3))] : [];
      const plan: PlannedWeek[] = cutback.map((weekStart) => ({
        weekStart,
        plannedMetres: 0,
        kind: 'cutback',
      }));
      const expected = runningTabFlags(runs, plan, maxIncrease);
      const window = windowOf(runs, {
        maxWeeklyIncreasePercent: maxIncrease,
        cutbackWeeks: cutback,
      });
      expect(runningFlagsInWeek(window, week)).withContext(JSON.stringify(runs)).toEqual(expected);
      // As the server reads it: `earlier` left out when it cannot change a flag.
      const read = needsEarlier(window, week) ? window : { ...window, earlier: null };
      expect(runningFlagsInWeek(read, week)).withContext(JSON.stringify(runs)).toEqual(expected);
      if (expected.length) flagged++;
    }
    // The generated logs must exercise both answers, or the comparison proves little.
    expect(flagged).toBeGreaterThan(100);
    expect(flagged).toBeLessThan(450);
  });
});

import { toMetres } from './distance';
import { weekTotalMetres, weeklyTotals, type LoggedRun } from './run-log';

const run = (
  date: string,
  km: number,
  painDuring = 0,
  painNextMorning: number | null = null,
): LoggedRun => ({
  date,
  distanceMetres: km * 1000,
  durationMinutes: km * 6,
  painDuring,
  painNextMorning,
});

describe('run log weekly totals', () => {
  it('sums runs per Monday-to-Sunday week', () => {
    // Mon 2 Mar 5 km + Sun 8 Mar 8 km = 13 km; Mon 9 Mar 6 km starts the next week.
    const totals = weeklyTotals([run('2026-03-02', 5), run('2026-03-08', 8), run('2026-03-09', 6)]);
    expect(totals.map((t) => [t.weekStart, t.metres, t.runs, t.minutes])).toEqual([
      ['2026-03-02', 13_000, 2, 78],
      ['2026-03-09', 6000, 1, 36],
    ]);
  });

  it('puts weeks without runs at 0 between the first and the last run, in any order of entry', () => {
    const totals = weeklyTotals([run('2026-03-25', 4), run('2026-03-04', 5)]);
    expect(totals.map((t) => [t.weekStart, t.metres])).toEqual([
      ['2026-03-02', 5000],
      ['2026-03-09', 0],
      ['2026-03-16', 0],
      ['2026-03-23', 4000],
    ]);
    expect(totals[1]).toEqual(
      jasmine.objectContaining({
        runs: 0,
        minutes: 0,
        maxPainDuring: null,
        maxPainNextMorning: null,
      }),
    );
  });

  it('runs on to the week holding a later day, such as today', () => {
    const totals = weeklyTotals([run('2026-03-04', 5)], '2026-03-18');
    expect(totals.map((t) => t.metres)).toEqual([5000, 0, 0]);
    expect(weeklyTotals([run('2026-03-04', 5)], '2026-03-01').length).toBe(1);
  });

  it('keeps the highest pain during and the next morning, ignoring next mornings not yet logged', () => {
    const totals = weeklyTotals([
      run('2026-03-02', 5, 2, 1),
      run('2026-03-04', 5, 4, null),
      run('2026-03-06', 5, 3, 3),
    ]);
    expect(totals[0].maxPainDuring).toBe(4);
    expect(totals[0].maxPainNextMorning).toBe(3);
  });

  it('has no weeks without runs', () => {
    expect(weeklyTotals([])).toEqual([]);
  });

  it('sums a mile-logged week in metres', () => {
    // 3.1 mi = 4,988.97 → 4,989 m; 6.2 mi = 9,977.93 → 9,978 m.
    const runs = [3.1, 6.2].map((mi, i) => ({
      ...run(`2026-03-0${2 + i}`, 0),
      distanceMetres: toMetres(mi, 'mi'),
    }));
    expect(weeklyTotals(runs)[0].metres).toBe(14_967);
  });

  it("gives the metres already logged in a date's week", () => {
    const runs = [run('2026-03-02', 100), run('2026-03-08', 150), run('2026-03-09', 30)];
    expect(weekTotalMetres(runs, '2026-03-05')).toBe(250_000);
    expect(weekTotalMetres(runs, '2026-03-16')).toBe(0);
  });
});

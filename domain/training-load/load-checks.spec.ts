import { weekStarts } from './calendar-weeks';
import {
  acuteChronicFlags,
  acuteChronicRatios,
  loadFlags,
  painFlags,
  twoWeekIncreaseFlags,
  weeklyIncreaseFlags,
} from './load-checks';
import type { PlannedWeek } from './plan-generator';
import type { WeeklyRunTotal } from './run-log';

/** Consecutive weekly totals from Monday 2026-03-02, in km, with optional [pain during, next morning] per week. */
function weeks(
  km: readonly number[],
  pain: readonly (readonly [number, number | null] | null)[] = [],
): WeeklyRunTotal[] {
  const starts = weekStarts('2026-03-02', km.length);
  return km.map((k, i) => ({
    weekStart: starts[i],
    metres: Math.round(k * 1000),
    runs: k > 0 ? 3 : 0,
    minutes: 0,
    maxPainDuring: k > 0 ? (pain[i]?.[0] ?? 0) : null,
    maxPainNextMorning: k > 0 ? (pain[i]?.[1] ?? null) : null,
  }));
}
const km = { unit: 'km' as const };

describe('two-week increase (Nielsen 2014)', () => {
  const check = (totals: WeeklyRunTotal[]) =>
    twoWeekIncreaseFlags(totals, { ...km, twoWeekIncreasePercent: 30 });

  it('does not flag exactly 30 % over two weeks', () => {
    // Week 3 against week 1: (13.0 − 10.0) / 10.0 = 30.0 %.
    expect(check(weeks([10, 11, 13]))).toEqual([]);
  });

  it('flags 30.1 % over two weeks', () => {
    // (13.01 − 10.0) / 10.0 = 30.1 %.
    const flags = check(weeks([10, 11, 13.01]));
    expect(flags.map((f) => [f.id, f.severity])).toEqual([
      ['two-week-increase:2026-03-16', 'amber'],
    ]);
    expect(flags[0].message).toBe(
      '13.0 km is 30.1 % more than two weeks before (10.0 km, week of 2026-03-02); the flag is for more than 30 % over two weeks.',
    );
    expect(flags[0].source.citation).toContain('Nielsen et al. 2014');
  });

  it('flags a 35 % two-week increase', () => {
    // (13.5 − 10.0) / 10.0 = 35 %.
    expect(check(weeks([10, 12, 13.5]))[0].message).toContain('is 35 % more than two weeks before');
  });

  it('compares with the week before a planned cutback, so following the 10 % plan raises no flag', () => {
    // The 10 → 20 mi plan run exactly: 12.1, 10.2 (cutback), 13.3, 14.6. Against the cutback week 14.6 would
    // be (14.6 − 10.2) / 10.2 = 43.1 %; against the week before it, (14.6 − 12.1) / 12.1 = 20.7 %.
    const totals = weeks([12.1, 10.2, 13.3, 14.6]);
    const plan: PlannedWeek[] = totals.map((w, i) => ({
      weekStart: w.weekStart,
      plannedMetres: w.metres,
      kind: i === 1 ? 'cutback' : 'build',
    }));
    expect(check(totals)[0].message).toContain('is 43.1 % more than two weeks before');
    expect(twoWeekIncreaseFlags(totals, { ...km, twoWeekIncreasePercent: 30 }, plan)).toEqual([]);
  });

  it('says it compared with the week before the cutback when that week flags', () => {
    // (16.0 − 12.1) / 12.1 = 32.2 %.
    const totals = weeks([12.1, 10.2, 13.3, 16]);
    const plan: PlannedWeek[] = totals.map((w, i) => ({
      weekStart: w.weekStart,
      plannedMetres: w.metres,
      kind: i === 1 ? 'cutback' : 'build',
    }));
    const [flag] = twoWeekIncreaseFlags(totals, { ...km, twoWeekIncreasePercent: 30 }, plan);
    expect(flag.message).toBe(
      '16.0 km is 32.2 % more than the week before the planned cutback (12.1 km, week of 2026-03-02); the flag is for more than 30 % over two weeks.',
    );
  });

  it('needs two earlier weeks and a distance to compare with', () => {
    expect(check(weeks([10, 20]))).toEqual([]);
    expect(check(weeks([0, 5, 10]))).toEqual([]);
  });
});

describe('week-over-week increase (the plan setting)', () => {
  const check = (totals: WeeklyRunTotal[], plan: PlannedWeek[] = []) =>
    weeklyIncreaseFlags(totals, { ...km, maxWeeklyIncreasePercent: 10 }, plan);

  it('does not flag 10 % a week', () => {
    // 10 → 11 → 12.1: 10 % each.
    expect(check(weeks([10, 11, 12.1]))).toEqual([]);
  });

  it('flags 15 % above the week before', () => {
    const flags = check(weeks([10, 11.5]));
    expect(flags.map((f) => f.message)).toEqual([
      '11.5 km is 15 % more than the week before (10.0 km); the plan builds at most 10 % a week.',
    ]);
    expect(flags[0].source.note).toContain('not proven protection');
  });

  it('compares the week after a planned cutback with the week before the cutback', () => {
    // 12.1, cutback 10.2, then 13.3: 13.3 / 12.1 = +9.9 %; against the cutback it would be +30.4 %.
    const totals = weeks([12.1, 10.2, 13.3]);
    const plan: PlannedWeek[] = [
      { weekStart: totals[1].weekStart, plannedMetres: 10_200, kind: 'cutback' },
    ];
    expect(check(totals, plan)).toEqual([]);
    expect(check(totals).map((f) => f.message)).toEqual([
      '13.3 km is 30.4 % more than the week before (10.2 km); the plan builds at most 10 % a week.',
    ]);
  });

  it('flags running after a week without any', () => {
    expect(check(weeks([10, 0, 10])).map((f) => f.message)).toEqual([
      '10.0 km after a week without running; the plan builds at most 10 % a week.',
    ]);
  });
});

describe('acute:chronic ratio (informational)', () => {
  it('is not computed with fewer than 4 earlier weeks, and says why', () => {
    const points = acuteChronicRatios(weeks([8, 10, 12, 10, 15]));
    expect(points.slice(0, 4).map((p) => p.ratio)).toEqual([null, null, null, null]);
    expect(points[0].reason).toBe(
      'The ratio needs 4 earlier weeks of the run log; this week has 0 earlier weeks.',
    );
    expect(points[1].reason).toBe(
      'The ratio needs 4 earlier weeks of the run log; this week has 1 earlier week.',
    );
    expect(points[3].reason).toBe(
      'The ratio needs 4 earlier weeks of the run log; this week has 3 earlier weeks.',
    );
  });

  it('divides this week by the mean of the 4 weeks before it, not including itself', () => {
    // (8 + 10 + 12 + 10) / 4 = 10; 15 / 10 = 1.5. Week 6: (10 + 12 + 10 + 15) / 4 = 11.75; 9 / 11.75 = 0.77.
    const points = acuteChronicRatios(weeks([8, 10, 12, 10, 15, 9]));
    expect(points[4]).toEqual({
      weekStart: '2026-03-30',
      ratio: 1.5,
      band: 'danger',
      reason: null,
    });
    expect(points[5]).toEqual(jasmine.objectContaining({ ratio: 0.77, band: 'below' }));
  });

  it('puts 0.8 and 1.3 inside the band, 1.31 above it and 1.5 in the danger band', () => {
    const band = (thisWeek: number) =>
      acuteChronicRatios(weeks([10, 10, 10, 10, thisWeek]))[4].band;
    expect([7.9, 8, 13, 13.1, 14.9, 15].map(band)).toEqual([
      'below',
      'sweet-spot',
      'sweet-spot',
      'above',
      'above',
      'danger',
    ]);
  });

  it('has no ratio after 4 weeks without running', () => {
    expect(acuteChronicRatios(weeks([10, 0, 0, 0, 0, 5]))[5]).toEqual(
      jasmine.objectContaining({
        ratio: null,
        reason: 'No running in the 4 weeks before: there is no ratio to show.',
      }),
    );
  });

  it('flags weeks above the band as information, labelled informational', () => {
    const flags = acuteChronicFlags(weeks([10, 10, 10, 10, 14, 15]), 'km');
    expect(flags.map((f) => [f.week, f.severity])).toEqual([
      ['2026-03-30', 'info'],
      ['2026-04-06', 'info'],
    ]);
    // Week 6: (10 + 10 + 10 + 14) / 4 = 11; 15 / 11 = 1.36.
    expect(flags[1].message).toBe(
      'Informational: acute:chronic ratio 1.36 (this week 15.0 km ÷ 11.0 km, the mean of the 4 weeks before), above ' +
        'the 0.8–1.3 band. The ratio cannot tell whether injury risk rises.',
    );
    // Week 5: 14 / 10 = 1.4, above the band; 15 / 10 = 1.5 reaches the danger band.
    expect(flags[0].message).toContain('ratio 1.40');
    expect(acuteChronicFlags(weeks([10, 10, 10, 10, 15]), 'km')[0].message).toContain(
      '1.50 (this week 15.0 km ÷ 10.0 km',
    );
    expect(acuteChronicFlags(weeks([10, 10, 10, 10, 15]), 'km')[0].message).toContain(
      'at or above 1.5',
    );
    expect(acuteChronicFlags(weeks([10, 10, 10, 10, 13]), 'km')).toEqual([]);
    expect(flags[0].source.note).toMatch(/^Informational/);
  });
});

describe('pain rules (Silbernagel 2007, by extension)', () => {
  it('moves through green, amber and red week by week', () => {
    // week  during  next morning   flags
    //  1      1        0           none (green)
    //  2      3        1           amber during (first amber week: not "worse")
    //  3      4        2           amber during; worse than 3 → red
    //  4      4        4           amber during; next morning 4 not settled → red; 4 is not worse than 4
    //  5      6        2           red during (above 5); worse than 4 → red
    //  6      2        1           none (back to green)
    //  7      –        –           no runs
    //  8      3        –           amber during; the last week with runs was green, so not worse
    const totals = weeks(
      [10, 10, 10, 10, 10, 10, 0, 10],
      [[1, 0], [3, 1], [4, 2], [4, 4], [6, 2], [2, 1], null, [3, null]],
    );
    const flags = painFlags(totals);
    expect(flags.map((f) => `${f.week} ${f.rule} ${f.severity}`)).toEqual([
      '2026-03-09 pain-during amber',
      '2026-03-16 pain-during amber',
      '2026-03-16 pain-worse red',
      '2026-03-23 pain-during amber',
      '2026-03-23 next-morning-pain red',
      '2026-03-30 pain-during red',
      '2026-03-30 pain-worse red',
      '2026-04-20 pain-during amber',
    ]);
    expect(flags[0].message).toBe(
      'Pain during running reached 3/10 (3–5, amber): acceptable if it settles by the next morning and does not get ' +
        'worse week to week; hold the current level.',
    );
    expect(flags[2].message).toBe(
      'Pain reached 4/10, worse than 3/10 the week before: reduce or step back one level.',
    );
    expect(flags[4].message).toBe(
      'Next-morning pain reached 4/10: not settled (above 2/10); reduce or step back one level.',
    );
    expect(flags[0].source.note).toContain('[practice]');
  });

  it('compares with the last week with runs when the week before had none', () => {
    const flags = painFlags(weeks([10, 0, 10], [[3, 3], null, [5, 2]]));
    expect(flags.find((f) => f.rule === 'pain-worse')?.message).toBe(
      'Pain reached 5/10, worse than 3/10 the week of 2026-03-02: reduce or step back one level.',
    );
  });
});

describe('all load flags', () => {
  it('flags a 35 % jump with next-morning pain 6, red first within the week', () => {
    // 10 → 10 → 13.5 km: +35 % on the week before and over two weeks; next-morning pain 6 is red.
    // prettier-ignore
    const flags = loadFlags(weeks([10, 10, 13.5], [[1, 0], [1, 0], [2, 6]]), km);
    expect(flags.map((f) => f.id)).toEqual([
      'next-morning-pain:2026-03-16',
      'weekly-increase:2026-03-16',
      'two-week-increase:2026-03-16',
    ]);
  });
});

import { fromMetres, toMetres } from './distance';
import {
  continuePlan,
  cutbackMetres,
  generatePlan,
  isLighterWeek,
  maxPlanWeeks,
  nextBuildMetres,
  withPlanDefaults,
  type PlanSettingsInput,
} from './plan-generator';

// 2026-03-02 is a Monday.
const tenToTwentyMiles: PlanSettingsInput = {
  baselineMetres: toMetres(10, 'mi'),
  targetMetres: toMetres(20, 'mi'),
  startWeek: '2026-03-02',
  unit: 'mi',
};
const miles = (metres: number) => fromMetres(metres, 'mi');

describe('plan generator', () => {
  it('builds 10 → 20 mi/week at 10 % with a cutback every 4th week at 85 %', () => {
    // Each week is rounded down to 0.1 mi; a week after a cutback builds on the week before the cutback.
    //  1  10.0  hold     baseline
    //  2  11.0  build    10.0 × 1.1 = 11.0
    //  3  12.1  build    11.0 × 1.1 = 12.1
    //  4  10.2  cutback  12.1 × 0.85 = 10.285 → 10.2
    //  5  13.3  build    12.1 × 1.1 = 13.31 → 13.3
    //  6  14.6  build    13.3 × 1.1 = 14.63 → 14.6
    //  7  16.0  build    14.6 × 1.1 = 16.06 → 16.0
    //  8  13.6  cutback  16.0 × 0.85 = 13.6
    //  9  17.6  build    16.0 × 1.1 = 17.6
    // 10  19.3  build    17.6 × 1.1 = 19.36 → 19.3
    // 11  20.0  build    19.3 × 1.1 = 21.23, capped at the 20.0 target: the plan ends here
    const plan = generatePlan(tenToTwentyMiles);
    expect(plan.weeks.map((w) => miles(w.plannedMetres))).toEqual([
      10, 11, 12.1, 10.2, 13.3, 14.6, 16, 13.6, 17.6, 19.3, 20,
    ]);
    // prettier-ignore
    expect(plan.weeks.map((w) => w.kind)).toEqual([
      'hold', 'build', 'build', 'cutback', 'build', 'build', 'build', 'cutback', 'build', 'build', 'build',
    ]);
    expect(plan.weeks.map((w) => w.weekStart).slice(0, 3)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(plan.weeks[10].weekStart).toBe('2026-05-11');
    expect(plan.targetReached).toBeTrue();
    expect(plan.shortfall).toBeNull();
  });

  it('stores each week in metres from its 0.1-mile value', () => {
    // 12.1 mi × 1,609.344 = 19,473.06 m → 19,473; 20 mi = 32,186.88 m → 32,187.
    const plan = generatePlan(tenToTwentyMiles);
    expect(plan.weeks[2].plannedMetres).toBe(19_473);
    expect(plan.weeks[10].plannedMetres).toBe(32_187);
    expect(plan.peakMetres).toBe(32_187);
  });

  it('plans the same numbers in kilometres for a km patient', () => {
    const plan = generatePlan({
      ...tenToTwentyMiles,
      baselineMetres: 10_000,
      targetMetres: 20_000,
      unit: 'km',
    });
    expect(plan.weeks.map((w) => w.plannedMetres)).toEqual([
      10_000, 11_000, 12_100, 10_200, 13_300, 14_600, 16_000, 13_600, 17_600, 19_300, 20_000,
    ]);
  });

  it('ends at the race week, never building faster to catch up, and says the target is not reached', () => {
    // Race on Saturday 2026-04-25: its week starts on 2026-04-20, week 8 of the plan. Weeks 1–7 as above; the race
    // week is tapered like a cutback from the last build week: 16.0 × 0.85 = 13.6.
    const plan = generatePlan({ ...tenToTwentyMiles, raceDate: '2026-04-25' });
    expect(plan.weeks.length).toBe(8);
    expect(plan.weeks[7]).toEqual({
      weekStart: '2026-04-20',
      plannedMetres: toMetres(13.6, 'mi'),
      kind: 'race',
    });
    expect(plan.targetReached).toBeFalse();
    expect(plan.peakMetres).toBe(toMetres(16, 'mi'));
    expect(plan.shortfall).toBe(
      'Building at most 10 % a week, the plan reaches 16.0 mi before the race week of 2026-04-20, short of the 20.0 mi target.',
    );
  });

  it('holds at the target until a later race, keeping the cutbacks', () => {
    // 10 → 12 mi, race in week 7 (2026-04-13): 10.0, 11.0, 12.0 (12.1 capped), cutback 12.0 × 0.85 = 10.2,
    // 12.0 hold, 12.0 hold, race 10.2.
    const plan = generatePlan({
      ...tenToTwentyMiles,
      targetMetres: toMetres(12, 'mi'),
      raceDate: '2026-04-15',
    });
    expect(plan.weeks.map((w) => [miles(w.plannedMetres), w.kind])).toEqual([
      [10, 'hold'],
      [11, 'build'],
      [12, 'build'],
      [10.2, 'cutback'],
      [12, 'hold'],
      [12, 'hold'],
      [10.2, 'race'],
    ]);
    expect(plan.targetReached).toBeTrue();
  });

  it('uses the settings it is given: 5 % a week, a cutback every 3rd week at 80 %', () => {
    // 10.0; 10.5; cutback 10.5 × 0.8 = 8.4; 10.5 × 1.05 = 11.025 → 11.0; 11.0 × 1.05 = 11.55 → 11.5;
    // cutback 11.5 × 0.8 = 9.2; 11.5 × 1.05 = 12.075 → 12.0 (target).
    const plan = generatePlan({
      ...tenToTwentyMiles,
      targetMetres: toMetres(12, 'mi'),
      maxWeeklyIncreasePercent: 5,
      cutbackEvery: 3,
      cutbackPercent: 80,
    });
    expect(plan.weeks.map((w) => miles(w.plannedMetres))).toEqual([
      10, 10.5, 8.4, 11, 11.5, 9.2, 12,
    ]);
  });

  it('plans no cutbacks when they are switched off', () => {
    const plan = generatePlan({ ...tenToTwentyMiles, cutbackEvery: null });
    expect(plan.weeks.some((w) => w.kind === 'cutback')).toBeFalse();
    // 10, 11, 12.1, 13.3, 14.6, 16.0, 17.6, 19.3, 20.0
    expect(plan.weeks.length).toBe(9);
  });

  it('reports a plan that cannot build because 10 % is less than 0.1 of the unit', () => {
    // 0.5 mi × 1.1 = 0.55 → 0.5: no week can build on it.
    const plan = generatePlan({ ...tenToTwentyMiles, baselineMetres: toMetres(0.5, 'mi') });
    expect(plan.weeks.length).toBe(1);
    expect(plan.targetReached).toBeFalse();
    expect(plan.shortfall).toBe(
      'From 0.5 mi a week, a 10 % increase is less than 0.1 mi, so the plan cannot build towards 20.0 mi: start ' +
        'from a higher weekly distance, allow a larger increase or use the walk–jog levels.',
    );
    // With a race the plan holds at 0.5 mi (cutting back every 4th week) until the race week.
    const race = generatePlan({
      ...tenToTwentyMiles,
      baselineMetres: toMetres(0.5, 'mi'),
      raceDate: '2026-03-28',
    });
    expect(race.weeks.map((w) => [miles(w.plannedMetres), w.kind])).toEqual([
      [0.5, 'hold'],
      [0.5, 'hold'],
      [0.5, 'hold'],
      [0.4, 'race'],
    ]);
    expect(race.shortfall).toContain('From 0.5 mi a week');
  });

  it('is one week when the baseline already meets the target', () => {
    const plan = generatePlan({ ...tenToTwentyMiles, targetMetres: toMetres(10, 'mi') });
    expect(plan.weeks).toEqual([
      { weekStart: '2026-03-02', plannedMetres: toMetres(10, 'mi'), kind: 'hold' },
    ]);
    expect(plan.targetReached).toBeTrue();
  });

  it('stops at 104 weeks', () => {
    const plan = generatePlan({
      ...tenToTwentyMiles,
      maxWeeklyIncreasePercent: 1,
      targetMetres: toMetres(100, 'mi'),
    });
    expect(plan.weeks.length).toBe(maxPlanWeeks);
    expect(plan.shortfall).toContain('stops after 104 weeks');
  });

  it('refuses a start that is not a Monday and a race before the start', () => {
    expect(() => generatePlan({ ...tenToTwentyMiles, startWeek: '2026-03-03' })).toThrowError(
      RangeError,
    );
    expect(() => generatePlan({ ...tenToTwentyMiles, raceDate: '2026-03-01' })).toThrowError(
      RangeError,
    );
    expect(() => generatePlan({ ...tenToTwentyMiles, cutbackEvery: 1 })).toThrowError(RangeError);
  });

  it('continues a plan from a given week, keeping the weeks before it and the cutback rhythm', () => {
    const settings = withPlanDefaults(tenToTwentyMiles);
    const original = generatePlan(settings).weeks;
    // Keep weeks 1–5 (week 4 the cutback), hold week 6 at 13.3; week 7 builds 13.3 × 1.1 = 14.63 → 14.6; week 8,
    // the 4th week since the cutback, is a cutback again: 14.6 × 0.85 = 12.41 → 12.4.
    const continued = continuePlan(settings, original.slice(0, 5), {
      weekStart: '2026-04-06',
      baseMetres: toMetres(13.3, 'mi'),
    });
    expect(continued.weeks.slice(0, 5)).toEqual(original.slice(0, 5));
    expect(continued.weeks.slice(5, 8).map((w) => [miles(w.plannedMetres), w.kind])).toEqual([
      [13.3, 'hold'],
      [14.6, 'build'],
      [12.4, 'cutback'],
    ]);
  });

  it('makes the restart week a cutback when one is due', () => {
    const settings = withPlanDefaults(tenToTwentyMiles);
    const original = generatePlan(settings).weeks;
    // Weeks 5–7 built without a lighter week; restarting week 8 at 15.0 makes it the cutback: 15.0 × 0.85 = 12.75
    // → 12.7, and week 9 builds on the 15.0 base: 16.5.
    const continued = continuePlan(settings, original.slice(0, 7), {
      weekStart: '2026-04-20',
      baseMetres: toMetres(15, 'mi'),
    });
    expect(continued.weeks.slice(7, 9).map((w) => [miles(w.plannedMetres), w.kind])).toEqual([
      [12.7, 'cutback'],
      [16.5, 'build'],
    ]);
  });
});

describe('plan progression steps', () => {
  const settings = withPlanDefaults(tenToTwentyMiles);

  it('builds at most the setting, rounded down to 0.1 of the unit, never past the target', () => {
    // 13.3 × 1.1 = 14.63 → 14.6; 19.3 × 1.1 = 21.23 → 20.0 (target).
    expect(miles(nextBuildMetres(toMetres(13.3, 'mi'), settings))).toBe(14.6);
    expect(miles(nextBuildMetres(toMetres(19.3, 'mi'), settings))).toBe(20);
  });

  it('cuts back to 85 % rounded down', () => {
    // 12.1 × 0.85 = 10.285 → 10.2.
    expect(miles(cutbackMetres(toMetres(12.1, 'mi'), settings))).toBe(10.2);
  });

  it('counts a week at 85 % as the therapist reads it as lighter', () => {
    // 85 % of 12.1 mi is 10.285, shown as 10.3: 10.3 counts, 10.4 does not.
    expect(isLighterWeek(toMetres(12.1, 'mi'), toMetres(10.3, 'mi'), settings)).toBeTrue();
    expect(isLighterWeek(toMetres(12.1, 'mi'), toMetres(10.4, 'mi'), settings)).toBeFalse();
  });
});

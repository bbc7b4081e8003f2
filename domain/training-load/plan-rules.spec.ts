import { toMetres } from './distance';
import { generatePlan, withPlanDefaults, type PlannedWeek } from './plan-generator';
import { planRuleFlags } from './plan-rules';

const settings = withPlanDefaults({
  baselineMetres: toMetres(10, 'mi'),
  targetMetres: toMetres(20, 'mi'),
  startWeek: '2026-03-02',
  unit: 'mi',
});
const generated = generatePlan(settings).weeks;
/** The generated 10 → 20 mi plan with some weeks set by hand, in miles. */
const edited = (changes: Record<number, number>): PlannedWeek[] =>
  generated.map((w, i) => (i in changes ? { ...w, plannedMetres: toMetres(changes[i], 'mi') } : w));

describe('plan rules', () => {
  it('finds nothing wrong with a generated plan, in miles or kilometres, at any setting', () => {
    for (const unit of ['mi', 'km'] as const) {
      for (const baseline of [1, 3.3, 10, 25.7]) {
        for (const [max, every, cut] of [
          [10, 4, 85],
          [5, 3, 80],
          [15, 5, 85],
          [7.5, 4, 90],
        ]) {
          const s = withPlanDefaults({
            baselineMetres: toMetres(baseline, unit),
            targetMetres: toMetres(baseline * 4, unit),
            startWeek: '2026-03-02',
            maxWeeklyIncreasePercent: max,
            cutbackEvery: every,
            cutbackPercent: cut,
            raceDate: baseline === 10 ? '2026-09-19' : null,
            unit,
          });
          expect(planRuleFlags(generatePlan(s).weeks, s))
            .withContext(JSON.stringify(s))
            .toEqual([]);
        }
      }
    }
  });

  it('flags a hand-edited week that rises more than 10 % on the week before', () => {
    // Week 3 set to 12.5 mi: (12.5 − 11.0) / 11.0 = 13.6 %.
    const flags = planRuleFlags(edited({ 2: 12.5 }), settings);
    expect(flags.length).toBe(1);
    expect(flags[0]).toEqual(
      jasmine.objectContaining({
        id: 'plan-increase:2026-03-16',
        rule: 'plan-increase',
        severity: 'amber',
      }),
    );
    expect(flags[0].message).toBe(
      '12.5 mi is 13.6 % more than the week before (11.0 mi); the plan builds at most 10 % a week.',
    );
    expect(flags[0].source.note).toContain('not proven protection');
  });

  it('does not flag exactly 10 %, nor any decrease', () => {
    // 11.0 → 12.1 is 10 %; the last week lowered from 20.0 to 19.5 is 1 % above 19.3.
    expect(planRuleFlags(edited({ 1: 11, 2: 12.1 }), settings)).toEqual([]);
    expect(planRuleFlags(edited({ 10: 19.5 }), settings)).toEqual([]);
  });

  it('compares the week after a cutback with the week before the cutback', () => {
    // Week 3 lowered to 11.5 mi and its cutback to 9.7 (85 % of 11.5 = 9.775); week 5 at 13.3 is
    // (13.3 − 11.5) / 11.5 = 15.7 % above week 3.
    const flags = planRuleFlags(edited({ 2: 11.5, 3: 9.7 }), settings);
    expect(flags.map((f) => f.id)).toEqual(['plan-increase:2026-03-30']);
    expect(flags[0].message).toBe(
      '13.3 mi is 15.7 % more than the week of 2026-03-16 before the cutback (11.5 mi); the plan builds at most 10 % a week.',
    );
  });

  it('flags week 1 against the baseline', () => {
    // 11.5 vs the 10.0 mi baseline: 15 %; week 2 (11.0) is then a decrease.
    const flags = planRuleFlags(edited({ 0: 11.5 }), settings);
    expect(flags.map((f) => f.message)).toEqual([
      '11.5 mi is 15 % more than the baseline (10.0 mi); the plan builds at most 10 % a week.',
    ]);
  });

  it('flags a missing cutback on the 4th week without a lighter week', () => {
    // The week-4 cutback edited from 10.2 up to 12.1: weeks 1–4 have no lighter week. 85 % of 12.1 is 10.285 → 10.2.
    const flags = planRuleFlags(edited({ 3: 12.1 }), settings);
    expect(flags.map((f) => f.id)).toEqual(['plan-cutback-missing:2026-03-23']);
    expect(flags[0].message).toBe(
      "No lighter week in the 4 weeks to this one: the plan's setting is a cutback every 4 weeks, here about 10.2 mi (85 % of the week before).",
    );
    expect(flags[0].source.practice).toBeTrue();
  });

  it('accepts a cutback typed at 85 % as the therapist reads it', () => {
    // 85 % of 12.1 = 10.285, shown as 10.3.
    expect(planRuleFlags(edited({ 3: 10.3 }), settings)).toEqual([]);
    expect(planRuleFlags(edited({ 3: 10.4 }), settings).map((f) => f.rule)).toEqual([
      'plan-cutback-missing',
    ]);
  });

  it('checks no cutbacks when the plan has none', () => {
    expect(planRuleFlags(edited({ 3: 12.1 }), { ...settings, cutbackEvery: null })).toEqual([]);
  });

  it('flags a week that follows a planned week of zero', () => {
    const flags = planRuleFlags(edited({ 1: 0, 3: 0 }), settings);
    expect(flags.map((f) => f.id)).toEqual(['plan-increase:2026-03-16']);
    expect(flags[0].message).toBe(
      '12.1 mi follows the week before (0.0 mi); the plan builds at most 10 % a week.',
    );
  });
});

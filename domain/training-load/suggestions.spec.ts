import { fromMetres, toMetres } from './distance';
import { flag, type Flag } from './flags';
import { generatePlan, withPlanDefaults, type RunningPlan } from './plan-generator';
import { planRuleFlags } from './plan-rules';
import type { WeeklyRunTotal } from './run-log';
import { sources } from './sources';
import { applySuggestion, suggestionsFor } from './suggestions';

// The 10 → 20 mi plan from Monday 2026-03-02 (see plan-generator.spec.ts):
//   w1 03-02 10.0 hold, w2 03-09 11.0, w3 03-16 12.1, w4 03-23 10.2 cutback, w5 03-30 13.3, w6 04-06 14.6,
//   w7 04-13 16.0, w8 04-20 13.6 cutback, w9 04-27 17.6, w10 05-04 19.3, w11 05-11 20.0
const settings = withPlanDefaults({
  baselineMetres: toMetres(10, 'mi'),
  targetMetres: toMetres(20, 'mi'),
  startWeek: '2026-03-02',
  unit: 'mi',
});
const plan: RunningPlan = { settings, weeks: generatePlan(settings).weeks };
const miles = (weeks: readonly { plannedMetres: number }[]) =>
  weeks.map((w) => fromMetres(w.plannedMetres, 'mi'));

/** What was run, in miles, from week 1. */
function ran(mi: readonly number[]): WeeklyRunTotal[] {
  return mi.map((m, i) => ({
    weekStart: plan.weeks[i].weekStart,
    metres: toMetres(m, 'mi'),
    runs: 3,
    minutes: 0,
    maxPainDuring: 0,
    maxPainNextMorning: null,
  }));
}

describe('suggestions', () => {
  // Week 5 run at 14.5 mi instead of 13.3, next-morning pain 6; today is Thursday of week 5.
  const totals = ran([10, 11, 12.1, 10.2, 14.5]);
  const painFlag = flag(
    'next-morning-pain',
    '2026-03-30',
    'red',
    'Next-morning pain reached 6/10.',
    sources['pain-monitoring'],
  );
  const context = { plan, totals, flags: [painFlag], today: '2026-04-02' };

  it('recommends reducing for a red flag, to the last unflagged week when that is below 85 %', () => {
    const [reduce, hold] = suggestionsFor(painFlag, context);
    // 85 % of 14.5 = 12.325 → 12.3; the last week without a flag, leaving out the week-4 cutback, is week 3 at 12.1.
    expect(reduce).toEqual(
      jasmine.objectContaining({
        id: 'next-morning-pain:2026-03-30:reduce',
        kind: 'reduce',
        recommended: true,
      }),
    );
    expect(reduce.message).toBe(
      'Step back to 12.1 mi in the week of 2026-04-06 (the week of 2026-03-16, the last without a flag); later weeks build from there.',
    );
    expect(hold.kind).toBe('hold');
    expect(hold.recommended).toBeFalse();
  });

  it('takes a week still under way as at least its planned distance, not the few miles run so far', () => {
    // Tuesday of week 5 (planned 13.3 mi): 4.0 mi run so far and next-morning pain 6 already.
    const partial = { ...context, totals: ran([10, 11, 12.1, 10.2, 4]), today: '2026-03-31' };
    const hold = suggestionsFor(painFlag, partial).find((s) => s.kind === 'hold')!;
    expect(hold.message).toBe(
      "Keep the week of 2026-04-06 at 13.3 mi, no more than this week's 13.3 mi; later weeks build from there.",
    );
    // Once the week is over, what was run is what counts.
    const after = suggestionsFor(painFlag, { ...partial, today: '2026-04-06' });
    expect(after.find((s) => s.kind === 'hold')?.message ?? '').not.toContain('13.3 mi, no more');
  });

  it('reduces next week and lowers only the later weeks the 10 % rule now requires', () => {
    const [reduce] = suggestionsFor(painFlag, context);
    // w6 12.1 (was 14.6); w7 12.1 × 1.1 = 13.3; w8 cutback 13.3 × 0.85 = 11.305 → 11.3; w9 13.3 × 1.1 = 14.63 → 14.6;
    // w10 14.6 × 1.1 = 16.06 → 16.0; w11 16.0 × 1.1 = 17.6. The plan keeps its 11 weeks.
    const weeks = applySuggestion(plan, reduce, context.today);
    expect(miles(weeks)).toEqual([10, 11, 12.1, 10.2, 13.3, 12.1, 13.3, 11.3, 14.6, 16, 17.6]);
    expect(weeks.map((w) => w.kind).slice(5)).toEqual([
      'hold',
      'build',
      'cutback',
      'build',
      'build',
      'build',
    ]);
    expect(planRuleFlags(weeks, settings)).toEqual([]);
  });

  it('holds next week at this week’s distance and leaves weeks that still fit', () => {
    const hold = suggestionsFor(painFlag, context).find((s) => s.kind === 'hold')!;
    // w6 14.5 (was 14.6); w7 14.5 × 1.1 = 15.95 → 15.9; w8 cutback 15.9 × 0.85 = 13.515 → 13.5;
    // w9 15.9 × 1.1 = 17.49 → 17.4; w10 17.4 × 1.1 = 19.14 → 19.1; w11 stays 20.0 (19.1 × 1.1 = 21.0 ≥ 20).
    expect(hold.message).toBe(
      "Keep the week of 2026-04-06 at 14.5 mi, no more than this week's 14.5 mi; later weeks build from there.",
    );
    expect(miles(applySuggestion(plan, hold, context.today)).slice(5)).toEqual([
      14.5, 15.9, 13.5, 17.4, 19.1, 20,
    ]);
  });

  it('leaves out a rebuild that would plan the same weeks as the hold', () => {
    expect(suggestionsFor(painFlag, context).map((s) => s.kind)).toEqual(['reduce', 'hold']);
  });

  it('changes only weeks after the current one: past weeks and this week stay as they were', () => {
    // A flag from week 2 looked at on Wednesday of week 5: the first week it may change is week 6.
    const old = flag(
      'pain-during',
      '2026-03-09',
      'amber',
      'Pain 3/10.',
      sources['pain-monitoring'],
    );
    const today = '2026-04-01';
    for (const suggestion of suggestionsFor(old, { ...context, today })) {
      expect(suggestion.fromWeek).toBe('2026-04-06');
      const weeks = applySuggestion(plan, suggestion, today);
      expect(weeks.slice(0, 5)).toEqual(plan.weeks.slice(0, 5));
    }
  });

  it('applies a suggestion made last week from the next future week on', () => {
    const [reduce] = suggestionsFor(painFlag, context);
    // Applied on Tuesday of week 6: week 6 is under way and stays 14.6.
    const weeks = applySuggestion(plan, reduce, '2026-04-07');
    expect(weeks.slice(0, 6)).toEqual(plan.weeks.slice(0, 6));
    expect(weeks[6].weekStart).toBe('2026-04-13');
    expect(miles([weeks[6]])).toEqual([12.1]);
  });

  describe('for an amber flag on a week run below the plan', () => {
    // Week 5 run at 9.0 mi with pain 4 during; today is Sunday of week 5.
    const amber = flag(
      'pain-during',
      '2026-03-30',
      'amber',
      'Pain 4/10.',
      sources['pain-monitoring'],
    );
    const underrun = {
      plan,
      totals: ran([10, 11, 12.1, 10.2, 9]),
      flags: [amber],
      today: '2026-04-05',
    };

    it('recommends hold, then reduce at 85 %, then rebuild', () => {
      const suggestions = suggestionsFor(amber, underrun);
      expect(suggestions.map((s) => [s.kind, s.recommended])).toEqual([
        ['hold', true],
        ['reduce', false],
        ['rebuild', false],
      ]);
      // 85 % of 9.0 = 7.65 → 7.6, below the last unflagged week (12.1).
      expect(suggestions[1].message).toBe(
        "Step back to 7.6 mi in the week of 2026-04-06 (85 % of this week's 9.0 mi); later weeks build from there.",
      );
    });

    it('holds within the plan’s 11 weeks, where rebuild plans on until the target', () => {
      const [hold, , rebuild] = suggestionsFor(amber, underrun);
      // Hold: w6 9.0; w7 9.9; w8 cutback 9.9 × 0.85 = 8.415 → 8.4; w9 9.9 × 1.1 = 10.89 → 10.8; w10 11.88 → 11.8;
      // w11 12.98 → 12.9.
      expect(miles(applySuggestion(plan, hold, underrun.today)).slice(5)).toEqual([
        9, 9.9, 8.4, 10.8, 11.8, 12.9,
      ]);
      // Rebuild: the generator again from 9.0 in w6. A week at 9.0 after 13.3 is itself lighter (≤ 85 %), so the
      // next cutback is 4 weeks on: w7 9.9, w8 10.8 (10.89), w9 11.8 (11.88), w10 cutback 11.8 × 0.85 = 10.03 → 10.0,
      // w11 12.9 (12.98), w12 14.1 (14.19), w13 15.5 (15.51), w14 cutback 15.5 × 0.85 = 13.175 → 13.1,
      // w15 17.0 (17.05), w16 18.7, w17 20.0 (20.57 capped at the target).
      expect(rebuild.message).toBe(
        "Rebuild the plan from this week's 9.0 mi: from the week of 2026-04-06, at most 10 % a week towards 20.0 mi.",
      );
      const rebuilt = applySuggestion(plan, rebuild, underrun.today);
      expect(miles(rebuilt).slice(5)).toEqual([
        9, 9.9, 10.8, 11.8, 10, 12.9, 14.1, 15.5, 13.1, 17, 18.7, 20,
      ]);
      expect(rebuilt.slice(0, 5)).toEqual(plan.weeks.slice(0, 5));
      expect(planRuleFlags(rebuilt, settings)).toEqual([]);
      expect(planRuleFlags(applySuggestion(plan, hold, underrun.today), settings)).toEqual([]);
    });
  });

  it('recommends nothing for an informational flag', () => {
    const info = flag(
      'acute-chronic-ratio',
      '2026-03-30',
      'info',
      'Ratio 1.4.',
      sources['acute-chronic-ratio'],
    );
    const suggestions = suggestionsFor(info, { ...context, flags: [info] });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.some((s) => s.recommended)).toBeFalse();
  });

  it('offers nothing after the race week, nor for flags on the plan itself', () => {
    const racePlan: RunningPlan = {
      settings: { ...settings, raceDate: '2026-04-25' },
      weeks: plan.weeks.slice(0, 8),
    };
    expect(suggestionsFor(painFlag, { ...context, plan: racePlan, today: '2026-04-22' })).toEqual(
      [],
    );
    const planFlag: Flag = flag(
      'plan-increase',
      '2026-03-16',
      'amber',
      '',
      sources['ten-percent-rule'],
    );
    expect(suggestionsFor(planFlag, context)).toEqual([]);
  });
});

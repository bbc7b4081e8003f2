import { moveSession } from './week-schedule';
import { comparePlans, planChangeSummary } from './plan-changes';
import { swimBikePlan } from './sample-plan';

describe('cross-training plan changes', () => {
  it('summarises a first plan by its sessions and weeks', () => {
    expect(planChangeSummary(null, swimBikePlan())).toBe('Plan made: 2 sessions over 6 weeks.');
  });

  it('names sessions added, removed and changed, with what changed', () => {
    const before = swimBikePlan();
    const moved = moveSession(before, 'bike', 'sat', 'fri');
    const after = {
      ...moved,
      weeks: 8,
      sessions: [
        { ...moved.sessions[1]!, minutes: 25, intensity: { kind: 'rpe' as const, rpe: 5 } },
        { ...moved.sessions[0]!, id: 'ellip', modality: 'elliptical' as const },
      ],
    };
    const comparison = comparePlans(before, after);
    expect(comparison.added.map((s) => s.id)).toEqual(['ellip']);
    expect(comparison.removed.map((s) => s.id)).toEqual(['swim']);
    expect(comparison.changed[0]!.changes).toEqual([
      '20 → 25 min',
      'heart-rate zone 4 → effort 5 — Strong (heavy)',
      'days Thu, Sat → Thu, Fri',
    ]);
    expect(planChangeSummary(before, after)).toBe(
      'Added Elliptical; removed Swimming; changed Stationary cycling (20 → 25 min; heart-rate zone 4 → effort 5 — ' +
        "Strong (heavy); days Thu, Sat → Thu, Fri); changed the plan's 6 → 8 weeks.",
    );
  });

  it('says when nothing changed', () => {
    expect(planChangeSummary(swimBikePlan(), swimBikePlan())).toBe('Saved without changes.');
  });
});

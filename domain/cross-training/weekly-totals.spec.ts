import { weeklyTotals } from './weekly-totals';
import { swimBikePlan } from './sample-plan';

describe('weekly cross-training totals', () => {
  it('adds minutes and sessions per modality, week by week', () => {
    const [first, second] = weeklyTotals(swimBikePlan());
    // Week 1: swim 30 × 1, bike 20 × 2. Week 2 (+10 %): swim 33 × 1, bike 22 × 2.
    expect(first).toEqual({
      week: 0,
      minutes: 70,
      sessions: 3,
      byModality: [
        { modality: 'swimming', minutes: 30, sessions: 1 },
        { modality: 'stationary_cycling', minutes: 40, sessions: 2 },
      ],
      // Swim RPE 4 is moderate (30); bike zone 4 is vigorous and counts twice (80).
      moderateEquivalentMinutes: 110,
    });
    expect(second!.minutes).toBe(77);
    expect(second!.moderateEquivalentMinutes).toBe(33 + 2 * 44);
  });

  it('has one zero week per planned week without sessions', () => {
    const totals = weeklyTotals(swimBikePlan({ sessions: [], weeks: 2 }));
    expect(totals.map((t) => [t.minutes, t.sessions, t.byModality.length])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});

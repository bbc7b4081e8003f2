import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { weeklyTotals } from '@domain/cross-training/weekly-totals';
import { modalityColours, totalsChartConfig, totalsChartSummary } from './totals-chart-data';

describe('weekly totals chart data', () => {
  const totals = weeklyTotals(swimBikePlan());

  it('stacks each activity’s weekly minutes, one bar per plan week', () => {
    const config = totalsChartConfig(totals, true);
    expect(config.data.labels).toEqual([
      'Week 1',
      'Week 2',
      'Week 3',
      'Week 4',
      'Week 5',
      'Week 6',
    ]);
    expect(config.data.datasets.map((d) => [d.label, d.stack, d.backgroundColor])).toEqual([
      ['Swimming', 'minutes', modalityColours.swimming],
      ['Stationary cycling', 'minutes', modalityColours.stationary_cycling],
    ]);
    expect(config.data.datasets[0]!.data).toEqual([30, 33, 36, 40, 44, 45]);
    expect(config.data.datasets[1]!.data.slice(0, 2)).toEqual([40, 44]);
    expect(config.options!.animation).toBeFalse();
    expect(totalsChartConfig(totals, false).options!.animation).toBeUndefined();
  });

  it('puts zero in the weeks an activity is not planned', () => {
    const shorter = weeklyTotals(swimBikePlan({ weekEdits: [] }));
    const withGap = [shorter[0]!, { ...shorter[1]!, byModality: shorter[1]!.byModality.slice(1) }];
    expect(totalsChartConfig(withGap, true).data.datasets[0]!.data).toEqual([30, 0]);
  });

  it('sums the chart up in one sentence, and says when there is nothing to chart', () => {
    expect(totalsChartSummary(totals)).toBe(
      'Weekly cross-training minutes by activity (swimming, stationary cycling) over 6 weeks: 70 min in week 1 to ' +
        '109 min in week 6. The table below gives every number.',
    );
    expect(totalsChartSummary([])).toBe('Weekly cross-training minutes: no weeks planned.');
  });
});

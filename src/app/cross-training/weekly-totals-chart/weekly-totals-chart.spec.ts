import { TestBed } from '@angular/core/testing';
import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { weeklyTotals } from '@domain/cross-training/weekly-totals';
import { Chart } from 'chart.js';
import { WeeklyTotalsChart } from './weekly-totals-chart';

describe('WeeklyTotalsChart', () => {
  it('draws stacked weekly minutes, named by its summary, and redraws when the totals change', async () => {
    const fixture = TestBed.createComponent(WeeklyTotalsChart);
    fixture.componentRef.setInput('totals', weeklyTotals(swimBikePlan()));
    await fixture.whenStable();
    const canvas = (fixture.nativeElement as HTMLElement).querySelector('canvas')!;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toContain('70 min in week 1 to 109 min in week 6');
    const chart = Chart.getChart(canvas)!;
    expect(chart.data.datasets.map((d) => d.label)).toEqual(['Swimming', 'Stationary cycling']);

    fixture.componentRef.setInput('totals', weeklyTotals(swimBikePlan({ weeks: 3 })));
    await fixture.whenStable();
    expect(chart.data.labels).toEqual(['Week 1', 'Week 2', 'Week 3']);
    fixture.destroy();
  });
});

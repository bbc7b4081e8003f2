import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { acuteChronicRatios } from '@domain/training-load/load-checks';
import { weeklyTotals } from '@domain/training-load/run-log';
import { Chart } from 'chart.js';
import {
  runningToday,
  sampleMileagePlan,
  sampleRuns,
} from '../../../testing/sample-running';
import { selectFlags, selectLoadFlags, selectLoadWeeks } from '../state/running.selectors';
import { TrainingLoadChart } from './training-load-chart';

const plan = sampleMileagePlan();
const mileage = { settings: plan.settings, weeks: plan.weeks };
const totals = weeklyTotals(sampleRuns(), runningToday);
const flags = selectFlags.projector(selectLoadFlags.projector(totals, mileage, 'mi'), []);
const weeks = selectLoadWeeks.projector(mileage, totals, acuteChronicRatios(totals), flags);

describe('TrainingLoadChart', () => {
  let fixture: ComponentFixture<TrainingLoadChart>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(TrainingLoadChart);
    fixture.componentRef.setInput('weeks', weeks);
    fixture.componentRef.setInput('unit', 'mi');
    fixture.componentRef.setInput('weeklyIncreasePercent', 10);
    fixture.componentRef.setInput('today', runningToday);
    fixture.componentRef.setInput('fileName', 'running-ana-silva-2026-11-25');
    element = fixture.nativeElement;
    await fixture.whenStable();
    // The chart draws in the frame after the tab's first layout.
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });

  function canvas(): HTMLCanvasElement {
    return element.querySelector('canvas')!;
  }

  function button(label: string): HTMLButtonElement {
    return [...element.querySelectorAll<HTMLButtonElement>('button')].find((candidate) =>
      candidate.textContent!.trim().endsWith(label),
    )!;
  }

  function tableRow(week: string): string[] {
    const row = [...element.querySelectorAll('#load-chart-table tbody tr')].find(
      (candidate) => candidate.querySelector('th')!.textContent!.trim() === week,
    )!;
    return [...row.children].map((cell) => cell.textContent!.trim());
  }

  it('draws the chart with chart.js on a canvas named by a summary of its numbers', () => {
    const chart = Chart.getChart(canvas())!;
    expect(chart).toBeDefined();
    expect(chart.data.datasets.map((dataset) => dataset.label)).toContain('Planned distance (mi)');
    expect(canvas().getAttribute('role')).toBe('img');
    expect(canvas().getAttribute('aria-label')).toContain(
      'Weekly running distance chart, 11 weeks from the week of Oct 5, 2026',
    );
    expect(element.querySelector('.key')!.textContent).toContain(
      "from the planned distance up to the planned distance plus the plan's weekly increase (10 %)",
    );
  });

  it('shows the same numbers as a table on request', async () => {
    expect(element.querySelector('#load-chart-table table')).toBeNull();
    const toggle = button('Show as table');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const headers = [...element.querySelectorAll('#load-chart-table thead th')].map((th) =>
      th.textContent!.trim(),
    );
    expect(headers).toEqual([
      'Week of',
      'Planned',
      'Safe range',
      'Actual',
      'Runs',
      'Next-morning pain',
      'Acute:chronic ratio',
      'Flags',
    ]);
    expect(tableRow('Nov 16, 2026').slice(0, 7)).toEqual([
      'Nov 16, 2026',
      '16.0',
      '16.0–17.6',
      '19.6',
      '1',
      '6/10',
      '1.58 (informational)',
    ]);
    expect(button('Hide the table')).toBeDefined();
  });

  it('switches the unit between miles and kilometres', async () => {
    button('Show as table').click();
    await fixture.whenStable();
    const km = [...element.querySelectorAll<HTMLElement>('mat-button-toggle button')][1];
    km.click();
    await fixture.whenStable();
    expect(element.querySelector('#load-chart-table caption')!.textContent).toContain('in km');
    expect(tableRow('Nov 16, 2026')[3]).toBe('31.5');
    expect(Chart.getChart(canvas())!.data.datasets[0].label).toBe('Actual weekly distance (km)');
  });

  it('adds the ratio line on request', async () => {
    const box = element.querySelector<HTMLInputElement>('mat-checkbox input')!;
    box.click();
    await fixture.whenStable();
    const labels = Chart.getChart(canvas())!.data.datasets.map((dataset) => dataset.label);
    expect(labels).toContain('Acute:chronic ratio (informational)');
  });

  it('saves the chart as a PNG named for the patient and the day', () => {
    const click = spyOn(HTMLAnchorElement.prototype, 'click');
    button('Save as PNG').click();
    const saved = click.calls.mostRecent().object as HTMLAnchorElement;
    expect(saved.download).toBe('running-ana-silva-2026-11-25.png');
    expect(saved.href).toMatch(/^data:image\/png;base64,/);
  });
});

import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Params } from '@angular/router';
import { Chart } from 'chart.js';
import { marcusId, sampleSummary } from '../../../testing/sample-caseload';
import { caseloadCharts } from '../caseload-charts';
import { defaultView } from '../caseload-view';
import { CaseloadChart } from './caseload-chart';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('CaseloadChart', () => {
  let fixture: ComponentFixture<CaseloadChart>;
  let element: HTMLElement;
  const [active] = caseloadCharts(sampleSummary(), defaultView, 'en-US');

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    fixture = TestBed.createComponent(CaseloadChart);
    fixture.componentRef.setInput('chart', active);
    element = fixture.nativeElement;
    element.style.display = 'block';
    element.style.width = '480px';
    document.body.appendChild(element);
    await fixture.whenStable();
    await nextFrame();
  });

  afterEach(() => element.remove());

  it('names the canvas with what the chart shows', () => {
    const canvas = element.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe(
      'Active caseload per therapist. Stacked bars by diagnosis: Marcus Bell 2 patients, Priya Raman 3 patients.',
    );
  });

  it('asks for the patients of the bar segment clicked', async () => {
    const picked: Params[] = [];
    fixture.componentInstance.picked.subscribe((params) => picked.push(params));
    const canvas = element.querySelector('canvas')!;
    const chart = Chart.getChart(canvas)!;
    // Dataset 1 is IT band; bar 0 is Marcus Bell.
    const bar = chart.getDatasetMeta(1).data[0];
    const box = canvas.getBoundingClientRect();
    const at = { clientX: box.left + bar.x, clientY: box.top + bar.y + 2, bubbles: true };
    canvas.dispatchEvent(new MouseEvent('mousemove', at));
    canvas.dispatchEvent(new MouseEvent('click', at));
    // Chart.js handles pointer events in the next animation frame.
    await nextFrame();
    expect(picked).toEqual([{ therapistId: marcusId, diagnosis: 'itbs', status: 'active' }]);
  });

  it('shows the same numbers as a table whose numbers open the patients', async () => {
    expect(element.querySelector('table')).toBeNull();
    const toggle = [...element.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Show as table'),
    )!;
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.trim()),
    );
    expect(rows).toEqual([
      ['Marcus Bell', '0', '2', '2'],
      ['Priya Raman', '2', '1', '3'],
    ]);
    const link = new URL(element.querySelector<HTMLAnchorElement>('tbody tr a')!.href);
    expect(link.pathname).toBe('/patients');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      therapistId: marcusId,
      diagnosis: 'patellofemoral_pain',
      status: 'active',
    });
  });
});

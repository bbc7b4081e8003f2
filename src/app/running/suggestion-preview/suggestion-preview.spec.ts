import { ComponentFixture, TestBed } from '@angular/core/testing';
import { weeklyTotals } from '@domain/training-load/run-log';
import {
  runningToday,
  sampleMileagePlan,
  sampleRuns,
} from '../../../testing/sample-running';
import {
  selectFlagItems,
  selectLoadFlags,
  selectSuggestionPreview,
} from '../state/running.selectors';
import { SuggestionPreview } from './suggestion-preview';

const plan = sampleMileagePlan();
const mileage = { settings: plan.settings, weeks: plan.weeks };
const totals = weeklyTotals(sampleRuns(), runningToday);
const items = selectFlagItems.projector(
  selectLoadFlags.projector(totals, mileage, 'mi'),
  mileage,
  totals,
  runningToday,
);
const preview = selectSuggestionPreview.projector(
  'next-morning-pain:2026-11-16:reduce',
  items,
  plan,
  runningToday,
)!;

describe('SuggestionPreview', () => {
  let fixture: ComponentFixture<SuggestionPreview>;
  let element: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(SuggestionPreview);
    fixture.componentRef.setInput('preview', preview);
    fixture.componentRef.setInput('unit', 'mi');
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  function button(label: string): HTMLButtonElement {
    return [...element.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent!.trim() === label,
    )!;
  }

  it('shows what the suggestion changes, future weeks only, and lands focus on it', () => {
    expect(element.querySelector('h3')!.textContent!.trim()).toBe('Reduce: what changes');
    expect(document.activeElement).toBe(element.querySelector('h3'));
    const rows = [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.trim()),
    );
    expect(rows[0]).toEqual(['Nov 30, 2026', '17.6 mi, build', '13.0 mi, hold']);
    expect(rows.every((row) => row[0] !== 'Nov 23, 2026')).toBeTrue();
    expect(element.textContent).toContain('every earlier version stays in the plan');
  });

  it('applies or cancels', () => {
    let applied = 0;
    let closed = 0;
    fixture.componentInstance.applied.subscribe(() => applied++);
    fixture.componentInstance.closed.subscribe(() => closed++);
    button('Apply and save').click();
    button('Cancel').click();
    expect([applied, closed]).toEqual([1, 1]);
  });

  it('says why applying failed, and offers Retry', async () => {
    fixture.componentRef.setInput('failure', "Stride Rx can't reach the server.");
    await fixture.whenStable();
    expect(element.querySelector('.alert')!.textContent).toContain(
      "Couldn't apply it. Stride Rx can't reach the server.",
    );
    expect(button('Retry')).toBeDefined();
  });
});

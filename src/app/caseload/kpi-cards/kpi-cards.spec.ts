import { TestBed } from '@angular/core/testing';
import { sampleSummary } from '../../../testing/sample-caseload';
import { KpiCards } from './kpi-cards';

describe('KpiCards', () => {
  it('shows the six headline figures with what each counts', async () => {
    const fixture = TestBed.createComponent(KpiCards);
    fixture.componentRef.setInput('summary', sampleSummary());
    await fixture.whenStable();
    const cards = [...(fixture.nativeElement as HTMLElement).querySelectorAll('li')].map((li) => [
      li.querySelector('.label')!.textContent!.trim(),
      li.querySelector('.value')!.textContent!.trim(),
    ]);
    expect(cards).toEqual([
      ['Active patients', '5'],
      ['New this week', '1'],
      ['Discharged this month', '2'],
      ['Average active caseload', '2.5'],
      ['Flagged this week', '2'],
      ['Programs not updated', '1'],
    ]);
  });
});

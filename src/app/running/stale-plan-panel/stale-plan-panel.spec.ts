import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { RunningPlanDto } from '@domain/contracts/running';
import { sampleMileagePlan, sampleWalkJogPlan } from '../../../testing/sample-running';
import { draftOf } from '../state/running.feature';
import { type PlanConflict, selectPlanConflict } from '../state/running.selectors';
import { StalePlanPanel } from './stale-plan-panel';

const mine = sampleMileagePlan();
const theirs = sampleMileagePlan({
  version: 3,
  updatedAt: '2026-11-24T09:00:00.000Z',
  weeks: mine.weeks.map((week, i) => (i === 8 ? { ...week, plannedMetres: 27359 } : week)),
});
const myWeeks = draftOf(mine).map((week, i) => (i === 9 ? { ...week, distance: 18 } : week));
const conflict = selectPlanConflict.projector(
  {
    status: 'stale',
    error: { error: 'stale_version', message: 'Stale.' },
    current: theirs,
    request: { version: 2, distanceUnit: 'mi', weeks: myWeeks as never },
    origin: 'edit',
  },
  mine,
  [draftOf(mine)],
);

describe('StalePlanPanel', () => {
  let fixture: ComponentFixture<StalePlanPanel>;
  let element: HTMLElement;

  async function render(
    lost: 'edit' | 'new-plan',
    shown: PlanConflict | null,
    current: RunningPlanDto = theirs,
  ): Promise<void> {
    fixture = TestBed.createComponent(StalePlanPanel);
    fixture.componentRef.setInput('current', current);
    fixture.componentRef.setInput('lost', lost);
    fixture.componentRef.setInput('conflict', shown);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  function buttons(): HTMLButtonElement[] {
    return [...element.querySelectorAll<HTMLButtonElement>('button')];
  }

  it('shows the saved weeks beside the edits and what keeping the changes saves', async () => {
    await render('edit', conflict);
    expect(element.querySelector('h3')!.textContent).toContain(
      'Someone else saved this plan while you were editing',
    );
    expect(document.activeElement).toBe(element.querySelector('h3'));
    expect(element.textContent).toContain('Their save is version 3');
    const rows = [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.trim()),
    );
    expect(rows).toEqual([
      ['Nov 30, 2026', '17.0 mi, build', '17.6 mi, build', '17.0 mi, build'],
      ['Dec 7, 2026', '19.3 mi, build', '18.0 mi, build', '18.0 mi, build'],
    ]);
    let kept = 0;
    let took = 0;
    fixture.componentInstance.keptMine.subscribe(() => kept++);
    fixture.componentInstance.tookSaved.subscribe(() => took++);
    const [keep, take] = buttons();
    expect(keep.textContent!.trim()).toBe('Keep my changes');
    expect(take.textContent!.trim()).toBe('Use the saved plan');
    keep.click();
    take.click();
    expect([kept, took]).toEqual([1, 1]);
  });

  it('offers only the saved plan when the edits cannot go on top of it', async () => {
    await render('edit', null, sampleWalkJogPlan({ version: 2 }));
    expect(element.textContent).toContain('Their plan is of another kind');
    expect(buttons().map((button) => button.textContent!.trim())).toEqual(['Use the saved plan']);
  });

  it('lets a new plan replace the one someone else made first, as the next version', async () => {
    await render('new-plan', null);
    expect(element.querySelector('h3')!.textContent).toContain(
      'A plan was saved for this patient while you were making one',
    );
    expect(element.textContent).toContain(
      'Saved now: Mileage plan: 11 weeks from the week of Oct 5, 2026, 10.0 mi to a peak of 20.0 mi.',
    );
    expect(buttons().map((button) => button.textContent!.trim())).toEqual([
      'Keep mine as the next version',
      'Use the saved plan',
    ]);
  });
});

import { ComponentFixture, TestBed } from '@angular/core/testing';
import { weeklyTotals } from '@domain/training-load/run-log';
import {
  runningToday,
  sampleMileagePlan,
  sampleRuns,
} from '../../../testing/sample-running';
import { PlanDraftWeek, draftOf, initialRunningState } from '../state/running.feature';
import { selectPlanEditor } from '../state/running.selectors';
import { DistanceChange, KindChange, PlanEditor } from './plan-editor';

const plan = sampleMileagePlan();
const totals = weeklyTotals(sampleRuns(), runningToday);
const idle = initialRunningState.planSave;

function editorFor(draft: PlanDraftWeek[] | null) {
  return selectPlanEditor.projector(plan, draft, draft ? 2 : null, draft ? [draftOf(plan)] : [], idle, totals)!;
}

describe('PlanEditor', () => {
  let fixture: ComponentFixture<PlanEditor>;
  let element: HTMLElement;

  async function render(draft: PlanDraftWeek[] | null = null, readOnly = false): Promise<void> {
    fixture = TestBed.createComponent(PlanEditor);
    fixture.componentRef.setInput('editor', editorFor(draft));
    fixture.componentRef.setInput('today', runningToday);
    fixture.componentRef.setInput('readOnly', readOnly);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  function rows(): HTMLTableRowElement[] {
    return [...element.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  }

  function button(label: string): HTMLButtonElement {
    return [...element.querySelectorAll<HTMLButtonElement>('button')].find((candidate) =>
      candidate.textContent!.trim().endsWith(label),
    )!;
  }

  it('lists every planned week with its distance, kind and what was run', async () => {
    await render();
    expect(rows().length).toBe(11);
    const third = rows()[2];
    expect(third.querySelector('th')!.textContent!.trim()).toBe('Oct 19, 2026');
    expect(third.querySelector('input')!.value).toBe('12.1');
    expect(third.querySelector('input')!.getAttribute('aria-label')).toBe(
      'Planned distance in mi, week of Oct 19, 2026',
    );
    expect(third.querySelector('select')!.value).toBe('build');
    expect(third.children[3].textContent!.trim()).toBe('12.0');
    expect(rows()[8].children[3].textContent!.trim()).toBe('—');
    expect(rows()[7].querySelector('th')!.textContent).toContain('This week');
    expect(element.querySelector('.status')!.textContent).toContain(
      "Every week keeps to the plan's rules.",
    );
  });

  it('emits each change of a distance or a kind', async () => {
    await render();
    const distances: DistanceChange[] = [];
    const kinds: KindChange[] = [];
    fixture.componentInstance.distanceChanged.subscribe((change) => distances.push(change));
    fixture.componentInstance.kindChanged.subscribe((change) => kinds.push(change));
    const input = rows()[2].querySelector('input')!;
    input.value = '14';
    input.dispatchEvent(new Event('change'));
    input.value = '';
    input.dispatchEvent(new Event('change'));
    const select = rows()[4].querySelector('select')!;
    select.value = 'hold';
    select.dispatchEvent(new Event('change'));
    expect(distances).toEqual([
      { index: 2, distance: 14 },
      { index: 2, distance: null },
    ]);
    expect(kinds).toEqual([{ index: 4, kind: 'hold' }]);
  });

  it("marks an edited week that breaks the plan's rules, in words and with its source", async () => {
    await render(draftOf(plan).map((week, i) => (i === 2 ? { ...week, distance: 14 } : week)));
    const flagged = rows()[2];
    expect(flagged.classList).toContain('flagged');
    expect(flagged.querySelector('th')!.textContent).toContain('Edited');
    const check = flagged.querySelector('.flag')!.textContent!;
    expect(check).toContain('Amber:');
    expect(check).toContain('14.0 mi is 27.3 % more than the week before (11.0 mi)');
    expect(check).toContain('Source: Buist et al. 2008');
    expect(element.querySelector('.status')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      "Unsaved changes. 1 week breaks the plan's rules.",
    );
  });

  it('saves the edits as the request the contract accepts', async () => {
    const draft = draftOf(plan).map((week, i) => (i === 2 ? { ...week, distance: 14 } : week));
    await render(draft);
    const saved: unknown[] = [];
    fixture.componentInstance.saved.subscribe((request) => saved.push(request));
    button('Save plan').click();
    expect(saved).toEqual([editorFor(draft).request]);
  });

  it('says what is wrong with a week and lands on it instead of saving', async () => {
    await render(draftOf(plan).map((week, i) => (i === 1 ? { ...week, distance: null } : week)));
    const saved: unknown[] = [];
    fixture.componentInstance.saved.subscribe((request) => saved.push(request));
    const input = rows()[1].querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = element.querySelector(`#${input.getAttribute('aria-describedby')}`)!;
    expect(message.textContent).toBe('Enter the planned distance as a number.');
    button('Save plan').click();
    expect(saved).toEqual([]);
    expect(document.activeElement).toBe(input);
  });

  it('offers Undo and Discard only once something changed', async () => {
    await render();
    let undone = 0;
    fixture.componentInstance.undone.subscribe(() => undone++);
    expect(button('Undo').getAttribute('aria-disabled')).toBe('true');
    expect(button('Discard changes').getAttribute('aria-disabled')).toBe('true');
    expect(button('Save plan').getAttribute('aria-disabled')).toBe('true');
    button('Undo').click();
    expect(undone).toBe(0);
    TestBed.resetTestingModule();
    await render(draftOf(plan).map((week, i) => (i === 2 ? { ...week, distance: 12 } : week)));
    undone = 0;
    fixture.componentInstance.undone.subscribe(() => undone++);
    expect(button('Undo').getAttribute('aria-disabled')).not.toBe('true');
    button('Undo').click();
    expect(undone).toBe(1);
  });

  it('offers Retry after a failed save', async () => {
    const draft = draftOf(plan).map((week, i) => (i === 2 ? { ...week, distance: 12 } : week));
    await render(draft);
    fixture.componentRef.setInput('failure', "Stride Rx can't reach the server.");
    await fixture.whenStable();
    const saved: unknown[] = [];
    fixture.componentInstance.saved.subscribe((request) => saved.push(request));
    expect(element.querySelector('.alert')!.textContent).toContain(
      "Couldn't save the plan. Stride Rx can't reach the server. Your edits are still here.",
    );
    button('Retry').click();
    expect(saved.length).toBe(1);
  });

  it('shows a discharged patient’s plan without inputs or buttons', async () => {
    await render(null, true);
    expect(element.querySelector('input, select, button')).toBeNull();
    expect(rows()[2].children[1].textContent!.trim()).toBe('12.1');
  });
});

import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { type PlanDraft, checkPlan, draftOf } from '../plan-draft';
import { PlanEdit, PlanForm } from './plan-form';

const draft = draftOf(swimBikePlan());

describe('PlanForm', () => {
  let fixture: ComponentFixture<PlanForm>;
  let element: HTMLElement;
  let edits: PlanEdit[];

  async function render(plan: PlanDraft = draft): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(PlanForm);
    fixture.componentRef.setInput('plan', plan);
    fixture.componentRef.setInput('errors', checkPlan(plan).errors);
    edits = [];
    fixture.componentInstance.edited.subscribe((edit) => edits.push(edit));
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  function sessionInput(index: number, label: string): HTMLInputElement {
    const session = element.querySelectorAll('fieldset')[index]!;
    const field = [...session.querySelectorAll('mat-form-field')].find((f) =>
      f.querySelector('mat-label')!.textContent!.trim().startsWith(label),
    );
    return field!.querySelector('input, textarea')!;
  }

  it('shows the contract\'s message beside a session\'s minutes', async () => {
    const short = { ...draft, sessions: [{ ...draft.sessions[0]!, minutes: 2 }] };
    await render(short);
    expect(element.textContent).toContain('Enter 5 to 180 minutes.');
    // The message is the field's hint, so a screen reader reads it with the field.
    const hint = element.querySelector('fieldset mat-hint.error')!;
    expect(sessionInput(0, 'Minutes').getAttribute('aria-describedby')).toContain(hint.id);
  });

  it('asks to name an "other" activity', async () => {
    await render({ ...draft, sessions: [{ ...draft.sessions[0]!, modality: 'other' }] });
    expect(element.textContent).toContain('Name the activity.');
  });

  it('gives the CR10 words for an effort', async () => {
    await render();
    expect(element.textContent).toContain('4 — between Moderate and Strong (heavy)');
  });

  it('sends typed minutes as one field, a blank as null', async () => {
    await render();
    const minutes = sessionInput(0, 'Minutes');
    minutes.value = '';
    minutes.dispatchEvent(new Event('input'));
    expect(edits[0]!.field).toBe('swim.minutes');
    expect(edits[0]!.plan.sessions[0]!.minutes).toBeNull();
  });

  it('adds a session with the next free id and removes one with its week edits', async () => {
    await render({ ...draft, weekEdits: [{ week: 1, sessionId: 'swim', minutes: 40 }] });
    const add = [...element.querySelectorAll('button')].find((b) => b.textContent!.includes('Add a session'))!;
    add.click();
    expect(edits[0]!.plan.sessions.map((s) => s.id)).toEqual(['swim', 'bike', 's1']);
    const remove = [...element.querySelectorAll('button')].find((b) => b.textContent!.includes('Remove session 1'))!;
    remove.click();
    expect(edits[1]!.plan.sessions.map((s) => s.id)).toEqual(['bike']);
    expect(edits[1]!.plan.weekEdits).toEqual([]);
  });

  it('drops the minutes set for weeks that go when the plan gets shorter', async () => {
    await render({ ...draft, weekEdits: [{ week: 5, sessionId: 'swim', minutes: 40 }] });
    const weeks = [...element.querySelectorAll('mat-form-field')]
      .find((f) => f.querySelector('mat-label')!.textContent!.trim() === 'Weeks')!
      .querySelector('input')!;
    weeks.value = '4';
    weeks.dispatchEvent(new Event('input'));
    expect(edits[0]!.plan.weeks).toBe(4);
    expect(edits[0]!.plan.weekEdits).toEqual([]);
  });

  it('changes nothing when read-only', async () => {
    await render();
    fixture.componentRef.setInput('readOnly', true);
    await fixture.whenStable();
    expect(element.textContent).not.toContain('Add a session');
    const minutes = sessionInput(0, 'Minutes');
    minutes.dispatchEvent(new Event('input'));
    expect(edits).toEqual([]);
  });
});

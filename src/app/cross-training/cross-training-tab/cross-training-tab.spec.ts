import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { CrossTrainingVersion } from '@domain/contracts/cross-training';
import { plannedWeeks } from '@domain/cross-training/progression';
import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { scheduleHints } from '@domain/cross-training/schedule-hints';
import { planSchedule } from '@domain/cross-training/week-schedule';
import { weeklyTotals } from '@domain/cross-training/weekly-totals';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sampleCrossTrainingVersion } from '../../../testing/sample-cross-training';
import { samplePatient } from '../../../testing/sample-patients';
import { type PlanDraft, draftOf, toPlanInput } from '../plan-draft';
import { CrossTrainingStateRegistration } from '../state/cross-training-state-registration';
import { crossTrainingTabActions } from '../state/cross-training.actions';
import {
  type CrossTrainingState,
  crossTrainingFeature,
  initialCrossTrainingState,
} from '../state/cross-training.feature';
import {
  selectCanRedo,
  selectCanUndo,
  selectCrossTrainingDirty,
  selectCrossTrainingPatient,
  selectCrossTrainingReadOnly,
  selectPlanCheck,
  selectPlannedWeeks,
  selectScheduleHints,
  selectTablePlan,
  selectWeekSchedules,
  selectWeeklyTotals,
} from '../state/cross-training.selectors';
import { CrossTrainingTab } from './cross-training-tab';

const ana = samplePatient();
const plan = swimBikePlan();
const v1 = sampleCrossTrainingVersion();
const draft = draftOf(plan);

interface Shown {
  load?: CrossTrainingState['load'];
  saved?: CrossTrainingVersion | null;
  plan?: PlanDraft | null;
  dirty?: boolean;
  save?: CrossTrainingState['save'];
  discharged?: boolean;
  canRedo?: boolean;
  history?: CrossTrainingState['history'];
  shown?: CrossTrainingState['shown'];
}

describe('CrossTrainingTab', () => {
  let fixture: ComponentFixture<CrossTrainingTab>;
  let element: HTMLElement;
  let store: MockStore;
  let register: jasmine.Spy;

  async function render(shown: Shown = {}): Promise<void> {
    const current = shown.plan === undefined ? draft : shown.plan;
    register = jasmine.createSpy('register');
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          selectors: [
            {
              selector: selectCrossTrainingPatient,
              value: shown.discharged ? { ...ana, status: 'discharged' } : ana,
            },
            { selector: selectCrossTrainingReadOnly, value: shown.discharged ?? false },
            { selector: crossTrainingFeature.selectLoad, value: shown.load ?? 'loaded' },
            {
              selector: crossTrainingFeature.selectLoadError,
              value:
                shown.load === 'failed' ? { error: 'network_error', message: 'Offline.' } : null,
            },
            {
              selector: crossTrainingFeature.selectSaved,
              value: shown.saved === undefined ? v1 : shown.saved,
            },
            { selector: crossTrainingFeature.selectPlan, value: current },
            {
              selector: crossTrainingFeature.selectSave,
              value: shown.save ?? initialCrossTrainingState.save,
            },
            { selector: selectPlanCheck, value: current ? { plan, errors: {} } : null },
            { selector: selectTablePlan, value: current ? plan : null },
            { selector: selectPlannedWeeks, value: plannedWeeks(plan) },
            { selector: selectWeeklyTotals, value: weeklyTotals(plan) },
            { selector: selectWeekSchedules, value: planSchedule(plan, []) },
            { selector: selectScheduleHints, value: planSchedule(plan, []).map(scheduleHints) },
            {
              selector: crossTrainingFeature.selectStrength,
              value: { status: 'loaded', days: [] },
            },
            {
              selector: crossTrainingFeature.selectRunning,
              value: { status: 'loaded', plan: null },
            },
            { selector: selectCanUndo, value: shown.dirty ?? false },
            { selector: selectCanRedo, value: shown.canRedo ?? false },
            {
              selector: crossTrainingFeature.selectHistory,
              value: shown.history ?? initialCrossTrainingState.history,
            },
            {
              selector: crossTrainingFeature.selectShown,
              value: shown.shown ?? initialCrossTrainingState.shown,
            },
            { selector: selectCrossTrainingDirty, value: shown.dirty ?? false },
          ],
        }),
        { provide: CrossTrainingStateRegistration, useValue: { register } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(CrossTrainingTab);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  function button(label: string): HTMLButtonElement {
    const found = [...element.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent!.trim().endsWith(label),
    );
    if (!found) throw new Error(`No button "${label}"`);
    return found;
  }

  it("registers its state and loads the patient's plan", async () => {
    await render();
    expect(register).toHaveBeenCalled();
    expect(store.dispatch).toHaveBeenCalledWith(
      crossTrainingTabActions.opened({ patientId: ana.id }),
    );
  });

  it("shows the saved version and each week's minutes: week 2 is 33 and 22", async () => {
    await render();
    expect(element.textContent).toContain('Version 1, saved');
    const week2 = element.querySelectorAll<HTMLInputElement>('app-progression-table tbody tr')[1]!;
    expect([...week2.querySelectorAll('input')].map((i) => i.value)).toEqual(['33', '22']);
    expect(element.querySelector('app-weekly-totals-table')!.textContent).toContain('ACSM / WHO');
  });

  it("offers a new plan from this week's Monday when none is saved", async () => {
    await render({ saved: null, plan: null });
    button('Make a cross-training plan').click();
    const [action] = (store.dispatch as jasmine.Spy).calls.mostRecent().args;
    expect(action.type).toBe(crossTrainingTabActions.planStarted.type);
  });

  it('saves at the version on screen with the change summary', async () => {
    await render({ dirty: true });
    const summary = element.querySelector<HTMLInputElement>('.save input')!;
    summary.value = 'Longer swims';
    summary.dispatchEvent(new Event('input'));
    button('Save plan').click();
    expect(store.dispatch).toHaveBeenCalledWith(
      crossTrainingTabActions.saveSubmitted({
        patientId: ana.id,
        request: { version: 1, plan: toPlanInput(draft), changeSummary: 'Longer swims' },
      }),
    );
  });

  it('has nothing to save or undo without edits', async () => {
    await render();
    expect(button('Save plan').disabled).toBeTrue();
    expect(button('Undo').disabled).toBeTrue();
  });

  it('undoes by button and by Ctrl+Z outside a text field', async () => {
    await render({ dirty: true });
    button('Undo').click();
    element
      .querySelector('h2')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    expect(
      (store.dispatch as jasmine.Spy).calls
        .allArgs()
        .filter(([a]) => a.type === crossTrainingTabActions.editUndone.type).length,
    ).toBe(2);
  });

  it('records a typed minute count for one week', async () => {
    await render();
    const cell = element.querySelectorAll<HTMLInputElement>(
      'app-progression-table tbody input',
    )[2]!;
    cell.value = '40';
    cell.dispatchEvent(new Event('input'));
    const [action] = (store.dispatch as jasmine.Spy).calls.mostRecent().args;
    expect(action.plan.weekEdits).toEqual([{ week: 1, sessionId: 'swim', minutes: 40 }]);
  });

  it('after a stale save, keeps mine as the next version or takes the saved plan', async () => {
    const theirs = sampleCrossTrainingVersion(2);
    await render({ dirty: true, save: { status: 'stale', error: null, current: theirs } });
    expect(element.textContent).toContain('Someone else saved this plan while you were editing');
    button('Keep mine as the next version').click();
    expect(store.dispatch).toHaveBeenCalledWith(
      crossTrainingTabActions.saveSubmitted({
        patientId: ana.id,
        request: { version: 2, plan: toPlanInput(draft), changeSummary: null },
      }),
    );
    button('Use the saved plan').click();
    expect(store.dispatch).toHaveBeenCalledWith(
      crossTrainingTabActions.savedPlanTaken({ version: theirs }),
    );
  });

  it('offers a retry when the plan cannot load', async () => {
    await render({ load: 'failed' });
    button('Retry').click();
    expect(store.dispatch).toHaveBeenCalledWith(
      crossTrainingTabActions.retryLoadSelected({ patientId: ana.id }),
    );
  });

  it('is read-only for a discharged patient', async () => {
    await render({ discharged: true });
    expect(element.textContent).toContain('read-only');
    expect(element.textContent).not.toContain('Save plan');
  });

  it('moves a session to another day as one step to undo', async () => {
    await render();
    const bike = element.querySelector<HTMLElement>('[data-chip="bike:sat"]')!;
    bike.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true, bubbles: true }),
    );
    const [action] = (store.dispatch as jasmine.Spy).calls.mostRecent().args;
    expect(action.type).toBe(crossTrainingTabActions.planEdited.type);
    expect(action.field).toBeNull();
    expect(action.plan.sessions[1].weekdays).toEqual(['thu', 'fri']);
  });

  it('sets a run day from the schedule', async () => {
    await render();
    const friday = element.querySelector<HTMLSelectElement>('select[aria-label="Run on Friday"]')!;
    friday.value = 'hard';
    friday.dispatchEvent(new Event('change'));
    const [action] = (store.dispatch as jasmine.Spy).calls.mostRecent().args;
    expect(action.plan.runDays).toContain({ weekday: 'fri', kind: 'hard' });
  });

  it('redoes by button, by Ctrl+Shift+Z and by Ctrl+Y outside a text field', async () => {
    await render({ dirty: true, canRedo: true });
    button('Redo').click();
    const heading = element.querySelector('h2')!;
    heading.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Z', ctrlKey: true, shiftKey: true, bubbles: true }),
    );
    heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true }));
    const redone = (store.dispatch as jasmine.Spy).calls
      .allArgs()
      .filter(([a]) => a.type === crossTrainingTabActions.editRedone.type);
    expect(redone.length).toBe(3);
  });

  it('opens the versions and restores an earlier one as the next version', async () => {
    const v2 = sampleCrossTrainingVersion(2);
    const summary = (v: CrossTrainingVersion) => ({
      version: v.version,
      savedAt: v.savedAt,
      savedBy: v.savedBy,
      changeSummary: v.changeSummary,
    });
    await render({
      saved: v2,
      history: { status: 'loaded', versions: [summary(v2), summary(v1)], error: null },
      shown: { status: 'loaded', version: v1, error: null },
    });
    button('Versions').click();
    await fixture.whenStable();
    expect(store.dispatch).toHaveBeenCalledWith(
      crossTrainingTabActions.historyOpened({ patientId: ana.id }),
    );
    element.querySelector<HTMLButtonElement>('button[aria-label="View version 1"]')!.click();
    expect(store.dispatch).toHaveBeenCalledWith(
      crossTrainingTabActions.versionViewed({ patientId: ana.id, version: 1 }),
    );
    button('Restore as a new version').click();
    expect(store.dispatch).toHaveBeenCalledWith(
      crossTrainingTabActions.versionRestored({
        patientId: ana.id,
        request: { version: 2, plan: v1.plan, changeSummary: 'Restored version 1.' },
      }),
    );
  });

  it('blocks a restore over unsaved edits, saying why', async () => {
    await render({ dirty: true, shown: { status: 'loaded', version: v1, error: null } });
    const v2 = sampleCrossTrainingVersion(2);
    store.overrideSelector(crossTrainingFeature.selectHistory, {
      status: 'loaded',
      versions: [v2, v1].map(({ plan: _plan, ...rest }) => rest),
      error: null,
    });
    store.refreshState();
    button('Versions').click();
    await fixture.whenStable();
    expect(button('Restore as a new version').disabled).toBeTrue();
    expect(element.textContent).toContain('Save or undo your changes first.');
  });
});

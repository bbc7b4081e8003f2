import { ApplicationRef } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { type Patient, todayIso } from '@domain/contracts/patients';
import type { RunningPlanDto } from '@domain/contracts/running';
import { acuteChronicRatios } from '@domain/training-load/load-checks';
import { weeklyTotals } from '@domain/training-load/run-log';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { samplePatient } from '../../../testing/sample-patients';
import {
  runningToday,
  sampleMileagePlan,
  sampleRuns,
} from '../../../testing/sample-running';
import { RunningStateRegistration } from '../state/running-state-registration';
import { runningTabActions } from '../state/running.actions';
import { draftOf, initialRunningState, runningFeature } from '../state/running.feature';
import {
  selectCurrentRatio,
  selectEditedRun,
  selectFlagItems,
  selectFlags,
  selectLoadError,
  selectLoadFlags,
  selectLoadWeeks,
  selectPlanConflict,
  selectPlanEditor,
  selectRunningDraft,
  selectRunningLoad,
  selectRunningPatient,
  selectRunningReadOnly,
  selectRunningUnit,
  selectSuggestionPreview,
  selectWalkJogAdvice,
} from '../state/running.selectors';
import { RunningTab } from './running-tab';

const ana = samplePatient({ weeklyDistance: 10 });
const plan = sampleMileagePlan();
const mileage = { settings: plan.settings, weeks: plan.weeks };
const runs = sampleRuns();
/** As the entity adapter keeps them: newest first. */
const logged = [...runs].reverse();
const totals = weeklyTotals(runs, runningToday);
const ratios = acuteChronicRatios(totals);
const flags = selectFlags.projector(selectLoadFlags.projector(totals, mileage, 'mi'), []);
const items = selectFlagItems.projector(flags, mileage, totals, runningToday);
const weeks = selectLoadWeeks.projector(mileage, totals, ratios, flags);
const idle = initialRunningState.planSave;
const editor = selectPlanEditor.projector(plan, null, null, [], idle, totals);
const reduceId = 'next-morning-pain:2026-11-16:reduce';
const preview = selectSuggestionPreview.projector(reduceId, items, plan, runningToday);

const typedRun = {
  date: runningToday,
  distance: 4,
  durationMinutes: null,
  painDuring: 1,
  painNextMorning: null,
  notes: '',
  walkJog: { level: null, completed: true, soreness: 'none' as const, swellingIncreased: false },
};

describe('RunningTab', () => {
  let fixture: ComponentFixture<RunningTab>;
  let store: MockStore;
  let element: HTMLElement;
  let register: jasmine.Spy;

  async function render(
    shown: { plan?: RunningPlanDto | null; patient?: Patient; load?: 'ready' | 'failed' } = {},
  ): Promise<void> {
    const current = shown.plan === undefined ? plan : shown.plan;
    register = jasmine.createSpy('register');
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          selectors: [
            { selector: selectRunningPatient, value: shown.patient ?? ana },
            { selector: selectRunningReadOnly, value: shown.patient?.status === 'discharged' },
            { selector: selectRunningLoad, value: shown.load ?? 'ready' },
            {
              selector: selectLoadError,
              value: shown.load === 'failed' ? { error: 'network_error', message: 'Offline.' } : null,
            },
            { selector: runningFeature.selectPlan, value: current },
            { selector: selectRunningUnit, value: 'mi' },
            { selector: runningFeature.selectToday, value: runningToday },
            { selector: selectFlagItems, value: current ? items : [] },
            { selector: selectCurrentRatio, value: ratios[ratios.length - 1] },
            { selector: selectLoadWeeks, value: weeks },
            { selector: selectPlanEditor, value: current ? editor : null },
            { selector: selectSuggestionPreview, value: null },
            { selector: runningFeature.selectPlanSave, value: idle },
            { selector: selectPlanConflict, value: null },
            { selector: runningFeature.selectPlanCreate, value: initialRunningState.planCreate },
            { selector: runningFeature.selectDraft, value: null },
            { selector: runningFeature.selectRuns, value: logged },
            { selector: runningFeature.selectRunForm, value: initialRunningState.runForm },
            { selector: runningFeature.selectDraftOffer, value: null },
            { selector: selectRunningDraft, value: null },
            { selector: selectEditedRun, value: null },
            { selector: runningFeature.selectRunSave, value: initialRunningState.runSave },
            { selector: runningFeature.selectRunDelete, value: initialRunningState.runDelete },
            { selector: runningFeature.selectVersions, value: initialRunningState.versions },
            { selector: selectWalkJogAdvice, value: null },
          ],
        }),
        { provide: RunningStateRegistration, useValue: { register } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(RunningTab);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    // selectRunningPatient is the patients feature's selectSelectedPatient: its override must not leak.
    store.resetSelectors();
  });

  async function refresh(): Promise<void> {
    store.refreshState();
    await fixture.whenStable();
  }

  async function click(label: string, root: ParentNode = element): Promise<void> {
    const button = [...root.querySelectorAll<HTMLElement>('button')].find(
      (candidate) => candidate.textContent!.trim().endsWith(label),
    );
    if (!button) throw new Error(`Nothing to click called "${label}"`);
    button.click();
    await fixture.whenStable();
  }

  function headings(): string[] {
    return [...element.querySelectorAll('h2')].map((h2) => h2.textContent!.trim());
  }

  it('registers the running feature and loads the patient’s plan and runs as of today', async () => {
    await render();
    expect(register).toHaveBeenCalled();
    expect(store.dispatch).toHaveBeenCalledWith(
      runningTabActions.opened({ patientId: ana.id, today: todayIso() }),
    );
  });

  it('shows the plan, the flags, the chart, the planned weeks and the run log', async () => {
    await render();
    expect(headings()).toEqual([
      'Running plan',
      'Flags and suggestions',
      'Planned and actual weekly distance',
      'Planned weeks',
      'Run log',
    ]);
    expect(element.querySelector('.description')!.textContent).toContain(
      'Mileage plan: 11 weeks from the week of Oct 5, 2026',
    );
    expect(element.textContent).toContain('Buist et al. 2008');
    expect(element.querySelector('app-training-load-chart canvas')).not.toBeNull();
  });

  it('offers a plan form before there is a plan, and makes the first plan', async () => {
    await render({ plan: null });
    expect(headings()[0]).toBe('Make a running plan');
    const target = element.querySelector<HTMLInputElement>('[formControlName="targetDistance"]')!;
    target.value = '20';
    target.dispatchEvent(new Event('input'));
    await click('Save plan');
    expect(store.dispatch).toHaveBeenCalledWith(
      runningTabActions.planSubmitted({
        patientId: ana.id,
        creation: {
          request: jasmine.objectContaining({ kind: 'mileage', baselineDistance: 10, targetDistance: 20 }) as never,
          replacesVersion: null,
        },
      }),
    );
  });

  it('makes a new plan over the current one, naming the version it replaces', async () => {
    await render();
    await click('Make a new plan');
    expect(headings()[0]).toBe('Make a new running plan');
    const target = element.querySelector<HTMLInputElement>('[formControlName="targetDistance"]')!;
    target.value = '20';
    target.dispatchEvent(new Event('input'));
    await click('Save plan');
    const action = (store.dispatch as jasmine.Spy).calls.mostRecent().args[0];
    expect(action.type).toBe(runningTabActions.planSubmitted.type);
    expect(action.creation.replacesVersion).toBe(2);
  });

  it('shows what a suggestion changes, then applies it as a save of the plan', async () => {
    await render();
    const morning = [...element.querySelectorAll('app-flags-panel li')].find((li) =>
      li.textContent!.includes('Next-morning pain reached 6/10'),
    )!;
    await click('Reduce (suggested)', morning);
    expect(store.dispatch).toHaveBeenCalledWith(
      runningTabActions.suggestionPreviewed({ suggestionId: reduceId }),
    );
    store.overrideSelector(selectSuggestionPreview, preview);
    await refresh();
    expect(element.querySelector('app-suggestion-preview h3')!.textContent).toContain(
      'Reduce: what changes',
    );
    await click('Apply and save');
    expect(store.dispatch).toHaveBeenCalledWith(
      runningTabActions.suggestionApplied({
        patientId: ana.id,
        suggestionId: reduceId,
        request: preview!.request,
      }),
    );
  });

  it('holds suggestions back while the planned weeks have unsaved edits', async () => {
    await render();
    store.overrideSelector(selectPlanEditor, { ...editor!, dirty: true });
    await refresh();
    expect(element.querySelector('app-flags-panel .blocked')!.textContent).toContain(
      'Save or discard your edits',
    );
  });

  it('passes each edit of a planned week to the store', async () => {
    await render();
    const input = element.querySelectorAll<HTMLInputElement>('app-plan-editor tbody input')[2];
    input.value = '14';
    input.dispatchEvent(new Event('change'));
    expect(store.dispatch).toHaveBeenCalledWith(
      runningTabActions.plannedDistanceChanged({ index: 2, distance: 14 }),
    );
  });

  it("keeps the therapist's changes on top of someone else's save, or takes theirs", async () => {
    await render();
    const theirs = sampleMileagePlan({ version: 3 });
    const stale = {
      status: 'stale' as const,
      error: { error: 'stale_version', message: 'Stale.' },
      current: theirs,
      request: editor!.request!,
      origin: 'edit' as const,
    };
    const conflict = selectPlanConflict.projector(stale, plan, [draftOf(plan)]);
    store.overrideSelector(runningFeature.selectPlanSave, stale);
    store.overrideSelector(selectPlanConflict, conflict);
    await refresh();
    await click('Keep my changes');
    expect(store.dispatch).toHaveBeenCalledWith(
      runningTabActions.planEditsSubmitted({ patientId: ana.id, request: conflict!.request }),
    );
    expect(conflict!.request.version).toBe(3);
    await click('Use the saved plan');
    expect(store.dispatch).toHaveBeenCalledWith(runningTabActions.savedPlanTaken({ plan: theirs }));
  });

  it('asks before the page unloads with unsaved work', async () => {
    // Karma treats any beforeunload as a page reload: stand its own handler aside meanwhile.
    const karmaHandler = window.onbeforeunload;
    window.onbeforeunload = null;
    try {
      await render();
      const clean = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(clean);
      expect(clean.defaultPrevented).toBeFalse();
      store.overrideSelector(selectRunningDraft, { plan: null, run: { runId: null, value: typedRun } });
      await refresh();
      const dirty = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(dirty);
      expect(dirty.defaultPrevented).toBeTrue();
    } finally {
      window.onbeforeunload = karmaHandler;
    }
  });

  it('offers back the work kept before a reload, and restores or discards it', async () => {
    await render();
    expect(element.querySelector('app-draft-offer')).toBeNull();
    store.overrideSelector(runningFeature.selectDraftOffer, {
      savedAt: new Date().toISOString(),
      draft: {
        plan: { weeks: draftOf(plan), baseWeeks: draftOf(plan), version: plan.version },
        run: { runId: null, value: typedRun },
      },
    });
    await refresh();
    const offer = element.querySelector('app-draft-offer')!;
    expect(offer.textContent).toContain('Restore unsaved changes to the planned weeks and the run log');
    await click('Restore');
    expect(store.dispatch).toHaveBeenCalledWith(runningTabActions.draftRestored());
    await click('Discard');
    expect(store.dispatch).toHaveBeenCalledWith(runningTabActions.draftDismissed());
  });

  it('keeps what is typed in the run form, and shows it again when the form comes back', async () => {
    await render();
    store.overrideSelector(runningFeature.selectRunForm, { open: true, runId: null, value: typedRun });
    await refresh();
    const distance = element.querySelector<HTMLInputElement>('app-run-form [formControlName="distance"]')!;
    expect(distance.value).toBe('4');
    distance.value = '5';
    distance.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(store.dispatch).toHaveBeenCalledWith(
      runningTabActions.runFormEdited({ value: { ...typedRun, distance: 5 } }),
    );
  });

  it('opens the run form', async () => {
    await render();
    await click('Log a run');
    expect(store.dispatch).toHaveBeenCalledWith(runningTabActions.runFormOpened({ runId: null }));
  });

  it('deletes a run once the therapist confirms', async () => {
    await render();
    const run = logged[0];
    const remove = [...element.querySelectorAll<HTMLButtonElement>('app-run-log button')].find(
      (button) => button.getAttribute('aria-label')!.startsWith('Delete'),
    )!;
    remove.click();
    await TestBed.inject(ApplicationRef).whenStable();
    const dialog = document.querySelector('mat-dialog-container')!;
    expect(dialog.querySelector('h2')!.textContent).toContain('Delete the run of Nov 24, 2026?');
    await click('Delete run', dialog);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(store.dispatch).toHaveBeenCalledWith(
      runningTabActions.runDeleteConfirmed({ patientId: ana.id, runId: run.id }),
    );
  });

  it('keeps the run when the therapist thinks again', async () => {
    await render();
    const remove = element.querySelector<HTMLButtonElement>('app-run-log button[aria-label^="Delete"]')!;
    remove.click();
    await TestBed.inject(ApplicationRef).whenStable();
    await click('Keep the run', document.querySelector('mat-dialog-container')!);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(store.dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: runningTabActions.runDeleteConfirmed.type }),
    );
  });

  it('says why nothing loaded, with Retry', async () => {
    await render({ load: 'failed' });
    expect(element.querySelector('.load-error')!.textContent).toContain('Offline.');
    await click('Retry');
    expect(store.dispatch).toHaveBeenCalledWith(
      runningTabActions.retryLoadSelected({ patientId: ana.id }),
    );
  });

  it('shows a discharged patient’s running read-only', async () => {
    await render({ patient: samplePatient({ status: 'discharged' }) });
    expect(element.querySelector('.read-only')!.textContent).toContain('read-only');
    expect(element.textContent).not.toContain('Log a run');
    expect(element.textContent).not.toContain('Make a new plan');
    expect(element.querySelector('app-plan-editor input')).toBeNull();
  });
});

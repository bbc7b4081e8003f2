import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { By } from '@angular/platform-browser';
import { ActivatedRoute, Router, convertToParamMap } from '@angular/router';
import type { Patient } from '@domain/contracts/patients';
import type { ProgramVersion, ProgramVersionSummary } from '@domain/contracts/programs';
import { standardDose } from '@domain/programs/dose';
import { addItem, itemCount, programItems, type Program } from '@domain/programs/program';
import { sessionEstimate } from '@domain/programs/session-minutes';
import { builtInTemplates } from '@domain/programs/templates';
import { type MemoizedSelector } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { catalogueResponse, sampleLibrary } from '../../../testing/sample-exercises';
import { samplePatient } from '../../../testing/sample-patients';
import { sampleProgramVersion } from '../../../testing/sample-programs';
import { therapist } from '../../../testing/sample-users';
import { authFeature } from '../../core/auth/state/auth.feature';
import { formatClinicDate } from '../../ui/clinic-date-pipe';
import { draftStorage, type FormDraft } from '../../ui/forms/form-drafts';
import { UnsavedWork } from '../../ui/forms/unsaved-work';
import { ExercisePicker } from '../exercise-picker/exercise-picker';
import { ProgramBuilder } from '../program-builder/program-builder';
import { ProgramsStateRegistration } from '../state/programs-state-registration';
import { programTabActions } from '../state/programs.actions';
import {
  type ProgramWriteState,
  initialProgramState,
  programsFeature,
} from '../state/programs.feature';
import {
  selectBuilderSections,
  selectBuiltInTemplates,
  selectCanRedo,
  selectClinicTemplates,
  selectExerciseNames,
  selectExercisesById,
  selectItemCount,
  selectProgramDirty,
  selectProgramLoad,
  selectProgramPatient,
  selectProgramReadOnly,
  selectSessionEstimate,
  selectShownVersion,
  selectVersionComparison,
  type ProgramLoad,
} from '../state/programs.selectors';
import { ProgramTab } from './program-tab';

const ana = samplePatient();
const library = sampleLibrary();
const saved = sampleProgramVersion({ version: 3 });
/** Saved version 3 with one unsaved edit: a step-up added. */
const edited = addItem(saved.program, 'quadriceps', {
  exerciseId: 'step-up',
  dose: standardDose(),
});
const draftKey = `stride-rx.draft.${therapist.id}.program.${ana.id}`;

function summaryOf({ program: _program, ...summary }: ProgramVersion): ProgramVersionSummary {
  return summary;
}

/** Session storage for one test. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

interface Shown {
  patient?: Patient;
  load?: ProgramLoad;
  program?: Program;
  dirty?: boolean;
  canRedo?: boolean;
  write?: ProgramWriteState;
  announcement?: string;
  query?: Record<string, string>;
  draft?: FormDraft<Program>;
}

describe('ProgramTab', () => {
  let fixture: ComponentFixture<ProgramTab>;
  let store: MockStore;
  let element: HTMLElement;
  let storage: MemoryStorage;
  let register: jasmine.Spy;
  let navigate: jasmine.Spy;

  function programSelectors(program: Program) {
    return [
      { selector: programsFeature.selectProgram, value: program },
      { selector: selectBuilderSections, value: selectBuilderSections.projector(program) },
      { selector: selectItemCount, value: itemCount(program) },
      {
        selector: selectSessionEstimate,
        value: sessionEstimate(programItems(program).map((p) => p.item.dose)),
      },
    ];
  }

  async function render(shown: Shown = {}): Promise<void> {
    const patient = shown.patient ?? ana;
    register = jasmine.createSpy('register');
    navigate = jasmine.createSpy('navigate').and.resolveTo(true);
    storage = new MemoryStorage();
    if (shown.draft) storage.setItem(draftKey, JSON.stringify(shown.draft));
    const templates = builtInTemplates.map((t) => ({ ...structuredClone(t), builtIn: true }));
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          selectors: [
            { selector: authFeature.selectUser, value: therapist },
            { selector: selectProgramPatient, value: patient },
            { selector: selectProgramReadOnly, value: patient.status === 'discharged' },
            { selector: selectProgramLoad, value: shown.load ?? 'ready' },
            { selector: programsFeature.selectError, value: null },
            { selector: programsFeature.selectSaved, value: saved },
            { selector: programsFeature.selectBaseVersion, value: 3 },
            ...programSelectors(shown.program ?? saved.program),
            { selector: programsFeature.selectExercises, value: library },
            { selector: selectExercisesById, value: selectExercisesById.projector(library) },
            { selector: selectExerciseNames, value: selectExerciseNames.projector(library) },
            { selector: selectProgramDirty, value: shown.dirty ?? false },
            { selector: selectCanRedo, value: shown.canRedo ?? false },
            { selector: programsFeature.selectAnnouncement, value: shown.announcement ?? '' },
            {
              selector: programsFeature.selectWrite,
              value: shown.write ?? initialProgramState.write,
            },
            { selector: selectBuiltInTemplates, value: templates },
            { selector: selectClinicTemplates, value: [] },
            {
              selector: programsFeature.selectTemplateSave,
              value: initialProgramState.templateSave,
            },
            { selector: programsFeature.selectHistory, value: initialProgramState.history },
            { selector: selectShownVersion, value: null },
            { selector: selectVersionComparison, value: null },
            { selector: programsFeature.selectVersionError, value: null },
          ],
        }),
        { provide: ProgramsStateRegistration, useValue: { register } },
        { provide: draftStorage, useValue: storage },
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap(shown.query ?? {}) } },
        },
        { provide: Router, useValue: { navigate } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(ProgramTab);
    element = fixture.nativeElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  }

  afterEach(() => {
    element.remove();
    // selectProgramPatient is the patients feature's selectSelectedPatient: its override must not leak.
    store.resetSelectors();
  });

  async function change(
    selector: MemoizedSelector<object, unknown> | { projector: unknown },
    value: unknown,
  ): Promise<void> {
    store.overrideSelector(selector as MemoizedSelector<object, unknown>, value);
    store.refreshState();
    await fixture.whenStable();
  }

  async function edit(program: Program): Promise<void> {
    for (const { selector, value } of programSelectors(program))
      store.overrideSelector(selector as MemoizedSelector<object, unknown>, value);
    store.overrideSelector(selectProgramDirty, true);
    store.refreshState();
    await fixture.whenStable();
  }

  function button(text: string, root: ParentNode = element): HTMLButtonElement {
    const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim().endsWith(text),
    );
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  async function click(text: string, root: ParentNode = element): Promise<void> {
    button(text, root).click();
    await fixture.whenStable();
  }

  function text(selector: string): string {
    return element.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
  }

  function dispatched(): unknown[] {
    return (store.dispatch as jasmine.Spy).calls.allArgs().map(([action]) => action);
  }

  function press(init: KeyboardEventInit, target: Element = element.querySelector('h2')!) {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    return event;
  }

  const opened = programTabActions.opened({ patientId: ana.id });

  describe('opening', () => {
    it("registers the programs feature and loads the patient's program", async () => {
      await render();
      expect(register).toHaveBeenCalledTimes(1);
      expect(dispatched()).toEqual([opened]);
    });

    it('says the program is loading', async () => {
      await render({ load: 'loading' });
      expect(element.querySelector('mat-progress-bar')!.getAttribute('aria-label')).toBe(
        'Loading the program',
      );
      expect(element.querySelector('app-program-builder')).toBeNull();
    });

    it("says why the program couldn't load, and tries again", async () => {
      await render({ load: 'failed' });
      await change(programsFeature.selectError, { error: 'network_error', message: 'Offline.' });
      expect(text('[role="alert"] p')).toBe("The program couldn't load. Offline.");
      await click('Try again');
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.retryLoadSelected({ patientId: ana.id }),
      );
    });
  });

  describe('the summary', () => {
    it('shows the saved version, the exercise count and the minutes a session takes', async () => {
      await render();
      expect(text('h2#program-heading')).toBe('Strength program');
      const minutes = sessionEstimate(programItems(saved.program).map((p) => p.item.dose)).minutes;
      expect(text('section.summary p')).toBe(
        `Version 3 · 2 exercises · about ${minutes} minutes a session with every exercise`,
      );
      expect(element.querySelector('.unsaved')).toBeNull();
      expect(element.querySelector('.hint')).toBeNull();
    });

    it('says when the program is not saved yet, and when there are unsaved changes', async () => {
      await render({ dirty: true });
      await change(programsFeature.selectSaved, null);
      expect(text('section.summary p')).toMatch(/^No program saved yet · 2 exercises/);
      expect(text('.unsaved')).toBe('unsaved changes');
    });

    it('advises fewer exercises when a session is longer than 20 minutes', async () => {
      await render();
      await change(selectSessionEstimate, { seconds: 21 * 60, minutes: 21 });
      expect(text('.hint')).toContain('sessions of 20 minutes or less (Esculier et al. 2018');
    });

    it('says what the last action did in a polite live region', async () => {
      await render({ announcement: 'Step-up moved to Quadriceps, position 1 of 2.' });
      const live = element.querySelector('div.visually-hidden[aria-live="polite"]')!;
      expect(live.getAttribute('aria-atomic')).toBe('true');
      expect(live.textContent!.trim()).toBe('Step-up moved to Quadriceps, position 1 of 2.');
      await change(programsFeature.selectAnnouncement, 'Saved as version 4.');
      expect(live.textContent!.trim()).toBe('Saved as version 4.');
    });
  });

  describe('undo and redo', () => {
    it('offers undo after an edit and redo after an undo, with their shortcuts', async () => {
      await render();
      expect(button('Undo').disabled).toBeTrue();
      expect(button('Redo').disabled).toBeTrue();
      expect(button('Undo').getAttribute('aria-keyshortcuts')).toBe('Control+Z');
      expect(button('Redo').getAttribute('aria-keyshortcuts')).toBe('Control+Shift+Z');
      await edit(edited);
      await change(selectCanRedo, true);
      await click('Undo');
      await click('Redo');
      expect(dispatched().slice(1)).toEqual([
        programTabActions.editUndone(),
        programTabActions.editRedone(),
      ]);
    });

    it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z, Ctrl+Y or Cmd+Shift+Z', async () => {
      await render({ dirty: true });
      const events = [
        press({ key: 'z', ctrlKey: true }),
        press({ key: 'Z', ctrlKey: true, shiftKey: true }),
        press({ key: 'y', ctrlKey: true }),
        press({ key: 'z', metaKey: true }),
        press({ key: 'Z', metaKey: true, shiftKey: true }),
      ];
      expect(dispatched().slice(1)).toEqual([
        programTabActions.editUndone(),
        programTabActions.editRedone(),
        programTabActions.editRedone(),
        programTabActions.editUndone(),
        programTabActions.editRedone(),
      ]);
      expect(events.every((e) => e.defaultPrevented)).toBeTrue();
    });

    it('leaves other keys alone', async () => {
      await render({ dirty: true });
      const events = [
        press({ key: 'z' }),
        press({ key: 's', ctrlKey: true }),
        press({ key: 'z', altKey: true }),
      ];
      expect(dispatched()).toEqual([opened]);
      expect(events.some((e) => e.defaultPrevented)).toBeFalse();
    });

    it('leaves Ctrl+Z to a text field, to undo its typing', async () => {
      await render({ dirty: true });
      const summary = element.querySelector('.change-summary input')!;
      const event = press({ key: 'z', ctrlKey: true }, summary);
      expect(dispatched()).toEqual([opened]);
      expect(event.defaultPrevented).toBeFalse();
    });

    it("does nothing on a discharged patient's program", async () => {
      await render({ patient: samplePatient({ status: 'discharged' }) });
      press({ key: 'z', ctrlKey: true });
      expect(dispatched()).toEqual([opened]);
    });
  });

  describe('saving', () => {
    it('saves the program at the version it started from, with the change summary', async () => {
      await render();
      expect(button('Save as new version').disabled).toBeTrue();
      await edit(edited);
      const summary = element.querySelector<HTMLInputElement>('.change-summary input')!;
      summary.value = 'Step-up added';
      summary.dispatchEvent(new Event('input'));
      await click('Save as new version');
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.saveSubmitted({
          patientId: ana.id,
          request: { version: 3, program: edited, changeSummary: 'Step-up added' },
        }),
      );
    });

    it('says it is saving and allows no second save or discard meanwhile', async () => {
      await render({ dirty: true, write: { ...initialProgramState.write, status: 'saving' } });
      expect(button('Saving…').disabled).toBeTrue();
      expect(button('Discard changes').disabled).toBeTrue();
      expect(
        element.querySelector<HTMLInputElement>('app-exercise-picker input')!.disabled,
      ).toBeTrue();
    });

    it('empties the change summary once the save is done', async () => {
      await render({ dirty: true });
      const summary = element.querySelector<HTMLInputElement>('.change-summary input')!;
      summary.value = 'Step-up added';
      summary.dispatchEvent(new Event('input'));
      await fixture.whenStable();
      await change(programsFeature.selectWrite, { ...initialProgramState.write, status: 'saving' });
      expect(summary.value).toBe('Step-up added');
      await change(programsFeature.selectWrite, { ...initialProgramState.write, status: 'saved' });
      expect(summary.value).toBe('');
    });

    it('discards the unsaved changes', async () => {
      await render({ dirty: true });
      await click('Discard changes');
      expect(store.dispatch).toHaveBeenCalledWith(programTabActions.editsDiscarded());
    });

    it("says why a save failed, with the contract's field messages, and sends it again", async () => {
      const request = { version: 3, program: edited, changeSummary: '' };
      await render({
        dirty: true,
        write: {
          status: 'failed',
          error: {
            error: 'validation_failed',
            message: 'Check the dose.',
            fields: { 'sections.quadriceps.2.dose.sets': ['Enter 1 to 10 sets.'] },
          },
          current: null,
          write: { kind: 'save', request },
        },
      });
      expect(text('.toolbar + [role="alert"] p')).toBe(
        "The program wasn't saved. Check the dose. Enter 1 to 10 sets.",
      );
      await click('Try again');
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.saveSubmitted({ patientId: ana.id, request }),
      );
    });
  });

  describe('a save that lost to a newer one (409)', () => {
    const theirs: ProgramVersion = sampleProgramVersion({
      version: 4,
      savedAt: '2026-12-02T10:00:00.000Z',
      changeSummary: 'Their edit',
    });
    const stale = (kind: 'save' | 'template'): ProgramWriteState => ({
      status: 'stale',
      error: { error: 'version_conflict', message: 'Someone else saved.' },
      current: theirs,
      write:
        kind === 'save'
          ? { kind, request: { version: 3, program: edited, changeSummary: 'Mine' } }
          : { kind, request: { version: 3, templateId: 'pfp-hip-knee', mode: 'replace' } },
    });

    it('shows their version and keeps mine as the one after it', async () => {
      await render({ dirty: true, write: stale('save') });
      const panel = element.querySelector('app-stale-program-panel')!;
      expect(panel.textContent).toContain('saved version 4');
      expect(panel.textContent).toContain('Keep mine saves your program as version 5');
      await click('Keep mine as the next version', panel);
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.saveSubmitted({
          patientId: ana.id,
          request: { version: 4, program: edited, changeSummary: 'Mine' },
        }),
      );
    });

    it('applies a template again at their version when mine is kept', async () => {
      await render({ write: stale('template') });
      await click('Keep mine as the next version');
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.templateApplied({
          patientId: ana.id,
          request: { version: 4, templateId: 'pfp-hip-knee', mode: 'replace' },
        }),
      );
    });

    it('takes their version instead', async () => {
      await render({ dirty: true, write: stale('save') });
      await click('See their version');
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.savedVersionTaken({ current: theirs }),
      );
    });

    it('shows no choice otherwise', async () => {
      await render({ dirty: true });
      expect(element.querySelector('app-stale-program-panel')).toBeNull();
    });
  });

  describe('the builder and the picker', () => {
    it('adds a picked exercise at its starting dose', async () => {
      await render();
      const stepUp = catalogueResponse('step-up');
      fixture.debugElement
        .query(By.directive(ExercisePicker))
        .componentInstance.picked.emit({ exercise: stepUp, section: 'other' });
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.exerciseAdded({
          section: 'other',
          exerciseId: 'step-up',
          dose: stepUp.defaultDose,
        }),
      );
    });

    it("passes the builder's moves, removals, steps and dose edits on as events", async () => {
      await render();
      const builder: ProgramBuilder = fixture.debugElement.query(
        By.directive(ProgramBuilder),
      ).componentInstance;
      builder.moved.emit({ itemId: 'i2', section: 'other', index: 0 });
      builder.removed.emit('i1');
      builder.stepped.emit({ itemId: 'i2', direction: 'progress' });
      builder.doseChanged.emit({ itemId: 'i1', dose: standardDose({ sets: 4 }) });
      expect(dispatched().slice(1)).toEqual([
        programTabActions.exerciseMoved({ itemId: 'i2', section: 'other', index: 0 }),
        programTabActions.exerciseRemoved({ itemId: 'i1' }),
        programTabActions.exerciseStepped({ itemId: 'i2', direction: 'progress' }),
        programTabActions.doseChanged({ itemId: 'i1', dose: standardDose({ sets: 4 }) }),
      ]);
    });

    it("shows a discharged patient's program read-only, without tools to change it", async () => {
      await render({ patient: samplePatient({ status: 'discharged' }) });
      expect(text('.read-only')).toBe(
        'This patient is discharged: their program can be read, not changed.',
      );
      expect(element.querySelector('[role="toolbar"]')).toBeNull();
      expect(element.querySelector('app-exercise-picker')).toBeNull();
      expect(element.querySelector('app-program-builder .handle')).toBeNull();
    });
  });

  describe('an exercise queued from the library (?addExercise=&section=)', () => {
    it('adds it to the section asked for, once, and takes the request off the address', async () => {
      await render({ load: 'loading', query: { addExercise: 'step-up', section: 'other' } });
      expect(dispatched()).toEqual([opened]);
      await change(selectProgramLoad, 'ready');
      await change(selectProgramLoad, 'loading');
      await change(selectProgramLoad, 'ready');
      expect(dispatched()).toEqual([
        opened,
        programTabActions.exerciseAdded({
          section: 'other',
          exerciseId: 'step-up',
          dose: catalogueResponse('step-up').defaultDose,
        }),
      ]);
      expect(navigate).toHaveBeenCalledOnceWith(
        [],
        jasmine.objectContaining({
          queryParams: { addExercise: null, section: null },
          queryParamsHandling: 'merge',
          replaceUrl: true,
        }),
      );
    });

    it("adds it to its own section when the section asked for isn't one", async () => {
      await render({ query: { addExercise: 'glute-bridge', section: 'arms' } });
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.exerciseAdded({
          section: 'glutes_hip',
          exerciseId: 'glute-bridge',
          dose: catalogueResponse('glute-bridge').defaultDose,
        }),
      );
    });

    it('adds nothing for an exercise not in the library', async () => {
      await render({ query: { addExercise: 'no-such-exercise' } });
      expect(dispatched()).toEqual([opened]);
    });

    it("adds nothing to a discharged patient's program", async () => {
      await render({
        patient: samplePatient({ status: 'discharged' }),
        query: { addExercise: 'step-up' },
      });
      expect(dispatched()).toEqual([opened]);
    });
  });

  describe('unsaved work', () => {
    const draft = (value: Program, savedAt = new Date().toISOString()): FormDraft<Program> => ({
      savedAt,
      baseVersion: 3,
      baseValue: null,
      value,
    });

    it('offers back, at its time, a draft left by a reload', async () => {
      const kept = draft(edited);
      await render({ draft: kept });
      const offer = element.querySelector('app-draft-offer')!;
      expect(offer.getAttribute('role')).toBe('region');
      expect(text('app-draft-offer p')).toBe(
        `Restore unsaved changes from ${formatClinicDate(kept.savedAt, 'time')}?`,
      );
      await click('Restore', offer);
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.draftRestored({ program: edited, baseVersion: 3 }),
      );
      expect(element.querySelector('app-draft-offer')).toBeNull();
    });

    it('gives the date of a draft from another day', async () => {
      const kept = draft(edited, '2026-11-30T16:45:00.000Z');
      await render({ draft: kept });
      expect(text('app-draft-offer p')).toBe(
        `Restore unsaved changes from ${formatClinicDate(kept.savedAt, 'dateTime')}?`,
      );
    });

    it('throws a discarded draft away', async () => {
      await render({ draft: draft(edited) });
      await click('Discard', element.querySelector('app-draft-offer')!);
      expect(element.querySelector('app-draft-offer')).toBeNull();
      expect(storage.getItem(draftKey)).toBeNull();
      expect(dispatched()).toEqual([opened]);
    });

    it('offers no draft that holds the saved program, nor over edits in hand', async () => {
      await render({ draft: draft(saved.program) });
      expect(element.querySelector('app-draft-offer')).toBeNull();
      TestBed.resetTestingModule();
      await render({ draft: draft(edited), dirty: true });
      expect(element.querySelector('app-draft-offer')).toBeNull();
    });

    it('offers the draft only once the program has loaded', async () => {
      await render({ load: 'loading', draft: draft(edited) });
      expect(element.querySelector('app-draft-offer')).toBeNull();
      await change(selectProgramLoad, 'ready');
      expect(element.querySelector('app-draft-offer')).not.toBeNull();
    });

    it('keeps edits in a session draft, and drops it once they are saved', async () => {
      await render();
      await edit(edited);
      await new Promise((resolve) => setTimeout(resolve));
      const kept = JSON.parse(storage.getItem(draftKey)!) as FormDraft<Program>;
      expect(kept.value).toEqual(edited);
      expect(kept.baseVersion).toBe(3);
      await change(selectProgramDirty, false);
      expect(storage.getItem(draftKey)).toBeNull();
    });

    it('tells the patient page about unsaved work, and discards it when asked', async () => {
      await render();
      const work = TestBed.inject(UnsavedWork);
      expect(work.hasUnsavedChanges()).toBeFalse();
      await edit(edited);
      await new Promise((resolve) => setTimeout(resolve));
      expect(work.hasUnsavedChanges()).toBeTrue();
      work.discardChanges();
      expect(store.dispatch).toHaveBeenCalledWith(programTabActions.editsDiscarded());
      expect(storage.getItem(draftKey)).toBeNull();
    });
  });

  describe('templates and versions', () => {
    it('opens the templates, saying it is open', async () => {
      await render();
      const toggle = button('Templates');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(element.querySelector('app-program-templates')).toBeNull();
      await click('Templates');
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(element.querySelector('app-program-templates')!.textContent).toContain(
        'Patellofemoral pain: hip and knee',
      );
      await click('Templates');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
    });

    it('applies a template at the version the builder shows', async () => {
      await render();
      await click('Templates');
      element
        .querySelector<HTMLButtonElement>(
          'button[aria-label="Add IT band syndrome: hip abductors to the program"]',
        )!
        .click();
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.templateApplied({
          patientId: ana.id,
          request: { version: 3, templateId: 'itbs-hip-abductors', mode: 'append' },
        }),
      );
    });

    it('blocks templates while there are unsaved changes', async () => {
      await render({ dirty: true });
      await click('Templates');
      expect(text('app-program-templates .blocked')).toBe(
        'Save or discard your changes before using a template.',
      );
    });

    it('saves the program as a clinic template for the patient’s diagnosis', async () => {
      await render();
      await click('Templates');
      const name = element.querySelector<HTMLInputElement>('input[formControlName="name"]')!;
      name.value = 'Hill block';
      name.dispatchEvent(new Event('input'));
      await click('Save as template');
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.templateSaved({
          request: { name: 'Hill block', summary: '', diagnoses: ['itbs'], program: saved.program },
        }),
      );
    });

    it('opens the versions, loading the history, saying it is open', async () => {
      await render();
      const toggle = button('Versions');
      await click('Versions');
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(store.dispatch).toHaveBeenCalledWith(
        programTabActions.historyOpened({ patientId: ana.id }),
      );
      await click('Versions');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(element.querySelector('app-program-versions')).toBeNull();
    });

    it('views, compares and restores versions, restoring at the version the builder shows', async () => {
      const v1 = sampleProgramVersion();
      await render();
      await change(programsFeature.selectHistory, {
        status: 'loaded',
        versions: [3, 2, 1].map((version) => ({ ...summaryOf(v1), version })),
        error: null,
      });
      await change(selectShownVersion, v1);
      await click('Versions');
      element.querySelector<HTMLButtonElement>('button[aria-label="View version 2"]')!.click();
      await click('Compare');
      await click('Restore as a new version');
      expect(dispatched().slice(-3)).toEqual([
        programTabActions.versionViewed({ patientId: ana.id, version: 2 }),
        programTabActions.comparisonChosen({ patientId: ana.id, older: 2, newer: 3 }),
        programTabActions.versionRestored({
          patientId: ana.id,
          request: { version: 3, program: v1.program, changeSummary: 'Restored version 1' },
        }),
      ]);
    });

    it("says why an earlier version can't be restored", async () => {
      await render({ dirty: true });
      await change(selectShownVersion, sampleProgramVersion());
      await change(programsFeature.selectHistory, {
        status: 'loaded',
        versions: [summaryOf(sampleProgramVersion({ version: 3 }))],
        error: null,
      });
      await click('Versions');
      expect(text('app-program-versions .blocked')).toBe('Save or discard your changes first.');
    });
  });
});

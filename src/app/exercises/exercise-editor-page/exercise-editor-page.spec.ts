import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { By } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { createCustomExerciseRequest } from '@domain/contracts/exercises';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import {
  catalogueResponse,
  customExercise,
  sampleLibrary,
} from '../../../testing/sample-exercises';
import { manager, therapist } from '../../../testing/sample-users';
import { initialAuthState } from '../../core/auth/state/auth.feature';
import { FormDrafts } from '../../ui/forms/form-drafts';
import { ExerciseForm } from '../exercise-form/exercise-form';
import {
  ExerciseFormGroup,
  ExerciseFormValue,
  fillExerciseForm,
  formValue,
  formValueOf,
} from '../exercise-form/exercise-form-model';
import { exerciseEditorPageActions } from '../state/exercises.actions';
import {
  ExerciseSaveState,
  ExercisesState,
  exercisesAdapter,
  initialExercisesState,
} from '../state/exercises.feature';
import { selectCopyOfId, selectSelectedExerciseId } from '../state/exercises.selectors';
import { ExerciseEditorPage } from './exercise-editor-page';

const custom = customExercise();
const offline = { error: 'network_error', message: "Stride Rx can't reach the server." };

function library(changes: Partial<ExercisesState> = {}): ExercisesState {
  return exercisesAdapter.setAll(sampleLibrary(), {
    ...initialExercisesState,
    loaded: true,
    ...changes,
  });
}

function editing(id = custom.id): ExercisesState {
  return library({ edited: { id, loading: false, error: null } });
}

describe('ExerciseEditorPage', () => {
  let fixture: ComponentFixture<ExerciseEditorPage>;
  let store: MockStore;
  let page: HTMLElement;
  let drafts: FormDrafts;
  let router: Router;
  let exercises: ExercisesState;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    drafts = TestBed.inject(FormDrafts);
    drafts.clearAll();
  });

  afterEach(() => drafts.clearAll());

  async function render(
    address: { id?: string; copyOf?: string },
    state: ExercisesState = address.id ? editing(address.id) : library(),
  ): Promise<void> {
    exercises = state;
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectSelectedExerciseId, address.id);
    store.overrideSelector(selectCopyOfId, address.copyOf);
    store.setState(storeState());
    spyOn(store, 'dispatch');
    router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    fixture = TestBed.createComponent(ExerciseEditorPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  }

  function storeState() {
    return {
      auth: { ...initialAuthState, status: 'signedIn', user: therapist },
      exercises,
    };
  }

  async function setExercises(changes: Partial<ExercisesState>): Promise<void> {
    exercises = { ...exercises, ...changes };
    store.setState(storeState());
    await fixture.whenStable();
  }

  async function setSave(save: Partial<ExerciseSaveState>): Promise<void> {
    await setExercises({
      save: { status: 'idle', error: null, current: null, savedId: null, ...save },
    });
  }

  function form(): ExerciseFormGroup {
    return fixture.debugElement.query(By.directive(ExerciseForm)).componentInstance.form();
  }

  async function type(name: string, value: string): Promise<void> {
    const input = page.querySelector<HTMLInputElement>(`[formControlName="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function click(label: string): Promise<void> {
    const button = [...page.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) =>
        (candidate.querySelector('.mdc-button__label') ?? candidate).textContent!.trim() === label,
    );
    if (!button) throw new Error(`No button "${label}"`);
    button.click();
    await fixture.whenStable();
  }

  function draftOf(key: string) {
    return drafts.load<ExerciseFormValue>(therapist.id, key);
  }

  function request(value: ExerciseFormValue) {
    const { defaultDose: _dose, ...rest } = value;
    return rest;
  }

  describe('a new exercise', () => {
    it('starts blank, under the heading New exercise, with the library to link to', async () => {
      await render({});
      expect(store.dispatch).toHaveBeenCalledWith(exerciseEditorPageActions.opened({ id: null }));
      expect(page.querySelector('h1')!.textContent).toBe('New exercise');
      expect(form().getRawValue().name).toBe('');
      expect(form().dirty).toBeFalse();
    });

    it('sends a complete exercise to be created', async () => {
      await render({});
      const value = formValueOf(customExercise());
      fillExerciseForm(form(), value);
      await click('Save exercise');
      const { id: _id, origin: _o, version: _v, ...fields } = custom;
      expect(store.dispatch).toHaveBeenCalledWith(
        exerciseEditorPageActions.createSubmitted({
          request: createCustomExerciseRequest.parse(fields),
        }),
      );
    });

    it('keeps a draft of unsaved work in the tab, and offers it back after a reload', async () => {
      await render({});
      await type('name', 'Slow step-down');
      expect(draftOf('exercise.new')!.value.name).toBe('Slow step-down');
      expect(fixture.componentInstance.hasUnsavedChanges()).toBeTrue();

      const saved = draftOf('exercise.new')!;
      fixture.destroy();
      drafts.save(therapist.id, 'exercise.new', {
        ...saved,
        value: { ...saved.value, steps: ['One.', 'Two.', 'Three.', 'Four.'] },
      });
      fixture = TestBed.createComponent(ExerciseEditorPage);
      page = fixture.nativeElement;
      await fixture.whenStable();
      expect(page.textContent).toContain('Restore unsaved changes from');
      await click('Restore');
      expect(formValue(form()).name).toBe('Slow step-down');
      expect(form().controls.steps.length).toBe(4);
      expect(form().dirty).toBeTrue();
    });

    it('never offers another user’s draft', async () => {
      drafts.save(manager.id, 'exercise.new', {
        savedAt: new Date().toISOString(),
        baseVersion: null,
        baseValue: null,
        value: formValueOf(custom),
      });
      await render({});
      expect(page.textContent).not.toContain('Restore unsaved changes');
    });

    it('forgets the draft and opens the saved exercise in the library', async () => {
      await render({});
      await type('name', 'Slow step-down');
      await setSave({ status: 'saved', savedId: custom.id });
      expect(draftOf('exercise.new')).toBeNull();
      expect(router.navigate).toHaveBeenCalledWith(['/exercises', custom.id]);
      expect(fixture.componentInstance.hasUnsavedChanges()).toBeFalse();
    });

    it("shows the server's field messages beside the fields", async () => {
      await render({});
      fillExerciseForm(form(), formValueOf(custom));
      await setSave({
        status: 'failed',
        error: {
          error: 'validation_failed',
          message: 'Check the highlighted fields.',
          fields: { name: ['The name is at most 60 characters.'] },
        },
      });
      const name = page.querySelector('[formControlName="name"]')!.closest('mat-form-field')!;
      expect(name.querySelector('mat-error')!.textContent!.trim()).toBe(
        'The name is at most 60 characters.',
      );
      expect(page.querySelector('.alert')!.textContent).toContain('Check the highlighted fields.');
    });

    it('keeps everything typed when a save fails, says why and retries', async () => {
      await render({});
      fillExerciseForm(form(), formValueOf(custom));
      await type('name', 'Step-up, slow');
      await setSave({ status: 'failed', error: offline });
      expect(page.querySelector('.alert')!.textContent).toContain(
        "Couldn't save the exercise. Stride Rx can't reach the server.",
      );
      (store.dispatch as jasmine.Spy).calls.reset();
      await click('Retry');
      const [[action]] = (store.dispatch as jasmine.Spy).calls.allArgs();
      expect(action.type).toBe(exerciseEditorPageActions.createSubmitted.type);
      expect(action.request.name).toBe('Step-up, slow');
    });
  });

  describe('a copy of a catalogue exercise', () => {
    it('starts from every field of the original, naming it', async () => {
      await render({ copyOf: 'goblet-squat' });
      expect(page.querySelector('h1')!.textContent).toBe('New exercise from Goblet squat');
      expect(page.querySelector('.based-on')!.textContent).toContain(
        "A copy of the catalogue's Goblet squat",
      );
      const value = formValue(form());
      expect(value.basedOn).toBe('goblet-squat');
      expect(value.steps).toEqual(catalogueResponse('goblet-squat').steps);
      expect(value.defaultDose.load).toEqual({ kind: 'kg', amount: 8, colour: null, rpe: null });
      expect(form().dirty).toBeFalse();
      await click('Save exercise');
      const [action] = (store.dispatch as jasmine.Spy).calls.mostRecent().args;
      expect(action.type).toBe(exerciseEditorPageActions.createSubmitted.type);
      expect(action.request.basedOn).toBe('goblet-squat');
      expect(action.request.name).toBe('Goblet squat');
    });

    it('waits for the library, then fills the form', async () => {
      await render({ copyOf: 'clamshell' }, { ...initialExercisesState, loading: true });
      expect(page.textContent).toContain('Loading the exercise…');
      await setExercises(library());
      expect(formValue(form()).name).toBe('Clamshell');
    });

    it('says when there is nothing to copy', async () => {
      await render({ copyOf: 'no-such-exercise' });
      expect(page.querySelector('h1')!.textContent).toBe('No such exercise');
    });

    it('cancels back to the original in the library', async () => {
      await render({ copyOf: 'clamshell' });
      await click('Cancel');
      expect(router.navigate).toHaveBeenCalledWith(['/exercises', 'clamshell']);
    });
  });

  describe('editing the clinic’s own exercise', () => {
    it('starts from the exercise as saved now and saves with its version', async () => {
      await render({ id: custom.id });
      expect(store.dispatch).toHaveBeenCalledWith(
        exerciseEditorPageActions.opened({ id: custom.id }),
      );
      expect(page.querySelector('h1')!.textContent).toBe('Edit Step-up with a pause');
      await type('name', 'Step-up, slow');
      await click('Save exercise');
      const [action] = (store.dispatch as jasmine.Spy).calls.mostRecent().args;
      expect(action.type).toBe(exerciseEditorPageActions.updateSubmitted.type);
      expect(action.id).toBe(custom.id);
      expect(action.request.version).toBe(2);
      expect(action.request.name).toBe('Step-up, slow');
    });

    it('waits while the exercise is read fresh', async () => {
      await render(
        { id: custom.id },
        library({ edited: { id: custom.id, loading: true, error: null } }),
      );
      expect(page.textContent).toContain('Loading the exercise…');
    });

    it('keeps catalogue exercises read-only and offers a copy', async () => {
      await render({ id: 'goblet-squat' });
      expect(page.textContent).toContain('Catalogue exercises are the same for every clinic');
      expect(page.querySelector('app-exercise-form')).toBeNull();
      const copy = page.querySelector<HTMLAnchorElement>(
        'a[href="/exercises/new?copyOf=goblet-squat"]',
      );
      expect(copy!.textContent).toContain('Copy as custom');
    });

    it('says when there is no such exercise', async () => {
      const notFound = { error: 'not_found', message: 'No such exercise.' };
      await render(
        { id: 'gone' },
        library({ edited: { id: 'gone', loading: false, error: notFound } }),
      );
      expect(page.querySelector('h1')!.textContent).toBe('No such exercise');
    });

    it('says why the exercise did not load, and reads it again', async () => {
      await render(
        { id: custom.id },
        library({ edited: { id: custom.id, loading: false, error: offline } }),
      );
      expect(page.textContent).toContain(
        "Couldn't load the exercise. Stride Rx can't reach the server.",
      );
      (store.dispatch as jasmine.Spy).calls.reset();
      await click('Retry');
      expect(store.dispatch).toHaveBeenCalledWith(
        exerciseEditorPageActions.opened({ id: custom.id }),
      );
    });

    describe('when someone else saved first', () => {
      const theirs = { ...custom, version: 3, cues: ['Go slowly.', 'Stand tall at the top.'] };
      const stale = {
        status: 'stale' as const,
        error: {
          error: 'stale_version',
          message: 'Someone else saved this exercise since you opened it.',
        },
        current: theirs,
      };

      async function conflict(): Promise<void> {
        await render({ id: custom.id });
        await type('name', 'Step-up, slow');
        await setSave(stale);
      }

      it('says so, shows their values beside mine and overwrites nothing', async () => {
        await conflict();
        const panel = page.querySelector('app-stale-edit-panel')!;
        expect(panel.querySelector('h2')!.textContent!.trim()).toBe(
          'Someone else saved this exercise while you were editing',
        );
        expect(panel.textContent).toContain(
          'Someone else saved this exercise since you opened it.',
        );
        const rows = [...panel.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.children].map((cell) => cell.textContent!.trim()),
        );
        expect(rows).toEqual([
          ['Name', 'Step-up with a pause', 'Step-up, slow', 'Step-up, slow'],
          [
            'Cues',
            'Go slowly. · Stand tall at the top.',
            'Let the top leg do the work. · Keep your knee in line with your toes.',
            'Go slowly. · Stand tall at the top.',
          ],
        ]);
        expect(document.activeElement).toBe(panel.querySelector('h2'));
        expect(formValue(form()).name).toBe('Step-up, slow');
        expect(
          (store.dispatch as jasmine.Spy).calls
            .allArgs()
            .filter(([a]) => a.type === exerciseEditorPageActions.updateSubmitted.type).length,
        ).toBe(0);
      });

      it('keeps my changes on top of their save, as its next version', async () => {
        await conflict();
        (store.dispatch as jasmine.Spy).calls.reset();
        await click('Keep my changes');
        const [action] = (store.dispatch as jasmine.Spy).calls.mostRecent().args;
        expect(action.type).toBe(exerciseEditorPageActions.updateSubmitted.type);
        expect(action.request.version).toBe(3);
        expect(action.request.name).toBe('Step-up, slow');
        expect(action.request.cues).toEqual(theirs.cues);
      });

      it('takes their saved exercise instead', async () => {
        await conflict();
        await click('Use the saved version');
        expect(store.dispatch).toHaveBeenCalledWith(
          exerciseEditorPageActions.currentVersionTaken({ exercise: theirs }),
        );
        expect(request(formValue(form()))).toEqual(request(formValueOf(theirs)));
        expect(draftOf(`exercise.${custom.id}`)).toBeNull();
      });
    });
  });
});

import type { ApiError } from '@domain/contracts/api-error';
import {
  catalogueResponse,
  customExercise,
  pausedStepUpId,
} from '../../../testing/sample-exercises';
import { defaultLibraryQuery } from '../library-query';
import {
  exerciseEditorPageActions,
  exerciseLibraryPageActions,
  exercisesApiActions,
} from './exercises.actions';
import {
  ExercisesState,
  exercisesAdapter,
  exercisesFeature,
  initialExercisesState,
} from './exercises.feature';

const { reducer } = exercisesFeature;
const offline: ApiError = { error: 'network_error', message: "Stride Rx can't reach the server." };
const wallSit = catalogueResponse('wall-sit');
const custom = customExercise();

function loaded(state: Partial<ExercisesState> = {}): ExercisesState {
  return exercisesAdapter.setAll([wallSit, custom], {
    ...initialExercisesState,
    loaded: true,
    ...state,
  });
}

function editing(state = loaded()): ExercisesState {
  return { ...state, edited: { id: custom.id, loading: false, error: null } };
}

describe('exercises reducer', () => {
  it('returns the same state object for an unknown action', () => {
    const state = loaded();
    expect(reducer(state, { type: '[Elsewhere] Something' })).toBe(state);
  });

  describe('the library', () => {
    it('starts its one load when a page opens it', () => {
      const state = reducer(initialExercisesState, exerciseLibraryPageActions.opened());
      expect(state.loading).toBeTrue();
      const already = loaded();
      expect(reducer(already, exerciseLibraryPageActions.opened())).toBe(already);
    });

    it('keeps the query the address bar names', () => {
      const query = { ...defaultLibraryQuery, q: 'squat' };
      const state = reducer(loaded(), exerciseLibraryPageActions.queryChanged({ query }));
      expect(state.query).toEqual(query);
      expect(state.ids.length).toBe(2);
    });

    it('loads again on Retry', () => {
      const failed = { ...initialExercisesState, loadError: offline };
      const state = reducer(failed, exerciseLibraryPageActions.retrySelected());
      expect(state.loading).toBeTrue();
      expect(state.loadError).toBeNull();
    });

    it('holds every exercise once loaded, in the server order', () => {
      const loading = { ...initialExercisesState, loading: true, loadError: offline };
      const state = reducer(
        loading,
        exercisesApiActions.listLoadSucceeded({ exercises: [wallSit, custom] }),
      );
      expect(state.ids).toEqual([wallSit.id, custom.id]);
      expect(state.loaded).toBeTrue();
      expect(state.loading).toBeFalse();
      expect(state.loadError).toBeNull();
    });

    it('says why it did not load', () => {
      const loading = { ...initialExercisesState, loading: true };
      const state = reducer(loading, exercisesApiActions.listLoadFailed({ error: offline }));
      expect(state.loading).toBeFalse();
      expect(state.loadError).toEqual(offline);
      expect(state.loaded).toBeFalse();
    });
  });

  describe('the editor', () => {
    it('opens a new exercise with a fresh save, loading the library if needed', () => {
      const saved = {
        ...initialExercisesState,
        save: { status: 'saved' as const, error: null, current: null, savedId: custom.id },
      };
      const state = reducer(saved, exerciseEditorPageActions.opened({ id: null }));
      expect(state.edited).toEqual({ id: null, loading: false, error: null });
      expect(state.save.status).toBe('idle');
      expect(state.loading).toBeTrue();
    });

    it('reads the exercise to edit fresh', () => {
      const state = reducer(loaded(), exerciseEditorPageActions.opened({ id: custom.id }));
      expect(state.edited).toEqual({ id: custom.id, loading: true, error: null });
      expect(state.loading).toBeFalse();
    });

    it('keeps the exercise as read, for the editor and the library', () => {
      const opened = reducer(loaded(), exerciseEditorPageActions.opened({ id: custom.id }));
      const newer = { ...custom, version: 3, name: 'Step-up, slow' };
      const state = reducer(opened, exercisesApiActions.exerciseLoadSucceeded({ exercise: newer }));
      expect(state.entities[custom.id]).toEqual(newer);
      expect(state.edited.loading).toBeFalse();
    });

    it('keeps another exercise read meanwhile without finishing the edit load', () => {
      const opened = reducer(loaded(), exerciseEditorPageActions.opened({ id: custom.id }));
      const other = catalogueResponse('goblet-squat');
      const state = reducer(opened, exercisesApiActions.exerciseLoadSucceeded({ exercise: other }));
      expect(state.entities[other.id]).toEqual(other);
      expect(state.edited.loading).toBeTrue();
    });

    it('says the exercise to edit does not exist', () => {
      const notFound = { error: 'not_found', message: 'No such exercise.' };
      const opened = reducer(loaded(), exerciseEditorPageActions.opened({ id: 'gone' }));
      const state = reducer(
        opened,
        exercisesApiActions.exerciseLoadFailed({ id: 'gone', error: notFound }),
      );
      expect(state.edited).toEqual({ id: 'gone', loading: false, error: notFound });
      const stale = reducer(
        opened,
        exercisesApiActions.exerciseLoadFailed({ id: 'other', error: notFound }),
      );
      expect(stale).toBe(opened);
    });
  });

  describe('saving', () => {
    const { id: _id, origin: _o, version: _v, ...request } = custom;

    it('marks a create or update as saving', () => {
      expect(
        reducer(loaded(), exerciseEditorPageActions.createSubmitted({ request })).save.status,
      ).toBe('saving');
      expect(
        reducer(
          editing(),
          exerciseEditorPageActions.updateSubmitted({
            id: custom.id,
            request: { ...request, version: 2 },
          }),
        ).save.status,
      ).toBe('saving');
    });

    it('adds a created exercise to the library and names it for selection', () => {
      const created = { ...custom, id: '0d8e7f6a-5b4c-4d3e-9f2a-1b0c9d8e7f6a' };
      const state = reducer(loaded(), exercisesApiActions.createSucceeded({ exercise: created }));
      expect(state.entities[created.id]).toEqual(created);
      expect(state.save).toEqual({
        status: 'saved',
        error: null,
        current: null,
        savedId: created.id,
      });
    });

    it('replaces an updated exercise in the library', () => {
      const updated = { ...custom, version: 3, name: 'Step-up, slow' };
      const state = reducer(editing(), exercisesApiActions.updateSucceeded({ exercise: updated }));
      expect(state.entities[pausedStepUpId]).toEqual(updated);
      expect(state.save.savedId).toBe(pausedStepUpId);
    });

    it('keeps the form as typed when a create fails', () => {
      const state = reducer(loaded(), exercisesApiActions.createFailed({ error: offline }));
      expect(state.save).toEqual({
        status: 'failed',
        error: offline,
        current: null,
        savedId: null,
      });
    });

    it('tells a stale save from a failed one, and shows the saved exercise in the library', () => {
      const readOnly = {
        error: 'catalogue_read_only',
        message: 'Catalogue exercises are read-only.',
      };
      const failed = reducer(
        editing(),
        exercisesApiActions.updateFailed({ error: readOnly, current: null }),
      );
      expect(failed.save.status).toBe('failed');
      expect(failed.save.error).toEqual(readOnly);

      const theirs = { ...custom, version: 3, cues: ['Slow down.', 'Stand tall.'] };
      const stale = { error: 'stale_version', message: 'Someone else saved this exercise.' };
      const state = reducer(
        editing(),
        exercisesApiActions.updateFailed({ error: stale, current: theirs }),
      );
      expect(state.save).toEqual({ status: 'stale', error: stale, current: theirs, savedId: null });
      expect(state.entities[custom.id]).toEqual(theirs);
    });

    it('takes the saved exercise after a stale save', () => {
      const theirs = { ...custom, version: 3 };
      const stale = {
        ...editing(),
        save: { status: 'stale' as const, error: offline, current: theirs, savedId: null },
      };
      const state = reducer(
        stale,
        exerciseEditorPageActions.currentVersionTaken({ exercise: theirs }),
      );
      expect(state.save.status).toBe('idle');
      expect(state.entities[custom.id]).toEqual(theirs);
    });
  });

  it('lists every exercise by the adapter', () => {
    const state = { exercises: loaded() };
    expect(exercisesFeature.selectAllExercises(state)).toEqual([wallSit, custom]);
  });
});

import type { ApiError } from '@domain/contracts/api-error';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import { EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';
import { LibraryQuery, defaultLibraryQuery } from '../library-query';
import {
  exerciseEditorPageActions,
  exerciseLibraryPageActions,
  exercisesApiActions,
} from './exercises.actions';

/** The custom exercise the editor opened, read fresh so the edit starts from its latest version. */
export interface EditedExercise {
  id: string | null;
  loading: boolean;
  /** `not_found` for an unknown id. */
  error: ApiError | null;
}

/**
 * The editor's save. `failed` keeps the form as typed; `stale` means someone else saved first and
 * `current` is the exercise as it is now. `savedId` names the exercise the library then selects.
 */
export interface ExerciseSaveState {
  status: 'idle' | 'saving' | 'saved' | 'failed' | 'stale';
  error: ApiError | null;
  current: ExerciseResponse | null;
  savedId: string | null;
}

/**
 * The whole library (the catalogue and the clinic's custom exercises, about 60 in all) is read once
 * and filtered here, so every search and filter answers at once without a request.
 */
export interface ExercisesState extends EntityState<ExerciseResponse> {
  /** The search and filters the address bar names. */
  query: LibraryQuery;
  loaded: boolean;
  loading: boolean;
  loadError: ApiError | null;
  edited: EditedExercise;
  save: ExerciseSaveState;
}

const idleSave: ExerciseSaveState = { status: 'idle', error: null, current: null, savedId: null };

/** In the server's order: the catalogue's (by builder section), then the clinic's own. */
export const exercisesAdapter = createEntityAdapter<ExerciseResponse>();

export const initialExercisesState: ExercisesState = exercisesAdapter.getInitialState({
  query: defaultLibraryQuery,
  loaded: false,
  loading: false,
  loadError: null,
  edited: { id: null, loading: false, error: null },
  save: idleSave,
});

/** Opening a page that needs the library starts its one load, unless it is loaded or loading. */
function openLibrary(state: ExercisesState): ExercisesState {
  return state.loaded || state.loading ? state : { ...state, loading: true, loadError: null };
}

export const exercisesFeature = createFeature({
  name: 'exercises',
  reducer: createReducer(
    initialExercisesState,
    on(exerciseLibraryPageActions.opened, (state): ExercisesState => openLibrary(state)),
    on(exerciseLibraryPageActions.queryChanged, (state, { query }): ExercisesState => ({
      ...state,
      query,
    })),
    on(exerciseLibraryPageActions.retrySelected, (state): ExercisesState => ({
      ...state,
      loading: true,
      loadError: null,
    })),
    on(exercisesApiActions.listLoadSucceeded, (state, { exercises }): ExercisesState =>
      exercisesAdapter.setAll(exercises, {
        ...state,
        loaded: true,
        loading: false,
        loadError: null,
      }),
    ),
    on(exercisesApiActions.listLoadFailed, (state, { error }): ExercisesState => ({
      ...state,
      loading: false,
      loadError: error,
    })),
    on(exerciseEditorPageActions.opened, (state, { id }): ExercisesState => ({
      ...openLibrary(state),
      edited: { id, loading: id !== null, error: null },
      save: idleSave,
    })),
    on(exercisesApiActions.exerciseLoadSucceeded, (state, { exercise }): ExercisesState => {
      const edited =
        state.edited.id === exercise.id ? { ...state.edited, loading: false } : state.edited;
      return exercisesAdapter.upsertOne(exercise, { ...state, edited });
    }),
    on(exercisesApiActions.exerciseLoadFailed, (state, { id, error }): ExercisesState =>
      state.edited.id === id ? { ...state, edited: { id, loading: false, error } } : state,
    ),
    on(
      exerciseEditorPageActions.createSubmitted,
      exerciseEditorPageActions.updateSubmitted,
      (state): ExercisesState => ({ ...state, save: { ...idleSave, status: 'saving' } }),
    ),
    on(
      exercisesApiActions.createSucceeded,
      exercisesApiActions.updateSucceeded,
      (state, { exercise }): ExercisesState =>
        exercisesAdapter.upsertOne(exercise, {
          ...state,
          save: { ...idleSave, status: 'saved', savedId: exercise.id },
        }),
    ),
    on(exercisesApiActions.createFailed, (state, { error }): ExercisesState => ({
      ...state,
      save: { ...idleSave, status: 'failed', error },
    })),
    on(exercisesApiActions.updateFailed, (state, { error, current }): ExercisesState => {
      if (!current) return { ...state, save: { ...idleSave, status: 'failed', error } };
      // The library shows the exercise as saved now; the editor keeps the therapist's values.
      return exercisesAdapter.upsertOne(current, {
        ...state,
        save: { ...idleSave, status: 'stale', error, current },
      });
    }),
    on(exerciseEditorPageActions.currentVersionTaken, (state, { exercise }): ExercisesState =>
      exercisesAdapter.upsertOne(exercise, { ...state, save: idleSave }),
    ),
  ),
  extraSelectors: ({ selectExercisesState }) => ({
    selectAllExercises: exercisesAdapter.getSelectors(selectExercisesState).selectAll,
  }),
});

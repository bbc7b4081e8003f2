import type { ApiError } from '@domain/contracts/api-error';
import type {
  CreateCustomExerciseRequest,
  ExerciseResponse,
  UpdateCustomExerciseRequest,
} from '@domain/contracts/exercises';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { LibraryQuery } from '../library-query';

export const exerciseLibraryPageActions = createActionGroup({
  source: 'Exercise Library Page',
  events: {
    Opened: emptyProps(),
    /** The address bar's query: on opening the page, and on back, forward and every change. */
    'Query Changed': props<{ query: LibraryQuery }>(),
    // The user narrows the list: each carries the query it asks for, shown in the URL.
    'Search Changed': props<{ query: LibraryQuery }>(),
    'Muscle Group Filter Changed': props<{ query: LibraryQuery }>(),
    'Equipment Filter Changed': props<{ query: LibraryQuery }>(),
    'Difficulty Filter Changed': props<{ query: LibraryQuery }>(),
    'Suitable For Changed': props<{ query: LibraryQuery }>(),
    'Cautioned Shown Changed': props<{ query: LibraryQuery }>(),
    'Origin Filter Changed': props<{ query: LibraryQuery }>(),
    'Filters Cleared': props<{ query: LibraryQuery }>(),
    'Retry Selected': emptyProps(),
  },
});

export const exerciseEditorPageActions = createActionGroup({
  source: 'Exercise Editor Page',
  events: {
    /** `id` is null for a new exercise (from scratch or a copy). */
    Opened: props<{ id: string | null }>(),
    'Create Submitted': props<{ request: CreateCustomExerciseRequest }>(),
    'Update Submitted': props<{ id: string; request: UpdateCustomExerciseRequest }>(),
    /** After a stale save the therapist chose the exercise as someone else saved it. */
    'Current Version Taken': props<{ exercise: ExerciseResponse }>(),
  },
});

/** A save that lost to someone else's carries the exercise as it is now (`current`); else null. */
export const exercisesApiActions = createActionGroup({
  source: 'Exercises API',
  events: {
    'List Load Succeeded': props<{ exercises: ExerciseResponse[] }>(),
    'List Load Failed': props<{ error: ApiError }>(),
    'Exercise Load Succeeded': props<{ exercise: ExerciseResponse }>(),
    'Exercise Load Failed': props<{ id: string; error: ApiError }>(),
    'Create Succeeded': props<{ exercise: ExerciseResponse }>(),
    'Create Failed': props<{ error: ApiError }>(),
    'Update Succeeded': props<{ exercise: ExerciseResponse }>(),
    'Update Failed': props<{ error: ApiError; current: ExerciseResponse | null }>(),
  },
});

import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { exerciseResponse } from '@domain/contracts/exercises';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, of, switchMap, tap } from 'rxjs';
import { currentOnConflict } from '../../core/api/current-on-conflict';
import { toApiError } from '../../core/api/to-api-error';
import { ExercisesClient } from '../exercises-client';
import { toQueryParams } from '../library-query';
import { exerciseNotice, exerciseNoticeActions } from './exercise-notices';
import {
  exerciseEditorPageActions,
  exerciseLibraryPageActions,
  exercisesApiActions,
} from './exercises.actions';
import { exercisesFeature } from './exercises.feature';
import { selectSelectedExerciseId } from './exercises.selectors';

/** The library is read once a session: every page that needs it asks, the first one loads it. */
export const loadLibrary = createEffect(
  (
    actions$ = inject(Actions),
    client = inject(ExercisesClient),
    loaded = inject(Store).selectSignal(exercisesFeature.selectLoaded),
  ) => {
    return actions$.pipe(
      ofType(
        exerciseLibraryPageActions.opened,
        exerciseLibraryPageActions.retrySelected,
        exerciseEditorPageActions.opened,
      ),
      filter(() => !loaded()),
      exhaustMap(() =>
        client.list().pipe(
          map((exercises) => exercisesApiActions.listLoadSucceeded({ exercises })),
          catchError((failure: unknown) =>
            of(exercisesApiActions.listLoadFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * The search and filters live in the address bar, beside the open exercise; the page filters by
 * whatever the address bar says.
 */
export const showQueryInAddressBar = createEffect(
  (
    actions$ = inject(Actions),
    router = inject(Router),
    selectedId = inject(Store).selectSignal(selectSelectedExerciseId),
  ) => {
    return actions$.pipe(
      ofType(
        exerciseLibraryPageActions.searchChanged,
        exerciseLibraryPageActions.muscleGroupFilterChanged,
        exerciseLibraryPageActions.equipmentFilterChanged,
        exerciseLibraryPageActions.difficultyFilterChanged,
        exerciseLibraryPageActions.suitableForChanged,
        exerciseLibraryPageActions.cautionedShownChanged,
        exerciseLibraryPageActions.originFilterChanged,
        exerciseLibraryPageActions.filtersCleared,
      ),
      tap((action) => {
        const id = selectedId();
        // Each typed search replaces the last in history: Back leaves the search, not one letter.
        const replaceUrl = action.type === exerciseLibraryPageActions.searchChanged.type;
        void router.navigate(id === undefined ? ['/exercises'] : ['/exercises', id], {
          queryParams: toQueryParams(action.query),
          replaceUrl,
        });
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** The editor starts from the exercise as saved now, not as the library read it earlier. */
export const loadEditedExercise = createEffect(
  (actions$ = inject(Actions), client = inject(ExercisesClient)) => {
    return actions$.pipe(
      ofType(exerciseEditorPageActions.opened),
      map(({ id }) => id),
      filter((id) => id !== null),
      switchMap((id) =>
        client.get(id).pipe(
          map((exercise) => exercisesApiActions.exerciseLoadSucceeded({ exercise })),
          catchError((failure: unknown) =>
            of(exercisesApiActions.exerciseLoadFailed({ id, error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const createExercise = createEffect(
  (actions$ = inject(Actions), client = inject(ExercisesClient)) => {
    return actions$.pipe(
      ofType(exerciseEditorPageActions.createSubmitted),
      exhaustMap(({ request }) =>
        client.create(request).pipe(
          map((exercise) => exercisesApiActions.createSucceeded({ exercise })),
          catchError((failure: unknown) =>
            of(exercisesApiActions.createFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const updateExercise = createEffect(
  (actions$ = inject(Actions), client = inject(ExercisesClient)) => {
    return actions$.pipe(
      ofType(exerciseEditorPageActions.updateSubmitted),
      exhaustMap(({ id, request }) =>
        client.update(id, request).pipe(
          map((exercise) => exercisesApiActions.updateSucceeded({ exercise })),
          catchError((failure: unknown) =>
            of(
              exercisesApiActions.updateFailed({
                error: toApiError(failure),
                current: currentOnConflict(failure, exerciseResponse),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const showNotices = createEffect(
  (actions$ = inject(Actions), snackBar = inject(MatSnackBar)) => {
    return actions$.pipe(
      ofType(...exerciseNoticeActions),
      map(exerciseNotice),
      filter((notice) => notice !== undefined),
      tap((notice) => snackBar.open(notice, 'Dismiss', { duration: 8000 })),
    );
  },
  { functional: true, dispatch: false },
);

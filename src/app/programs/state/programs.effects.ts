import { inject } from '@angular/core';
import { programVersion } from '@domain/contracts/programs';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { type MemoizedSelector, Store } from '@ngrx/store';
import {
  EMPTY,
  type MonoTypeOperatorFunction,
  catchError,
  concatMap,
  exhaustMap,
  filter,
  map,
  mergeMap,
  of,
  switchMap,
  take,
} from 'rxjs';
import { currentOnConflict } from '../../core/api/current-on-conflict';
import { toApiError } from '../../core/api/to-api-error';
import { ExercisesClient } from '../../exercises/exercises-client';
import { ProgramsClient } from '../programs-client';
import { programTabActions, programsApiActions } from './programs.actions';
import { type LoadStatus, programsFeature } from './programs.feature';

export const loadProgram = createEffect(
  (actions$ = inject(Actions), client = inject(ProgramsClient)) => {
    return actions$.pipe(
      ofType(programTabActions.opened, programTabActions.retryLoadSelected),
      switchMap(({ patientId }) =>
        client.current(patientId).pipe(
          map((current) => programsApiActions.programLoadSucceeded({ patientId, current })),
          catchError((failure: unknown) =>
            of(programsApiActions.programLoadFailed({ patientId, error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Lets an opening through only while what it loads once (the library, the templates) is not loaded yet. */
function unlessLoaded<T>(
  store: Store,
  status: MemoizedSelector<object, LoadStatus>,
): MonoTypeOperatorFunction<T> {
  return (opened$) =>
    opened$.pipe(
      concatMap((opened) =>
        store.select(status).pipe(
          take(1),
          filter((current) => current !== 'loaded'),
          map(() => opened),
        ),
      ),
    );
}

/** The picker and the rows name exercises from the library (catalogue and the clinic's own), read once. */
export const loadExercises = createEffect(
  (actions$ = inject(Actions), store = inject(Store), client = inject(ExercisesClient)) => {
    return actions$.pipe(
      ofType(programTabActions.opened, programTabActions.retryLoadSelected),
      unlessLoaded(store, programsFeature.selectExercisesStatus),
      exhaustMap(() =>
        client.list().pipe(
          map((exercises) => programsApiActions.exercisesLoadSucceeded({ exercises })),
          catchError((failure: unknown) =>
            of(programsApiActions.exercisesLoadFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadTemplates = createEffect(
  (actions$ = inject(Actions), store = inject(Store), client = inject(ProgramsClient)) => {
    return actions$.pipe(
      ofType(programTabActions.opened, programTabActions.retryLoadSelected),
      unlessLoaded(store, programsFeature.selectTemplatesStatus),
      exhaustMap(() =>
        client.templates().pipe(
          map((templates) => programsApiActions.templatesLoadSucceeded({ templates })),
          catchError((failure: unknown) =>
            of(programsApiActions.templatesLoadFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveProgram = createEffect(
  (actions$ = inject(Actions), client = inject(ProgramsClient)) => {
    return actions$.pipe(
      ofType(programTabActions.saveSubmitted, programTabActions.versionRestored),
      concatMap(({ patientId, request }) =>
        client.save(patientId, request).pipe(
          map((saved) => programsApiActions.saveSucceeded({ saved })),
          catchError((failure: unknown) =>
            of(
              programsApiActions.saveFailed({
                error: toApiError(failure),
                current: currentOnConflict(failure, programVersion),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const applyTemplate = createEffect(
  (actions$ = inject(Actions), client = inject(ProgramsClient)) => {
    return actions$.pipe(
      ofType(programTabActions.templateApplied),
      concatMap(({ patientId, request }) =>
        client.applyTemplate(patientId, request).pipe(
          map((saved) => programsApiActions.saveSucceeded({ saved })),
          catchError((failure: unknown) =>
            of(
              programsApiActions.saveFailed({
                error: toApiError(failure),
                current: currentOnConflict(failure, programVersion),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveTemplate = createEffect(
  (actions$ = inject(Actions), client = inject(ProgramsClient)) => {
    return actions$.pipe(
      ofType(programTabActions.templateSaved),
      exhaustMap(({ request }) =>
        client.saveTemplate(request).pipe(
          map((template) => programsApiActions.templateSaveSucceeded({ template })),
          catchError((failure: unknown) =>
            of(programsApiActions.templateSaveFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadVersions = createEffect(
  (actions$ = inject(Actions), client = inject(ProgramsClient)) => {
    return actions$.pipe(
      ofType(programTabActions.historyOpened),
      switchMap(({ patientId }) =>
        client.versions(patientId).pipe(
          map((versions) => programsApiActions.versionsLoadSucceeded({ patientId, versions })),
          catchError((failure: unknown) =>
            of(programsApiActions.versionsLoadFailed({ patientId, error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Reads the versions to view or compare that are not read yet; a saved version never changes. */
export const loadVersion = createEffect(
  (actions$ = inject(Actions), store = inject(Store), client = inject(ProgramsClient)) => {
    return actions$.pipe(
      ofType(programTabActions.versionViewed, programTabActions.comparisonChosen),
      concatMap((action) =>
        store.select(programsFeature.selectVersionCache).pipe(
          take(1),
          map((cache) => {
            const wanted = 'version' in action ? [action.version] : [action.older, action.newer];
            return { patientId: action.patientId, missing: wanted.filter((v) => !cache[v]) };
          }),
        ),
      ),
      mergeMap(({ patientId, missing }) =>
        missing.length === 0
          ? EMPTY
          : of(...missing).pipe(
              mergeMap((version) =>
                client.version(patientId, version).pipe(
                  map((read) => programsApiActions.versionLoadSucceeded({ version: read })),
                  catchError((failure: unknown) =>
                    of(programsApiActions.versionLoadFailed({ error: toApiError(failure) })),
                  ),
                ),
              ),
            ),
      ),
    );
  },
  { functional: true },
);

import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { run, runningPlan } from '@domain/contracts/running';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, filter, map, of, switchMap, tap } from 'rxjs';
import { currentOnConflict } from '../../core/api/current-on-conflict';
import { toApiError } from '../../core/api/to-api-error';
import { RunningClient } from '../running-client';
import { runningNotice, runningNoticeActions } from './running-notices';
import { runningApiActions, runningTabActions } from './running.actions';

export const loadPlan = createEffect(
  (actions$ = inject(Actions), client = inject(RunningClient)) => {
    return actions$.pipe(
      ofType(runningTabActions.opened, runningTabActions.retryLoadSelected),
      switchMap(({ patientId }) =>
        client.plan(patientId).pipe(
          map((plan) => runningApiActions.planLoadSucceeded({ patientId, plan })),
          catchError((failure: unknown) =>
            of(runningApiActions.planLoadFailed({ patientId, error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadRuns = createEffect(
  (actions$ = inject(Actions), client = inject(RunningClient)) => {
    return actions$.pipe(
      ofType(runningTabActions.opened, runningTabActions.retryLoadSelected),
      switchMap(({ patientId }) =>
        client.runs(patientId).pipe(
          map((runs) => runningApiActions.runsLoadSucceeded({ patientId, runs })),
          catchError((failure: unknown) =>
            of(runningApiActions.runsLoadFailed({ patientId, error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadVersions = createEffect(
  (actions$ = inject(Actions), client = inject(RunningClient)) => {
    return actions$.pipe(
      ofType(runningTabActions.planHistoryOpened),
      switchMap(({ patientId }) =>
        client.versions(patientId).pipe(
          map((versions) => runningApiActions.versionsLoadSucceeded({ patientId, versions })),
          catchError((failure: unknown) =>
            of(runningApiActions.versionsLoadFailed({ patientId, error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const createPlan = createEffect(
  (actions$ = inject(Actions), client = inject(RunningClient)) => {
    return actions$.pipe(
      ofType(runningTabActions.planSubmitted),
      concatMap(({ patientId, creation }) =>
        client.createPlan(patientId, creation.request, creation.replacesVersion).pipe(
          map((plan) => runningApiActions.planCreateSucceeded({ plan })),
          catchError((failure: unknown) =>
            of(
              runningApiActions.planCreateFailed({
                error: toApiError(failure),
                current: currentOnConflict(failure, runningPlan, ['stale_version', 'plan_exists']),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Edited weeks and applied suggestions are both saves of the whole plan at the version they began from. */
export const savePlan = createEffect(
  (actions$ = inject(Actions), client = inject(RunningClient)) => {
    return actions$.pipe(
      ofType(runningTabActions.planEditsSubmitted, runningTabActions.suggestionApplied),
      concatMap(({ patientId, request }) =>
        client.savePlan(patientId, request).pipe(
          map((plan) => runningApiActions.planSaveSucceeded({ plan })),
          catchError((failure: unknown) =>
            of(
              runningApiActions.planSaveFailed({
                error: toApiError(failure),
                current: currentOnConflict(failure, runningPlan, ['stale_version', 'plan_exists']),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const createRun = createEffect(
  (actions$ = inject(Actions), client = inject(RunningClient)) => {
    return actions$.pipe(
      ofType(runningTabActions.runSubmitted),
      concatMap(({ patientId, request }) =>
        client.createRun(patientId, request).pipe(
          map((saved) => runningApiActions.runCreateSucceeded({ run: saved })),
          catchError((failure: unknown) =>
            of(runningApiActions.runCreateFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const updateRun = createEffect(
  (actions$ = inject(Actions), client = inject(RunningClient)) => {
    return actions$.pipe(
      ofType(runningTabActions.runEditSubmitted),
      concatMap(({ patientId, runId, request }) =>
        client.updateRun(patientId, runId, request).pipe(
          map((saved) => runningApiActions.runUpdateSucceeded({ run: saved })),
          catchError((failure: unknown) =>
            of(
              runningApiActions.runUpdateFailed({
                error: toApiError(failure),
                current: currentOnConflict(failure, run),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const deleteRun = createEffect(
  (actions$ = inject(Actions), client = inject(RunningClient)) => {
    return actions$.pipe(
      ofType(runningTabActions.runDeleteConfirmed),
      concatMap(({ patientId, runId }) =>
        client.deleteRun(patientId, runId).pipe(
          map(() => runningApiActions.runDeleteSucceeded({ runId })),
          catchError((failure: unknown) =>
            of(runningApiActions.runDeleteFailed({ runId, error: toApiError(failure) })),
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
      ofType(...runningNoticeActions),
      map(runningNotice),
      filter((notice) => notice !== undefined),
      tap((notice) => snackBar.open(notice, 'Dismiss', { duration: 8000 })),
    );
  },
  { functional: true, dispatch: false },
);

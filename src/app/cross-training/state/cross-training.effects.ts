import { inject } from '@angular/core';
import { crossTrainingVersion } from '@domain/contracts/cross-training';
import { strengthDays } from '@domain/cross-training/strength-days';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, map, of, switchMap } from 'rxjs';
import { currentOnConflict } from '../../core/api/current-on-conflict';
import { toApiError } from '../../core/api/to-api-error';
import { CrossTrainingClient } from '../cross-training-client';
import { ProgramsClient } from '../../programs/programs-client';
import { RunningClient } from '../../running/running-client';
import { crossTrainingApiActions, crossTrainingTabActions } from './cross-training.actions';

export const loadPlan = createEffect(
  (actions$ = inject(Actions), client = inject(CrossTrainingClient)) => {
    return actions$.pipe(
      ofType(crossTrainingTabActions.opened, crossTrainingTabActions.retryLoadSelected),
      switchMap(({ patientId }) =>
        client.current(patientId).pipe(
          map((current) => crossTrainingApiActions.loadSucceeded({ patientId, current })),
          catchError((failure: unknown) =>
            of(crossTrainingApiActions.loadFailed({ patientId, error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const savePlan = createEffect(
  (actions$ = inject(Actions), client = inject(CrossTrainingClient)) => {
    return actions$.pipe(
      ofType(crossTrainingTabActions.saveSubmitted, crossTrainingTabActions.versionRestored),
      concatMap(({ patientId, request }) =>
        client.save(patientId, request).pipe(
          map((version) => crossTrainingApiActions.saveSucceeded({ version })),
          catchError((failure: unknown) =>
            of(
              crossTrainingApiActions.saveFailed({
                error: toApiError(failure),
                current: currentOnConflict(failure, crossTrainingVersion),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The program's strength days, read again each time the tab opens: the Program tab may have changed them. */
export const loadStrengthDays = createEffect(
  (actions$ = inject(Actions), programs = inject(ProgramsClient)) => {
    return actions$.pipe(
      ofType(crossTrainingTabActions.opened, crossTrainingTabActions.retryLoadSelected),
      switchMap(({ patientId }) =>
        programs.current(patientId).pipe(
          map((current) =>
            crossTrainingApiActions.strengthDaysLoaded({
              patientId,
              days: current ? strengthDays(current.program.sections) : [],
            }),
          ),
          catchError(() => of(crossTrainingApiActions.strengthDaysFailed({ patientId }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadVersions = createEffect(
  (actions$ = inject(Actions), client = inject(CrossTrainingClient)) => {
    return actions$.pipe(
      ofType(crossTrainingTabActions.historyOpened),
      switchMap(({ patientId }) =>
        client.versions(patientId).pipe(
          map((versions) => crossTrainingApiActions.versionsLoadSucceeded({ patientId, versions })),
          catchError((failure: unknown) =>
            of(
              crossTrainingApiActions.versionsLoadFailed({ patientId, error: toApiError(failure) }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadVersion = createEffect(
  (actions$ = inject(Actions), client = inject(CrossTrainingClient)) => {
    return actions$.pipe(
      ofType(crossTrainingTabActions.versionViewed),
      switchMap(({ patientId, version }) =>
        client.version(patientId, version).pipe(
          map((read) => crossTrainingApiActions.versionLoadSucceeded({ version: read })),
          catchError((failure: unknown) =>
            of(crossTrainingApiActions.versionLoadFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The mileage plan's weekly distances, read again each time the tab opens: the Running tab may have changed them. */
export const loadRunningWeeks = createEffect(
  (actions$ = inject(Actions), running = inject(RunningClient)) => {
    return actions$.pipe(
      ofType(crossTrainingTabActions.opened, crossTrainingTabActions.retryLoadSelected),
      switchMap(({ patientId }) =>
        running.plan(patientId).pipe(
          map((plan) =>
            crossTrainingApiActions.runningWeeksLoaded({
              patientId,
              running:
                plan?.kind === 'mileage'
                  ? {
                      unit: plan.settings.unit,
                      weeks: plan.weeks.map(({ weekStart, plannedMetres }) => ({
                        weekStart,
                        plannedMetres,
                      })),
                    }
                  : null,
            }),
          ),
          catchError(() => of(crossTrainingApiActions.runningWeeksFailed({ patientId }))),
        ),
      ),
    );
  },
  { functional: true },
);

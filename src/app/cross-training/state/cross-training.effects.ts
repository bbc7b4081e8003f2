import { inject } from '@angular/core';
import { crossTrainingVersion } from '@domain/contracts/cross-training';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, map, of, switchMap } from 'rxjs';
import { currentOnConflict } from '../../core/api/current-on-conflict';
import { toApiError } from '../../core/api/to-api-error';
import { CrossTrainingClient } from '../cross-training-client';
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
      ofType(crossTrainingTabActions.saveSubmitted),
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

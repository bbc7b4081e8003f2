import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../core/api/to-api-error';
import { CaseloadClient } from '../caseload-client';
import { caseloadApiActions, caseloadPageActions } from './caseload.actions';

// switchMap: only the view on screen matters; a newer filter cancels the older request.
export const loadSummary = createEffect(
  (actions$ = inject(Actions), client = inject(CaseloadClient)) => {
    return actions$.pipe(
      ofType(caseloadPageActions.viewChanged),
      switchMap(({ view }) =>
        client.summary(view).pipe(
          map((summary) => caseloadApiActions.loadSucceeded({ summary })),
          catchError((failure: unknown) =>
            of(caseloadApiActions.loadFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { patient } from '@domain/contracts/patients';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, of, switchMap, tap } from 'rxjs';
import { currentOnConflict } from '../../core/api/current-on-conflict';
import { toApiError } from '../../core/api/to-api-error';
import { toQueryParams } from '../patient-list-query';
import { PatientsClient } from '../patients-client';
import { patientNotice, patientNoticeActions } from './patient-notices';
import {
  patientEditorPageActions,
  patientPageActions,
  patientsApiActions,
  patientsPageActions,
} from './patients.actions';
import { selectNeedsTherapists } from './patients.selectors';

export const loadPatients = createEffect(
  (actions$ = inject(Actions), client = inject(PatientsClient)) => {
    return actions$.pipe(
      ofType(patientsPageActions.queryChanged, patientsPageActions.retrySelected),
      switchMap(({ query }) =>
        client.list(query).pipe(
          map((list) => patientsApiActions.listLoadSucceeded({ list })),
          catchError((failure: unknown) =>
            of(patientsApiActions.listLoadFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The list's query lives in the address bar; the page loads whatever the address bar says. */
export const showQueryInAddressBar = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(
        patientsPageActions.searchChanged,
        patientsPageActions.sortChanged,
        patientsPageActions.statusFilterChanged,
        patientsPageActions.diagnosisFilterChanged,
        patientsPageActions.therapistFilterChanged,
        patientsPageActions.filtersCleared,
        patientsPageActions.pageChanged,
      ),
      tap((action) => {
        // Each typed search replaces the last in history: Back leaves the search, not one letter.
        const replaceUrl = action.type === patientsPageActions.searchChanged.type;
        void router.navigate(['/patients'], {
          queryParams: toQueryParams(action.query),
          replaceUrl,
        });
      }),
    );
  },
  { functional: true, dispatch: false },
);

export const loadPatient = createEffect(
  (actions$ = inject(Actions), client = inject(PatientsClient)) => {
    return actions$.pipe(
      ofType(patientPageActions.opened, patientEditorPageActions.opened),
      map(({ id }) => id),
      filter((id) => id !== null),
      switchMap((id) =>
        client.get(id).pipe(
          map((patient) => patientsApiActions.patientLoadSucceeded({ patient })),
          catchError((failure: unknown) =>
            of(patientsApiActions.patientLoadFailed({ id, error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadTherapists = createEffect(
  (
    actions$ = inject(Actions),
    client = inject(PatientsClient),
    needsTherapists = inject(Store).selectSignal(selectNeedsTherapists),
  ) => {
    return actions$.pipe(
      ofType(
        patientsPageActions.opened,
        patientEditorPageActions.opened,
        patientPageActions.reassignOpened,
      ),
      filter(() => needsTherapists()),
      exhaustMap(() =>
        client.therapists().pipe(
          map((therapists) => patientsApiActions.therapistsLoadSucceeded({ therapists })),
          catchError((failure: unknown) =>
            of(patientsApiActions.therapistsLoadFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadAuditTrail = createEffect(
  (actions$ = inject(Actions), client = inject(PatientsClient)) => {
    return actions$.pipe(
      ofType(patientPageActions.activityOpened),
      switchMap(({ id }) =>
        client.audit(id).pipe(
          map((entries) => patientsApiActions.auditLoadSucceeded({ id, entries })),
          catchError((failure: unknown) =>
            of(patientsApiActions.auditLoadFailed({ id, error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const createPatient = createEffect(
  (actions$ = inject(Actions), client = inject(PatientsClient)) => {
    return actions$.pipe(
      ofType(patientEditorPageActions.createSubmitted),
      exhaustMap(({ request }) =>
        client.create(request).pipe(
          map((patient) => patientsApiActions.createSucceeded({ patient })),
          catchError((failure: unknown) =>
            of(patientsApiActions.createFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const updatePatient = createEffect(
  (actions$ = inject(Actions), client = inject(PatientsClient)) => {
    return actions$.pipe(
      ofType(patientEditorPageActions.updateSubmitted),
      exhaustMap(({ id, request }) =>
        client.update(id, request).pipe(
          map((patient) => patientsApiActions.updateSucceeded({ patient })),
          catchError((failure: unknown) =>
            of(
              patientsApiActions.updateFailed({
                error: toApiError(failure),
                current: currentOnConflict(failure, patient),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const dischargePatient = createEffect(
  (actions$ = inject(Actions), client = inject(PatientsClient)) => {
    return actions$.pipe(
      ofType(patientPageActions.dischargeSubmitted),
      exhaustMap(({ id, request }) =>
        client.discharge(id, request).pipe(
          map((patient) => patientsApiActions.dischargeSucceeded({ patient })),
          catchError((failure: unknown) =>
            of(
              patientsApiActions.dischargeFailed({
                error: toApiError(failure),
                current: currentOnConflict(failure, patient),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const reactivatePatient = createEffect(
  (actions$ = inject(Actions), client = inject(PatientsClient)) => {
    return actions$.pipe(
      ofType(patientPageActions.reactivateSelected),
      exhaustMap(({ id, version }) =>
        client.reactivate(id, { version }).pipe(
          map((patient) => patientsApiActions.reactivateSucceeded({ patient })),
          catchError((failure: unknown) =>
            of(
              patientsApiActions.reactivateFailed({
                error: toApiError(failure),
                current: currentOnConflict(failure, patient),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const reassignPatient = createEffect(
  (actions$ = inject(Actions), client = inject(PatientsClient)) => {
    return actions$.pipe(
      ofType(patientPageActions.reassignSubmitted),
      exhaustMap(({ id, request }) =>
        client.reassign(id, request).pipe(
          map((patient) => patientsApiActions.reassignSucceeded({ patient })),
          catchError((failure: unknown) =>
            of(
              patientsApiActions.reassignFailed({
                error: toApiError(failure),
                current: currentOnConflict(failure, patient),
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
      ofType(...patientNoticeActions),
      map(patientNotice),
      filter((notice) => notice !== undefined),
      tap((notice) => snackBar.open(notice, 'Dismiss', { duration: 8000 })),
    );
  },
  { functional: true, dispatch: false },
);

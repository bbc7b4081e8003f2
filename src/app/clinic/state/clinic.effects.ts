import { inject } from '@angular/core';
import { clinicSettings } from '@domain/contracts/clinic';
import { checkLogoUpload } from '@domain/clinic/logo-upload';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, from, map, of, switchMap } from 'rxjs';
import { currentOnConflict } from '../../core/api/current-on-conflict';
import { clinicDetailsActions } from '../../core/auth/state/auth.actions';
import { toApiError } from '../../core/api/to-api-error';
import { ClinicClient } from '../clinic-client';
import { clinicApiActions, clinicPageActions } from './clinic.actions';

export const loadClinic = createEffect(
  (actions$ = inject(Actions), client = inject(ClinicClient)) => {
    return actions$.pipe(
      ofType(clinicPageActions.opened),
      switchMap(() =>
        client.settings().pipe(
          map((settings) => clinicApiActions.loadSucceeded({ settings })),
          catchError((failure: unknown) =>
            of(clinicApiActions.loadFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveClinic = createEffect(
  (actions$ = inject(Actions), client = inject(ClinicClient)) => {
    return actions$.pipe(
      ofType(clinicPageActions.saveSubmitted),
      exhaustMap(({ request }) =>
        client.save(request).pipe(
          map((settings) => clinicApiActions.saveSucceeded({ settings })),
          catchError((failure: unknown) => {
            const error = toApiError(failure);
            const current = currentOnConflict(failure, clinicSettings);
            return of(
              current
                ? clinicApiActions.saveStale({ error, current })
                : clinicApiActions.saveFailed({ error }),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * The file is checked here first, by the same rule the server applies (its bytes, its size), so a wrong file is
 * refused at once with the same words; the server checks again.
 */
export const uploadLogo = createEffect(
  (actions$ = inject(Actions), client = inject(ClinicClient)) => {
    return actions$.pipe(
      ofType(clinicPageActions.logoChosen),
      exhaustMap(({ file }) =>
        from(file.arrayBuffer()).pipe(
          switchMap((buffer) => {
            const checked = checkLogoUpload(new Uint8Array(buffer));
            if (checked.problem !== undefined) {
              return of(
                clinicApiActions.logoFailed({
                  error: { error: 'invalid_image', message: checked.problem },
                }),
              );
            }
            return client
              .uploadLogo(file)
              .pipe(map((settings) => clinicApiActions.logoSaved({ settings })));
          }),
          catchError((failure: unknown) =>
            of(clinicApiActions.logoFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const removeLogo = createEffect(
  (actions$ = inject(Actions), client = inject(ClinicClient)) => {
    return actions$.pipe(
      ofType(clinicPageActions.logoRemovalRequested),
      exhaustMap(() =>
        client.removeLogo().pipe(
          map((settings) => clinicApiActions.logoRemoved({ settings })),
          catchError((failure: unknown) =>
            of(clinicApiActions.logoFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The toolbar names the session's clinic: it follows a rename at once, and one made elsewhere once it is read. */
export const shareClinicName = createEffect(
  (actions$ = inject(Actions)) => {
    return actions$.pipe(
      ofType(clinicApiActions.loadSucceeded, clinicApiActions.saveSucceeded),
      map(({ settings }) => clinicDetailsActions.nameKnown({ name: settings.name })),
    );
  },
  { functional: true },
);

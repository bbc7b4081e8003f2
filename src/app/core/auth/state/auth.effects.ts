import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import type { authErrors } from '@domain/contracts/auth';
import { toApiError } from '../../api/to-api-error';
import { AuthClient } from '../auth-client';
import {
  authApiActions,
  authGuardActions,
  authInterceptorActions,
  signInPageActions,
  userMenuActions,
} from './auth.actions';
import { selectReturnUrl } from './auth.selectors';

export const checkSession = createEffect(
  (actions$ = inject(Actions), authClient = inject(AuthClient)) => {
    return actions$.pipe(
      ofType(authGuardActions.sessionCheckStarted),
      switchMap(() =>
        authClient.currentUser().pipe(
          map((user) => authApiActions.sessionLoaded({ user })),
          catchError((failure: unknown) =>
            of(
              isUnauthorized(failure)
                ? authApiActions.sessionMissing({ notice: expiryNotice(failure) })
                : authApiActions.sessionCheckFailed({ error: toApiError(failure) }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const signIn = createEffect(
  (actions$ = inject(Actions), authClient = inject(AuthClient)) => {
    return actions$.pipe(
      ofType(signInPageActions.signInSubmitted),
      exhaustMap(({ credentials }) =>
        authClient.signIn(credentials).pipe(
          map((user) => authApiActions.signInSucceeded({ user })),
          catchError((failure: unknown) =>
            of(authApiActions.signInFailed({ error: toApiError(failure) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const signOut = createEffect(
  (actions$ = inject(Actions), authClient = inject(AuthClient)) => {
    return actions$.pipe(
      ofType(userMenuActions.signOutSelected),
      exhaustMap(() =>
        authClient.signOut().pipe(
          map(() => authApiActions.signOutSucceeded()),
          catchError((failure: unknown) =>
            of(
              // A 401 means the session had already ended: the user is signed out either way.
              isUnauthorized(failure)
                ? authApiActions.signOutSucceeded()
                : authApiActions.signOutFailed({ error: toApiError(failure) }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const returnAfterSignIn = createEffect(
  (
    actions$ = inject(Actions),
    router = inject(Router),
    returnUrl = inject(Store).selectSignal(selectReturnUrl),
  ) => {
    return actions$.pipe(
      ofType(authApiActions.signInSucceeded),
      tap(() => void router.navigateByUrl(returnUrl())),
    );
  },
  { functional: true, dispatch: false },
);

export const showSignIn = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(authApiActions.signOutSucceeded, authInterceptorActions.sessionExpired),
      tap((action) => {
        // After an expiry the sign-in page sends the user back to where they were; after a
        // deliberate sign-out it starts fresh.
        const queryParams = 'returnUrl' in action ? { returnUrl: action.returnUrl } : {};
        void router.navigate(['/sign-in'], { queryParams });
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** A reload after the idle limit still tells the user why they have to sign in again. */
function expiryNotice(failure: unknown): string | null {
  const error = toApiError(failure);
  const sessionExpired: (typeof authErrors)['sessionExpired'] = 'session_expired';
  return error.error === sessionExpired ? error.message : null;
}

function isUnauthorized(failure: unknown): boolean {
  return failure instanceof HttpErrorResponse && failure.status === 401;
}

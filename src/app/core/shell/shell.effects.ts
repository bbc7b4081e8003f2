import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { tap } from 'rxjs';
import { FormDrafts } from '../../ui/forms/form-drafts';
import { authApiActions, authInterceptorActions } from '../auth/state/auth.actions';

/** Sign-out starts from the shell's user menu, so its failure is told there; the user stays in. */
export const showSignOutFailure = createEffect(
  (actions$ = inject(Actions), snackBar = inject(MatSnackBar)) => {
    return actions$.pipe(
      ofType(authApiActions.signOutFailed),
      tap(({ error }) => snackBar.open(`Couldn't sign out. ${error.message}`, 'Dismiss')),
    );
  },
  { functional: true, dispatch: false },
);

/** A notice about the last session's work ("password was reset") must not greet the next person. */
export const dismissNoticesWhenSessionEnds = createEffect(
  (actions$ = inject(Actions), snackBar = inject(MatSnackBar)) => {
    return actions$.pipe(
      ofType(authApiActions.signOutSucceeded, authInterceptorActions.sessionExpired),
      tap(() => snackBar.dismiss()),
    );
  },
  { functional: true, dispatch: false },
);

/** Unsaved form drafts hold health data: a deliberate sign-out leaves none on a shared computer. */
export const forgetDraftsOnSignOut = createEffect(
  (actions$ = inject(Actions), drafts = inject(FormDrafts)) => {
    return actions$.pipe(
      ofType(authApiActions.signOutSucceeded),
      tap(() => drafts.clearAll()),
    );
  },
  { functional: true, dispatch: false },
);

import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import type { authErrors } from '@domain/contracts/auth';
import { Store } from '@ngrx/store';
import { EMPTY, catchError, throwError } from 'rxjs';
import { authApiPath } from './auth-client';
import { authInterceptorActions } from './state/auth.actions';

type AuthErrorCode = (typeof authErrors)[keyof typeof authErrors];

/** What the sign-in page says when the server doesn't: keyed by the contract's error codes. */
const sessionEndMessages: Partial<Record<AuthErrorCode, string>> = {
  session_expired:
    'Your session ended after a period without activity. Sign in to continue where you left off.',
  signed_out: 'Your session has ended. Sign in to continue where you left off.',
};

/**
 * Any API call can find the session gone (idle timeout, or a manager deactivated the account).
 * Auth endpoints report their own outcome (a wrong password is not an expiry), so only the other
 * calls turn a session-ending 401 into 'Session Expired', which shows the sign-in page and returns
 * to this URL afterwards.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(Store);
  const router = inject(Router);
  return next(request).pipe(
    catchError((failure: unknown) => {
      const message = sessionEndMessage(failure);
      if (message === undefined || request.url.startsWith(authApiPath)) {
        return throwError(() => failure);
      }
      store.dispatch(authInterceptorActions.sessionExpired({ message, returnUrl: router.url }));
      // The sign-in page explains what happened; the caller's error snackbar would only repeat it.
      return EMPTY;
    }),
  );
};

function sessionEndMessage(failure: unknown): string | undefined {
  if (!(failure instanceof HttpErrorResponse) || failure.status !== 401) return undefined;
  const body = (failure.error ?? {}) as { error?: unknown; message?: unknown };
  const fallback = sessionEndMessages[body.error as AuthErrorCode];
  if (fallback === undefined) return undefined;
  return typeof body.message === 'string' ? body.message : fallback;
}

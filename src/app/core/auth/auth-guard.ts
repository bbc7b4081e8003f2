import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { Observable, first, map } from 'rxjs';
import { safeReturnUrl } from './return-url';
import { authGuardActions } from './state/auth.actions';
import { authFeature } from './state/auth.feature';

/** Pages behind the shell need a session; without one, sign in and come back here. */
export const authGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  return isSignedIn().pipe(
    map(
      (signedIn) =>
        signedIn || router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } }),
    ),
  );
};

/** The sign-in page is for signed-out users: a signed-in one goes where they were headed. */
export const signedOutGuard: CanActivateFn = (route) => {
  const router = inject(Router);
  return isSignedIn().pipe(
    map(
      (signedIn) =>
        !signedIn || router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl'))),
    ),
  );
};

/**
 * Asks the server about the session cookie the first time a guard needs to know, and never again:
 * afterwards sign-in, sign-out and the auth interceptor keep the answer current.
 */
function isSignedIn(): Observable<boolean> {
  const store = inject(Store);
  if (store.selectSignal(authFeature.selectStatus)() === 'unknown') {
    store.dispatch(authGuardActions.sessionCheckStarted());
  }
  return store
    .select(authFeature.selectIsSignedIn)
    .pipe(first((signedIn): signedIn is boolean => signedIn !== undefined));
}

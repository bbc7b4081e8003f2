import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { Router } from '@angular/router';
import { Action } from '@ngrx/store';
import { Observable, firstValueFrom, of, throwError } from 'rxjs';
import { manager } from '../../../../testing/sample-users';
import { AuthClient } from '../auth-client';
import {
  authApiActions,
  authGuardActions,
  authInterceptorActions,
  signInPageActions,
  userMenuActions,
} from './auth.actions';
import { checkSession, returnAfterSignIn, showSignIn, signIn, signOut } from './auth.effects';

function fakeAuthClient(): jasmine.SpyObj<AuthClient> {
  return jasmine.createSpyObj<AuthClient>('AuthClient', ['signIn', 'signOut', 'currentUser']);
}

function fakeRouter(): jasmine.SpyObj<Router> {
  const router = jasmine.createSpyObj<Router>('Router', ['navigate', 'navigateByUrl']);
  router.navigate.and.resolveTo(true);
  router.navigateByUrl.and.resolveTo(true);
  return router;
}

function failure(status: number, body: unknown = null): Observable<never> {
  return throwError(() => new HttpErrorResponse({ status, error: body }));
}

const credentials = { email: 'manager@demo.test', password: 'stride-demo' };

describe('auth effects', () => {
  let authClient: jasmine.SpyObj<AuthClient>;

  beforeEach(() => (authClient = fakeAuthClient()));

  describe('checkSession', () => {
    const started = of(authGuardActions.sessionCheckStarted());

    it('loads the signed-in user', async () => {
      authClient.currentUser.and.returnValue(of(manager));
      const action = await firstValueFrom(checkSession(started, authClient));
      expect(action).toEqual(authApiActions.sessionLoaded({ user: manager }));
    });

    it('reports a missing session on 401', async () => {
      authClient.currentUser.and.returnValue(failure(401, { error: 'signed_out' }));
      const action = await firstValueFrom(checkSession(started, authClient));
      expect(action).toEqual(authApiActions.sessionMissing({ notice: null }));
    });

    it("keeps the server's reason when the session idled out before a reload", async () => {
      const message = 'Your session ended after 30 minutes without activity. Sign in again to continue.';
      authClient.currentUser.and.returnValue(failure(401, { error: 'session_expired', message }));
      const action = await firstValueFrom(checkSession(started, authClient));
      expect(action).toEqual(authApiActions.sessionMissing({ notice: message }));
    });

    it('reports any other failure with its message', async () => {
      authClient.currentUser.and.returnValue(failure(0));
      const action = await firstValueFrom(checkSession(started, authClient));
      expect(action.type).toBe(authApiActions.sessionCheckFailed.type);
    });
  });

  describe('signIn', () => {
    const submitted = of(signInPageActions.signInSubmitted({ credentials }));

    it('sends the credentials and reports the user', async () => {
      authClient.signIn.and.returnValue(of(manager));
      const action = await firstValueFrom(signIn(submitted, authClient));
      expect(authClient.signIn).toHaveBeenCalledWith(credentials);
      expect(action).toEqual(authApiActions.signInSucceeded({ user: manager }));
    });

    it("reports the server's error", async () => {
      const error = { error: 'too_many_attempts', message: 'Too many attempts. Try again later.' };
      authClient.signIn.and.returnValue(failure(429, error));
      const action = await firstValueFrom(signIn(submitted, authClient));
      expect(action).toEqual(authApiActions.signInFailed({ error }));
    });
  });

  describe('signOut', () => {
    const selected = of(userMenuActions.signOutSelected());

    it('reports success', async () => {
      authClient.signOut.and.returnValue(of(undefined));
      expect(await firstValueFrom(signOut(selected, authClient))).toEqual(
        authApiActions.signOutSucceeded(),
      );
    });

    it('treats a 401 as signed out: the session had already ended', async () => {
      authClient.signOut.and.returnValue(failure(401, { error: 'signed_out' }));
      expect(await firstValueFrom(signOut(selected, authClient))).toEqual(
        authApiActions.signOutSucceeded(),
      );
    });

    it('reports other failures', async () => {
      authClient.signOut.and.returnValue(failure(0));
      const action = await firstValueFrom(signOut(selected, authClient));
      expect(action.type).toBe(authApiActions.signOutFailed.type);
    });
  });

  describe('returnAfterSignIn', () => {
    it('goes to the return URL', async () => {
      const router = fakeRouter();
      const succeeded = of(authApiActions.signInSucceeded({ user: manager }));
      await firstValueFrom(returnAfterSignIn(succeeded, router, signal('/team')));
      expect(router.navigateByUrl).toHaveBeenCalledWith('/team');
    });
  });

  describe('showSignIn', () => {
    async function navigationAfter(action: Action): Promise<unknown[]> {
      const router = fakeRouter();
      await firstValueFrom(showSignIn(of(action), router));
      return router.navigate.calls.mostRecent().args;
    }

    it('starts fresh after signing out', async () => {
      expect(await navigationAfter(authApiActions.signOutSucceeded())).toEqual([
        ['/sign-in'],
        { queryParams: {} },
      ]);
    });

    it('remembers the page when the session expired', async () => {
      const expired = authInterceptorActions.sessionExpired({
        message: 'Ended.',
        returnUrl: '/team',
      });
      expect(await navigationAfter(expired)).toEqual([
        ['/sign-in'],
        { queryParams: { returnUrl: '/team' } },
      ]);
    });
  });
});

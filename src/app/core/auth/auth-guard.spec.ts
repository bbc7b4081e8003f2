import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  GuardResult,
  MaybeAsync,
  Router,
  RouterStateSnapshot,
  UrlTree,
  convertToParamMap,
  provideRouter,
} from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, firstValueFrom, isObservable } from 'rxjs';
import { manager } from '../../../testing/sample-users';
import { authGuard, signedOutGuard } from './auth-guard';
import { authGuardActions } from './state/auth.actions';
import { AuthState, SessionStatus, initialAuthState } from './state/auth.feature';

function authState(status: SessionStatus): { auth: AuthState } {
  return {
    auth: { ...initialAuthState, status, user: status === 'signedIn' ? manager : null },
  };
}

function asObservable(result: MaybeAsync<GuardResult>): Observable<GuardResult> {
  if (!isObservable(result)) throw new Error('The auth guards answer with an observable.');
  return result;
}

describe('auth guards', () => {
  let store: MockStore;
  let router: Router;

  function setUp(status: SessionStatus): void {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: authState(status) })],
    });
    store = TestBed.inject(MockStore);
    router = TestBed.inject(Router);
    spyOn(store, 'dispatch').and.callThrough();
  }

  function runAuthGuard(url: string): Observable<GuardResult> {
    const state = { url } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(() =>
      asObservable(authGuard({} as ActivatedRouteSnapshot, state)),
    );
  }

  function runSignedOutGuard(returnUrl?: string): Observable<GuardResult> {
    const route = {
      queryParamMap: convertToParamMap(returnUrl ? { returnUrl } : {}),
    } as ActivatedRouteSnapshot;
    return TestBed.runInInjectionContext(() =>
      asObservable(signedOutGuard(route, {} as RouterStateSnapshot)),
    );
  }

  describe('authGuard', () => {
    it('asks the server once when the session is unknown, then lets a signed-in user through', async () => {
      setUp('unknown');
      const result = firstValueFrom(runAuthGuard('/team'));
      expect(store.dispatch).toHaveBeenCalledOnceWith(authGuardActions.sessionCheckStarted());
      store.setState(authState('signedIn'));
      expect(await result).toBeTrue();
    });

    it('does not ask again once the answer is known', async () => {
      setUp('signedIn');
      expect(await firstValueFrom(runAuthGuard('/team'))).toBeTrue();
      expect(store.dispatch).not.toHaveBeenCalled();
    });

    it('sends a signed-out user to sign in, remembering the page', async () => {
      setUp('signedOut');
      const result = (await firstValueFrom(runAuthGuard('/team?x=1'))) as UrlTree;
      expect(router.serializeUrl(result)).toBe('/sign-in?returnUrl=%2Fteam%3Fx%3D1');
    });

    it('waits while a check is already running', async () => {
      setUp('checking');
      const result = firstValueFrom(runAuthGuard('/'));
      expect(store.dispatch).not.toHaveBeenCalled();
      store.setState(authState('signedOut'));
      expect(router.serializeUrl((await result) as UrlTree)).toBe('/sign-in?returnUrl=%2F');
    });
  });

  describe('signedOutGuard', () => {
    it('shows the sign-in page to a signed-out user', async () => {
      setUp('signedOut');
      expect(await firstValueFrom(runSignedOutGuard('/team'))).toBeTrue();
    });

    it('sends a signed-in user to the return URL', async () => {
      setUp('signedIn');
      const result = (await firstValueFrom(runSignedOutGuard('/team'))) as UrlTree;
      expect(router.serializeUrl(result)).toBe('/team');
    });

    it('sends a signed-in user home when the return URL points elsewhere', async () => {
      setUp('signedIn');
      const result = (await firstValueFrom(runSignedOutGuard('https://evil.example'))) as UrlTree;
      expect(router.serializeUrl(result)).toBe('/');
    });
  });
});

import type { ApiError } from '@domain/contracts/api-error';
import { manager } from '../../../../testing/sample-users';
import {
  authApiActions,
  authGuardActions,
  authInterceptorActions,
  clinicDetailsActions,
  signInPageActions,
} from './auth.actions';
import { AuthState, authFeature, initialAuthState, signedOutNotice } from './auth.feature';

const { reducer } = authFeature;
const wrongPassword: ApiError = {
  error: 'invalid_credentials',
  message: 'Email or password is incorrect.',
};

describe('auth reducer', () => {
  it('returns the same state object for an unknown action', () => {
    const state = { ...initialAuthState };
    expect(reducer(state, { type: '[Elsewhere] Something' })).toBe(state);
  });

  it('marks the session as being checked when the guard starts the check', () => {
    expect(reducer(initialAuthState, authGuardActions.sessionCheckStarted()).status).toBe(
      'checking',
    );
  });

  it('signs the user in when the session loads', () => {
    const state = reducer(initialAuthState, authApiActions.sessionLoaded({ user: manager }));
    expect(state.status).toBe('signedIn');
    expect(state.user).toEqual(manager);
  });

  it('is signed out when there is no session', () => {
    expect(reducer(initialAuthState, authApiActions.sessionMissing({ notice: null })).status).toBe(
      'signedOut',
    );
  });

  it('keeps the idle-expiry notice when the session check finds the session ended', () => {
    const state = reducer(initialAuthState, authApiActions.sessionMissing({ notice: 'Session ended.' }));
    expect(state.notice).toBe('Session ended.');
  });

  it('is signed out with the reason when the session check fails', () => {
    const error: ApiError = {
      error: 'network_error',
      message: "Stride Rx can't reach the server.",
    };
    const state = reducer(initialAuthState, authApiActions.sessionCheckFailed({ error }));
    expect(state.status).toBe('signedOut');
    expect(state.notice).toBe(error.message);
  });

  it('is busy and forgets the last error and notice while signing in', () => {
    const before: AuthState = {
      ...initialAuthState,
      status: 'signedOut',
      signInError: wrongPassword,
      notice: signedOutNotice,
    };
    const credentials = { email: 'manager@demo.test', password: 'secret' };
    const state = reducer(before, signInPageActions.signInSubmitted({ credentials }));
    expect(state.signingIn).toBeTrue();
    expect(state.signInError).toBeNull();
    expect(state.notice).toBeNull();
  });

  it('keeps the user and clears the busy state when sign-in succeeds', () => {
    const before: AuthState = { ...initialAuthState, status: 'signedOut', signingIn: true };
    const state = reducer(before, authApiActions.signInSucceeded({ user: manager }));
    expect(state).toEqual({ ...initialAuthState, status: 'signedIn', user: manager });
  });

  it('keeps the error and stops being busy when sign-in fails', () => {
    const before: AuthState = { ...initialAuthState, status: 'signedOut', signingIn: true };
    const state = reducer(before, authApiActions.signInFailed({ error: wrongPassword }));
    expect(state.signingIn).toBeFalse();
    expect(state.signInError).toEqual(wrongPassword);
    expect(state.status).toBe('signedOut');
  });

  it('forgets the user and says so after signing out', () => {
    const before: AuthState = { ...initialAuthState, status: 'signedIn', user: manager };
    const state = reducer(before, authApiActions.signOutSucceeded());
    expect(state).toEqual({ ...initialAuthState, status: 'signedOut', notice: signedOutNotice });
  });

  it('forgets the user and shows the reason when the session expires', () => {
    const before: AuthState = { ...initialAuthState, status: 'signedIn', user: manager };
    const message = 'Your session ended after a period without activity.';
    const state = reducer(
      before,
      authInterceptorActions.sessionExpired({ message, returnUrl: '/team' }),
    );
    expect(state).toEqual({ ...initialAuthState, status: 'signedOut', notice: message });
  });
});

describe('auth reducer and the clinic name', () => {
  const signedIn: AuthState = { ...initialAuthState, status: 'signedIn', user: manager };

  it("shows the clinic's new name once the Clinic page saved it", () => {
    const state = reducer(signedIn, clinicDetailsActions.nameKnown({ name: 'Riverside Physio' }));
    expect(state.user?.clinic).toEqual({ ...manager.clinic, name: 'Riverside Physio' });
  });

  it('keeps the same state when the name is unchanged or nobody is signed in', () => {
    const same = clinicDetailsActions.nameKnown({ name: manager.clinic.name });
    expect(reducer(signedIn, same)).toBe(signedIn);
    expect(reducer(initialAuthState, same)).toBe(initialAuthState);
  });
});

describe('selectIsSignedIn', () => {
  const project = authFeature.selectIsSignedIn.projector;

  it('is undefined until the session check answers', () => {
    expect(project('unknown')).toBeUndefined();
    expect(project('checking')).toBeUndefined();
  });

  it('is true or false once the answer is known', () => {
    expect(project('signedIn')).toBeTrue();
    expect(project('signedOut')).toBeFalse();
  });
});

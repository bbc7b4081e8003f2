import type { ApiError } from '@domain/contracts/api-error';
import type { CurrentUser } from '@domain/contracts/auth';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import {
  authApiActions,
  authGuardActions,
  authInterceptorActions,
  clinicDetailsActions,
  signInPageActions,
} from './auth.actions';

/** `unknown` until the auth guard has asked the server once whether the session cookie is live. */
export type SessionStatus = 'unknown' | 'checking' | 'signedIn' | 'signedOut';

export interface AuthState {
  status: SessionStatus;
  user: CurrentUser | null;
  signingIn: boolean;
  signInError: ApiError | null;
  /** Why the sign-in page shows: the user signed out, the session ended, the server is down. */
  notice: string | null;
}

export const signedOutNotice = 'You have signed out.';

export const initialAuthState: AuthState = {
  status: 'unknown',
  user: null,
  signingIn: false,
  signInError: null,
  notice: null,
};

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(authGuardActions.sessionCheckStarted, (state): AuthState => ({
      ...state,
      status: 'checking',
    })),
    on(
      authApiActions.sessionLoaded,
      authApiActions.signInSucceeded,
      (_state, { user }): AuthState => ({ ...initialAuthState, status: 'signedIn', user }),
    ),
    on(authApiActions.sessionMissing, (state, { notice }): AuthState => ({
      ...state,
      status: 'signedOut',
      notice,
    })),
    on(authApiActions.sessionCheckFailed, (state, { error }): AuthState => ({
      ...state,
      status: 'signedOut',
      notice: error.message,
    })),
    on(signInPageActions.signInSubmitted, (state): AuthState => ({
      ...state,
      signingIn: true,
      signInError: null,
      notice: null,
    })),
    on(authApiActions.signInFailed, (state, { error }): AuthState => ({
      ...state,
      signingIn: false,
      signInError: error,
    })),
    on(authApiActions.signOutSucceeded, (): AuthState => ({
      ...initialAuthState,
      status: 'signedOut',
      notice: signedOutNotice,
    })),
    on(authInterceptorActions.sessionExpired, (_state, { message }): AuthState => ({
      ...initialAuthState,
      status: 'signedOut',
      notice: message,
    })),
    on(clinicDetailsActions.nameKnown, (state, { name }): AuthState => {
      const user = state.user;
      if (!user || user.clinic.name === name) return state;
      return { ...state, user: { ...user, clinic: { ...user.clinic, name } } };
    }),
  ),
  extraSelectors: ({ selectStatus }) => ({
    /** `undefined` until the session check has answered. */
    selectIsSignedIn: createSelector(selectStatus, (status) =>
      status === 'signedIn' ? true : status === 'signedOut' ? false : undefined,
    ),
  }),
});

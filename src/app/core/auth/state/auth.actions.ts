import type { ApiError } from '@domain/contracts/api-error';
import type { CurrentUser, LoginRequest } from '@domain/contracts/auth';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const signInPageActions = createActionGroup({
  source: 'Sign-in Page',
  events: {
    'Sign In Submitted': props<{ credentials: LoginRequest }>(),
  },
});

export const userMenuActions = createActionGroup({
  source: 'User Menu',
  events: {
    'Sign Out Selected': emptyProps(),
  },
});

export const authGuardActions = createActionGroup({
  source: 'Auth Guard',
  events: {
    'Session Check Started': emptyProps(),
  },
});

export const authInterceptorActions = createActionGroup({
  source: 'Auth Interceptor',
  events: {
    'Session Expired': props<{ message: string; returnUrl: string }>(),
  },
});

export const authApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    'Sign In Succeeded': props<{ user: CurrentUser }>(),
    'Sign In Failed': props<{ error: ApiError }>(),
    'Session Loaded': props<{ user: CurrentUser }>(),
    /** `notice` is the server's word when the cookie named a session that had idled out. */
    'Session Missing': props<{ notice: string | null }>(),
    'Session Check Failed': props<{ error: ApiError }>(),
    'Sign Out Succeeded': emptyProps(),
    'Sign Out Failed': props<{ error: ApiError }>(),
  },
});

/**
 * The Clinic page saved or read the clinic's name: the toolbar shows the session's clinic, which would otherwise
 * keep the old name until the next sign-in. Defined here, in core, so auth does not depend on a feature.
 */
export const clinicDetailsActions = createActionGroup({
  source: 'Clinic Details',
  events: {
    'Name Known': props<{ name: string }>(),
  },
});

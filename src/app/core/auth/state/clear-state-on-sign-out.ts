import { ActionReducer } from '@ngrx/store';
import { authApiActions, authInterceptorActions } from './auth.actions';

const sessionEnds: readonly string[] = [
  authApiActions.signOutSucceeded.type,
  authInterceptorActions.sessionExpired.type,
];

/**
 * Clinic workstations are shared: when a session ends, every feature's state (the team list, later
 * patients) starts over from its initial value so the next person to sign in never sees it.
 * Router state stays because the router-store keeps it in step with the address bar.
 */
export function clearStateOnSignOut<State extends { router?: unknown }>(
  reducer: ActionReducer<State>,
): ActionReducer<State> {
  return (state, action) => {
    if (state && sessionEnds.includes(action.type)) {
      return { ...reducer(undefined, action), router: state.router };
    }
    return reducer(state, action);
  };
}

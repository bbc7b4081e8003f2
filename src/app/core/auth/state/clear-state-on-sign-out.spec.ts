import { Action, ActionReducer, combineReducers } from '@ngrx/store';
import { authApiActions, authInterceptorActions } from './auth.actions';
import { clearStateOnSignOut } from './clear-state-on-sign-out';

interface State {
  router?: unknown;
  team: string[];
}

const loaded: Action = { type: '[Test] Loaded' };

const reducer: ActionReducer<State> = clearStateOnSignOut(
  combineReducers<State>({
    router: (state: unknown = null) => state,
    team: (state: string[] = [], action: Action) =>
      action.type === loaded.type ? ['Tom Reyes'] : state,
  }),
);

describe('clearStateOnSignOut', () => {
  const signedIn: State = { router: { url: '/team' }, team: ['Tom Reyes'] };

  it('resets every feature but the router when the user signs out', () => {
    expect(reducer(signedIn, authApiActions.signOutSucceeded())).toEqual({
      router: { url: '/team' },
      team: [],
    });
  });

  it('resets every feature but the router when the session expires', () => {
    const expired = authInterceptorActions.sessionExpired({
      message: 'Ended.',
      returnUrl: '/team',
    });
    expect(reducer(signedIn, expired).team).toEqual([]);
  });

  it('leaves other actions to the reducers', () => {
    expect(reducer({ router: null, team: [] }, loaded).team).toEqual(['Tom Reyes']);
  });
});

import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom, lastValueFrom, of } from 'rxjs';
import { authApiActions, authInterceptorActions } from '../auth/state/auth.actions';
import { FormDrafts } from '../../ui/forms/form-drafts';
import {
  dismissNoticesWhenSessionEnds,
  forgetDraftsOnSignOut,
  showSignOutFailure,
} from './shell.effects';

describe('shell effects', () => {
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  beforeEach(
    () => (snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open', 'dismiss'])),
  );

  it('says when signing out failed', async () => {
    const error = { error: 'network_error', message: "Stride Rx can't reach the server." };
    await firstValueFrom(showSignOutFailure(of(authApiActions.signOutFailed({ error })), snackBar));
    expect(snackBar.open).toHaveBeenCalledWith(
      "Couldn't sign out. Stride Rx can't reach the server.",
      'Dismiss',
    );
  });

  it('clears notices when the user signs out or the session expires', async () => {
    const ends = of(
      authApiActions.signOutSucceeded(),
      authInterceptorActions.sessionExpired({ message: 'Ended.', returnUrl: '/team' }),
    );
    await lastValueFrom(dismissNoticesWhenSessionEnds(ends, snackBar));
    expect(snackBar.dismiss).toHaveBeenCalledTimes(2);
  });

  it('forgets unsaved form drafts when the user signs out', async () => {
    const drafts = jasmine.createSpyObj<FormDrafts>('FormDrafts', ['clearAll']);
    await firstValueFrom(forgetDraftsOnSignOut(of(authApiActions.signOutSucceeded()), drafts));
    expect(drafts.clearAll).toHaveBeenCalledTimes(1);
  });
});

import { HttpErrorResponse } from '@angular/common/http';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Observable, firstValueFrom, of, throwError, toArray } from 'rxjs';
import { teamMember } from '../../../testing/sample-users';
import { TeamClient } from '../team-client';
import { teamApiActions, teamPageActions } from './team.actions';
import { addMember, changeStatus, loadMembers, resetPassword, showNotices } from './team.effects';

function failure(status: number, body: unknown): Observable<never> {
  return throwError(() => new HttpErrorResponse({ status, error: body }));
}

const tom = teamMember();
const request = { email: 'ana@demo.test', displayName: 'Ana Silva', password: 'temporary-pass' };

describe('team effects', () => {
  let teamClient: jasmine.SpyObj<TeamClient>;

  beforeEach(() => {
    teamClient = jasmine.createSpyObj<TeamClient>('TeamClient', [
      'members',
      'add',
      'setActive',
      'resetPassword',
    ]);
  });

  describe('loadMembers', () => {
    const opened = of(teamPageActions.opened());

    it('loads the members when the page opens', async () => {
      teamClient.members.and.returnValue(of([tom]));
      expect(await firstValueFrom(loadMembers(opened, teamClient))).toEqual(
        teamApiActions.loadSucceeded({ members: [tom] }),
      );
    });

    it('reports a failed load', async () => {
      const error = { error: 'forbidden', message: 'Managers only.' };
      teamClient.members.and.returnValue(failure(403, error));
      expect(await firstValueFrom(loadMembers(opened, teamClient))).toEqual(
        teamApiActions.loadFailed({ error }),
      );
    });
  });

  describe('addMember', () => {
    const submitted = of(teamPageActions.addMemberSubmitted({ request }));

    it('adds the member', async () => {
      const ana = teamMember({ id: 'ana', displayName: 'Ana Silva' });
      teamClient.add.and.returnValue(of(ana));
      expect(await firstValueFrom(addMember(submitted, teamClient))).toEqual(
        teamApiActions.addSucceeded({ member: ana }),
      );
      expect(teamClient.add).toHaveBeenCalledWith(request);
    });

    it('reports a taken email with its field message', async () => {
      const error = {
        error: 'email_taken',
        message: 'That email is taken.',
        fields: { email: ['Someone on the team already uses that email.'] },
      };
      teamClient.add.and.returnValue(failure(409, error));
      expect(await firstValueFrom(addMember(submitted, teamClient))).toEqual(
        teamApiActions.addFailed({ error }),
      );
    });
  });

  describe('changeStatus', () => {
    it('changes each confirmed member in turn', async () => {
      const ana = teamMember({ id: 'ana', displayName: 'Ana Silva' });
      teamClient.setActive.and.callFake((id, active) =>
        of({ ...(id === tom.id ? tom : ana), active }),
      );
      const confirmed = of(
        teamPageActions.statusChangeConfirmed({ member: tom, active: false }),
        teamPageActions.statusChangeConfirmed({ member: ana, active: false }),
      );
      const actions = await firstValueFrom(changeStatus(confirmed, teamClient).pipe(toArray()));
      expect(actions).toEqual([
        teamApiActions.statusChangeSucceeded({ member: { ...tom, active: false } }),
        teamApiActions.statusChangeSucceeded({ member: { ...ana, active: false } }),
      ]);
    });

    it('reports a refused change', async () => {
      const error = { error: 'cannot_deactivate_self', message: "You can't deactivate yourself." };
      teamClient.setActive.and.returnValue(failure(409, error));
      const confirmed = of(teamPageActions.statusChangeConfirmed({ member: tom, active: false }));
      expect(await firstValueFrom(changeStatus(confirmed, teamClient))).toEqual(
        teamApiActions.statusChangeFailed({ error }),
      );
    });
  });

  describe('resetPassword', () => {
    const submitted = of(
      teamPageActions.passwordResetSubmitted({ member: tom, password: 'temporary-pass' }),
    );

    it('resets the password of that member', async () => {
      teamClient.resetPassword.and.returnValue(of(undefined));
      expect(await firstValueFrom(resetPassword(submitted, teamClient))).toEqual(
        teamApiActions.passwordResetSucceeded({ member: tom }),
      );
      expect(teamClient.resetPassword).toHaveBeenCalledWith(tom.id, 'temporary-pass');
    });

    it('reports a rejected password', async () => {
      const error = {
        error: 'validation_failed',
        message: 'Check the password.',
        fields: { password: ['Use at least 10 characters.'] },
      };
      teamClient.resetPassword.and.returnValue(failure(400, error));
      expect(await firstValueFrom(resetPassword(submitted, teamClient))).toEqual(
        teamApiActions.passwordResetFailed({ error }),
      );
    });
  });

  describe('showNotices', () => {
    it('tells the manager what happened in a snackbar', async () => {
      const snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
      const added = teamApiActions.addSucceeded({ member: tom });
      await firstValueFrom(showNotices(of(added), snackBar));
      expect(snackBar.open).toHaveBeenCalledWith(
        'Tom Reyes was added and can sign in now.',
        'Dismiss',
        { duration: 8000 },
      );
    });

    it('leaves field messages to the form', async () => {
      const snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
      const error = { error: 'email_taken', message: 'Taken.', fields: { email: ['Taken.'] } };
      const notices = await firstValueFrom(
        showNotices(of(teamApiActions.addFailed({ error })), snackBar).pipe(toArray()),
      );
      expect(notices).toEqual([]);
      expect(snackBar.open).not.toHaveBeenCalled();
    });
  });
});

import type { ApiError } from '@domain/contracts/api-error';
import { manager, teamMember } from '../../../testing/sample-users';
import { teamApiActions, teamPageActions } from './team.actions';
import { TeamState, initialTeamState, teamAdapter, teamFeature } from './team.feature';

const { reducer } = teamFeature;
const tom = teamMember();
const maria = teamMember({ id: manager.id, displayName: 'Maria Lopez', role: 'manager' });
const emailTaken: ApiError = {
  error: 'email_taken',
  message: 'That email is taken.',
  fields: { email: ['Someone on the team already uses that email.'] },
};
const request = { email: 'ana@demo.test', displayName: 'Ana', password: 'temporary-pass' };

function withMembers(...members: ReturnType<typeof teamMember>[]): TeamState {
  return teamAdapter.setAll(members, initialTeamState);
}

describe('team reducer', () => {
  it('returns the same state object for an unknown action', () => {
    const state = withMembers(tom);
    expect(reducer(state, { type: '[Elsewhere] Something' })).toBe(state);
  });

  it('is loading once the page opens', () => {
    expect(reducer(initialTeamState, teamPageActions.opened()).loading).toBeTrue();
  });

  it('replaces the members when they load', () => {
    const loading = { ...withMembers(teamMember({ id: 'gone' })), loading: true };
    const state = reducer(loading, teamApiActions.loadSucceeded({ members: [tom] }));
    expect(state.loading).toBeFalse();
    expect(state.ids).toEqual([tom.id]);
  });

  it('stops loading when the load fails', () => {
    const loading = { ...initialTeamState, loading: true };
    const error: ApiError = { error: 'network_error', message: 'Offline.' };
    expect(reducer(loading, teamApiActions.loadFailed({ error })).loading).toBeFalse();
  });

  it('starts a clean form when a dialog opens', () => {
    const failed: TeamState = {
      ...initialTeamState,
      submission: { status: 'editing', fieldErrors: emailTaken.fields! },
    };
    for (const opened of [
      teamPageActions.addMemberOpened(),
      teamPageActions.passwordResetOpened(),
    ]) {
      expect(reducer(failed, opened).submission).toEqual({ status: 'editing', fieldErrors: {} });
    }
  });

  it('is saving while a form is submitted', () => {
    const submitted = [
      teamPageActions.addMemberSubmitted({ request }),
      teamPageActions.passwordResetSubmitted({ member: tom, password: 'temporary-pass' }),
    ];
    for (const action of submitted) {
      expect(reducer(initialTeamState, action).submission.status).toBe('saving');
    }
  });

  it('adds the new member and marks the form saved', () => {
    const state = reducer(withMembers(tom), teamApiActions.addSucceeded({ member: maria }));
    expect(state.submission.status).toBe('saved');
    expect(state.entities[maria.id]).toEqual(maria);
  });

  it('marks the password form saved', () => {
    const state = reducer(initialTeamState, teamApiActions.passwordResetSucceeded({ member: tom }));
    expect(state.submission.status).toBe('saved');
  });

  it("returns to editing with the server's field messages when a save fails", () => {
    const saving: TeamState = {
      ...initialTeamState,
      submission: { status: 'saving', fieldErrors: {} },
    };
    const added = reducer(saving, teamApiActions.addFailed({ error: emailTaken }));
    expect(added.submission).toEqual({ status: 'editing', fieldErrors: emailTaken.fields! });
    const offline: ApiError = { error: 'network_error', message: 'Offline.' };
    const reset = reducer(saving, teamApiActions.passwordResetFailed({ error: offline }));
    expect(reset.submission).toEqual({ status: 'editing', fieldErrors: {} });
  });

  it('replaces a member whose status changed', () => {
    const deactivated = { ...tom, active: false };
    const state = reducer(
      withMembers(tom),
      teamApiActions.statusChangeSucceeded({ member: deactivated }),
    );
    expect(state.entities[tom.id]!.active).toBeFalse();
  });
});

describe('selectMembers', () => {
  it('lists members by name', () => {
    const state = withMembers(tom, maria);
    const names = teamFeature.selectMembers.projector(state).map((member) => member.displayName);
    expect(names).toEqual(['Maria Lopez', 'Tom Reyes']);
  });
});

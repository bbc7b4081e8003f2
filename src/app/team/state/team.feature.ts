import type { TeamMember } from '@domain/contracts/team';
import { EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';
import { teamApiActions, teamPageActions } from './team.actions';

/**
 * The add-member or password-reset form that is open (only one dialog is open at a time).
 * `editing` carries the server's field messages after a rejected save; `saved` closes the dialog.
 */
export interface Submission {
  status: 'editing' | 'saving' | 'saved';
  fieldErrors: Record<string, string[]>;
}

export interface TeamState extends EntityState<TeamMember> {
  loading: boolean;
  submission: Submission;
}

const freshSubmission: Submission = { status: 'editing', fieldErrors: {} };

export const teamAdapter = createEntityAdapter<TeamMember>({
  sortComparer: (a, b) => a.displayName.localeCompare(b.displayName),
});

export const initialTeamState: TeamState = teamAdapter.getInitialState({
  loading: false,
  submission: freshSubmission,
});

export const teamFeature = createFeature({
  name: 'team',
  reducer: createReducer(
    initialTeamState,
    on(teamPageActions.opened, (state): TeamState => ({ ...state, loading: true })),
    on(teamApiActions.loadSucceeded, (state, { members }): TeamState =>
      teamAdapter.setAll(members, { ...state, loading: false }),
    ),
    on(teamApiActions.loadFailed, (state): TeamState => ({ ...state, loading: false })),
    on(
      teamPageActions.addMemberOpened,
      teamPageActions.passwordResetOpened,
      (state): TeamState => ({ ...state, submission: freshSubmission }),
    ),
    on(
      teamPageActions.addMemberSubmitted,
      teamPageActions.passwordResetSubmitted,
      (state): TeamState => ({ ...state, submission: { status: 'saving', fieldErrors: {} } }),
    ),
    on(teamApiActions.addSucceeded, (state, { member }): TeamState =>
      teamAdapter.addOne(member, { ...state, submission: { status: 'saved', fieldErrors: {} } }),
    ),
    on(teamApiActions.passwordResetSucceeded, (state): TeamState => ({
      ...state,
      submission: { status: 'saved', fieldErrors: {} },
    })),
    on(
      teamApiActions.addFailed,
      teamApiActions.passwordResetFailed,
      (state, { error }): TeamState => ({
        ...state,
        submission: { status: 'editing', fieldErrors: error.fields ?? {} },
      }),
    ),
    on(teamApiActions.statusChangeSucceeded, (state, { member }): TeamState =>
      teamAdapter.upsertOne(member, state),
    ),
  ),
  extraSelectors: ({ selectTeamState }) => ({
    selectMembers: teamAdapter.getSelectors(selectTeamState).selectAll,
  }),
});

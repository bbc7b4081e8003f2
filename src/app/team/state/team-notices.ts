import { teamApiActions } from './team.actions';

export const teamNoticeActions = [
  teamApiActions.loadFailed,
  teamApiActions.addSucceeded,
  teamApiActions.addFailed,
  teamApiActions.statusChangeSucceeded,
  teamApiActions.statusChangeFailed,
  teamApiActions.passwordResetSucceeded,
  teamApiActions.passwordResetFailed,
] as const;

type TeamNoticeAction = ReturnType<(typeof teamNoticeActions)[number]>;

/**
 * What the snackbar says after a team API call. Failures with field messages say nothing here:
 * the open form shows them beside the fields.
 */
export function teamNotice(action: TeamNoticeAction): string | undefined {
  switch (action.type) {
    case teamApiActions.loadFailed.type:
      return `Couldn't load the team. ${action.error.message}`;
    case teamApiActions.addSucceeded.type:
      return `${action.member.displayName} was added and can sign in now.`;
    case teamApiActions.statusChangeSucceeded.type:
      return action.member.active
        ? `${action.member.displayName} is active again and can sign in.`
        : `${action.member.displayName} is deactivated and was signed out.`;
    case teamApiActions.passwordResetSucceeded.type:
      return `${action.member.displayName}'s password was reset. Give them the new temporary password.`;
    case teamApiActions.statusChangeFailed.type:
      return action.error.message;
    case teamApiActions.addFailed.type:
    case teamApiActions.passwordResetFailed.type:
      return action.error.fields ? undefined : action.error.message;
  }
}

import { teamMember } from '../../../testing/sample-users';
import { teamNotice } from './team-notices';
import { teamApiActions } from './team.actions';

const tom = teamMember();
const offline = { error: 'network_error', message: "Stride Rx can't reach the server." };

describe('teamNotice', () => {
  it('confirms what changed, by name', () => {
    expect(
      teamNotice(teamApiActions.statusChangeSucceeded({ member: { ...tom, active: false } })),
    ).toBe('Tom Reyes is deactivated and was signed out.');
    expect(teamNotice(teamApiActions.statusChangeSucceeded({ member: tom }))).toBe(
      'Tom Reyes is active again and can sign in.',
    );
    expect(teamNotice(teamApiActions.passwordResetSucceeded({ member: tom }))).toBe(
      "Tom Reyes's password was reset. Give them the new temporary password.",
    );
  });

  it("passes on the server's message for failures without field messages", () => {
    expect(teamNotice(teamApiActions.loadFailed({ error: offline }))).toBe(
      `Couldn't load the team. ${offline.message}`,
    );
    expect(teamNotice(teamApiActions.statusChangeFailed({ error: offline }))).toBe(offline.message);
    expect(teamNotice(teamApiActions.addFailed({ error: offline }))).toBe(offline.message);
    expect(teamNotice(teamApiActions.passwordResetFailed({ error: offline }))).toBe(
      offline.message,
    );
  });

  it('says nothing when the form shows the messages beside its fields', () => {
    const error = { ...offline, fields: { password: ['Use at least 10 characters.'] } };
    expect(teamNotice(teamApiActions.passwordResetFailed({ error }))).toBeUndefined();
  });
});

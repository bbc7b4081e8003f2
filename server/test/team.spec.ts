import { createClinicWithStaff, staffPassword } from './support/fixtures';
import { call, signIn, signInRequest } from './support/http';
import { useTestApp } from './support/test-app';

const newPassword = 'a brand new passphrase';

describe('team management', () => {
  const t = useTestApp();

  async function asManager() {
    const staff = await createClinicWithStaff(t.repositories);
    return { ...staff, cookie: await signIn(t.app, staff.manager.email) };
  }

  describe('GET /api/team', () => {
    it("lists the manager's own clinic, by name, without password hashes", async () => {
      const { manager, therapist, cookie } = await asManager();
      await createClinicWithStaff(t.repositories); // another clinic, which must not show

      const response = await call(t.app, 'GET', '/api/team', { cookie });
      expect(response.statusCode).toBe(200);
      const { members } = response.json();
      expect(members.map((m: { id: string }) => m.id)).toEqual([manager.id, therapist.id]);
      expect(members[1]).toEqual({
        id: therapist.id,
        email: therapist.email,
        displayName: therapist.displayName,
        role: 'therapist',
        active: true,
        createdAt: therapist.createdAt.toISOString(),
      });
      expect(response.body).not.toContain('argon2');
    });
  });

  describe('POST /api/team', () => {
    it('creates a therapist (the default role) who can then sign in', async () => {
      const { clinic, cookie } = await asManager();
      const response = await call(t.app, 'POST', '/api/team', {
        cookie,
        body: {
          email: ' Jo.Nguyen@Test.Clinic ',
          displayName: ' Jo Nguyen ',
          password: newPassword,
        },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual(
        jasmine.objectContaining({
          email: 'jo.nguyen@test.clinic',
          displayName: 'Jo Nguyen',
          role: 'therapist',
          active: true,
        }),
      );

      const signedIn = await signInRequest(t.app, 'jo.nguyen@test.clinic', newPassword);
      expect(signedIn.json()).toEqual(
        jasmine.objectContaining({ clinic: { id: clinic.id, name: clinic.name } }),
      );
    });

    it('creates a manager when asked', async () => {
      const { cookie } = await asManager();
      const response = await call(t.app, 'POST', '/api/team', {
        cookie,
        body: {
          email: `lead-${Date.now()}@test.clinic`,
          displayName: 'Sam Lead',
          role: 'manager',
          password: newPassword,
        },
      });
      expect(response.json().role).toBe('manager');
    });

    it('refuses an email that already has an account, ignoring case: 409 on the email field', async () => {
      const { therapist, cookie } = await asManager();
      const response = await call(t.app, 'POST', '/api/team', {
        cookie,
        body: {
          email: therapist.email.toUpperCase(),
          displayName: 'Copy Cat',
          password: newPassword,
        },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        error: 'email_taken',
        message: 'That email address already has an account.',
        fields: { email: ['This email address already has a Stride Rx account.'] },
      });
    });

    it('answers invalid fields with 400 and a message for each', async () => {
      const { cookie } = await asManager();
      const response = await call(t.app, 'POST', '/api/team', {
        cookie,
        body: { email: 'nope', displayName: '  ', role: 'owner', password: 'short' },
      });
      expect(response.statusCode).toBe(400);
      const { error, fields } = response.json();
      expect(error).toBe('validation_failed');
      expect(Object.keys(fields).sort()).toEqual(['displayName', 'email', 'password', 'role']);
      expect(fields.password).toEqual(['Use at least 10 characters.']);
    });
  });

  describe('PUT /api/team/:id/active', () => {
    it('deactivates a member and ends their sessions at once', async () => {
      const { therapist, cookie } = await asManager();
      const theirs = await signIn(t.app, therapist.email);

      const response = await call(t.app, 'PUT', `/api/team/${therapist.id}/active`, {
        cookie,
        body: { active: false },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(
        jasmine.objectContaining({ id: therapist.id, active: false }),
      );

      const next = await call(t.app, 'GET', '/api/auth/me', { cookie: theirs });
      expect(next.statusCode).toBe(401);
      expect(next.json()).toEqual(jasmine.objectContaining({ error: 'signed_out' }));
      expect((await signInRequest(t.app, therapist.email)).statusCode).toBe(401);
    });

    it('reactivates a member, who can sign in again', async () => {
      const { therapist, cookie } = await asManager();
      await call(t.app, 'PUT', `/api/team/${therapist.id}/active`, {
        cookie,
        body: { active: false },
      });
      const response = await call(t.app, 'PUT', `/api/team/${therapist.id}/active`, {
        cookie,
        body: { active: true },
      });
      expect(response.json().active).toBeTrue();
      expect((await signInRequest(t.app, therapist.email)).statusCode).toBe(200);
    });

    it('refuses to let a manager deactivate themself', async () => {
      const { manager, cookie } = await asManager();
      const response = await call(t.app, 'PUT', `/api/team/${manager.id}/active`, {
        cookie,
        body: { active: false },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        error: 'cannot_deactivate_self',
        message: 'You cannot deactivate your own account. Ask another manager to do it.',
      });
      expect((await call(t.app, 'GET', '/api/auth/me', { cookie })).statusCode).toBe(200);
    });

    it('answers 400 for a body without a yes or no', async () => {
      const { therapist, cookie } = await asManager();
      const response = await call(t.app, 'PUT', `/api/team/${therapist.id}/active`, {
        cookie,
        body: { active: 'no' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual({ active: ['Say whether the account is active.'] });
    });
  });

  describe('PUT /api/team/:id/password', () => {
    it("replaces the member's password and ends their sessions", async () => {
      const { therapist, cookie } = await asManager();
      const theirs = await signIn(t.app, therapist.email);

      const response = await call(t.app, 'PUT', `/api/team/${therapist.id}/password`, {
        cookie,
        body: { password: newPassword },
      });
      expect(response.statusCode).toBe(204);

      expect((await call(t.app, 'GET', '/api/auth/me', { cookie: theirs })).statusCode).toBe(401);
      expect((await signInRequest(t.app, therapist.email, staffPassword)).statusCode).toBe(401);
      expect((await signInRequest(t.app, therapist.email, newPassword)).statusCode).toBe(200);
    });

    it("keeps the manager's current session when they reset their own password, and ends their others", async () => {
      const { manager, cookie } = await asManager();
      const otherDevice = await signIn(t.app, manager.email);

      const response = await call(t.app, 'PUT', `/api/team/${manager.id}/password`, {
        cookie,
        body: { password: newPassword },
      });
      expect(response.statusCode).toBe(204);
      expect((await call(t.app, 'GET', '/api/auth/me', { cookie })).statusCode).toBe(200);
      expect((await call(t.app, 'GET', '/api/auth/me', { cookie: otherDevice })).statusCode).toBe(
        401,
      );
    });

    it('checks the new password like any new password', async () => {
      const { therapist, cookie } = await asManager();
      const response = await call(t.app, 'PUT', `/api/team/${therapist.id}/password`, {
        cookie,
        body: { password: 'short' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual({ password: ['Use at least 10 characters.'] });
    });
  });

  describe('access', () => {
    it('is refused to a therapist with 403 forbidden on every team route', async () => {
      const { therapist, manager } = await createClinicWithStaff(t.repositories);
      const cookie = await signIn(t.app, therapist.email);
      const attempts = [
        call(t.app, 'GET', '/api/team', { cookie }),
        call(t.app, 'POST', '/api/team', {
          cookie,
          body: { email: 'x@test.clinic', displayName: 'X', password: newPassword },
        }),
        call(t.app, 'PUT', `/api/team/${manager.id}/active`, { cookie, body: { active: false } }),
        call(t.app, 'PUT', `/api/team/${manager.id}/password`, {
          cookie,
          body: { password: newPassword },
        }),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(response.statusCode).toBe(403);
        expect(response.json()).toEqual({
          error: 'forbidden',
          message: 'Only managers can do this.',
        });
      }
      expect((await signInRequest(t.app, manager.email)).statusCode).toBe(200);
    });

    it('answers 401 signed_out without a session', async () => {
      const response = await call(t.app, 'GET', '/api/team');
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual(jasmine.objectContaining({ error: 'signed_out' }));
    });

    it("answers 404 for another clinic's member, as for an id that does not exist, and changes nothing", async () => {
      const { cookie } = await asManager();
      const other = await createClinicWithStaff(t.repositories);
      const missing = '3f1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13';

      for (const id of [other.therapist.id, missing]) {
        const deactivate = await call(t.app, 'PUT', `/api/team/${id}/active`, {
          cookie,
          body: { active: false },
        });
        const reset = await call(t.app, 'PUT', `/api/team/${id}/password`, {
          cookie,
          body: { password: newPassword },
        });
        for (const response of [deactivate, reset]) {
          expect(response.statusCode).toBe(404);
          expect(response.json()).toEqual({
            error: 'not_found',
            message: 'There is no such team member in your clinic.',
          });
        }
      }
      expect((await signInRequest(t.app, other.therapist.email, staffPassword)).statusCode).toBe(
        200,
      );
    });

    it('answers 400 for an id that is not a uuid', async () => {
      const { cookie } = await asManager();
      const response = await call(t.app, 'PUT', '/api/team/42/active', {
        cookie,
        body: { active: false },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual({ id: ['Unknown team member.'] });
    });
  });
});

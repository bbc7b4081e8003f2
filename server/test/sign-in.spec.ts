import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { sessions } from '../db/schema';
import { createClinicWithStaff, staffPassword } from './support/fixtures';
import { call, sessionCookieOf, signIn, signInRequest } from './support/http';
import { useTestApp } from './support/test-app';

const invalidCredentials = {
  error: 'invalid_credentials',
  message: 'Email or password is incorrect.',
};

describe('signing in and out', () => {
  const t = useTestApp();

  describe('POST /api/auth/login', () => {
    it('answers 200 with the current user and sets the session cookie', async () => {
      const { clinic, therapist } = await createClinicWithStaff(t.repositories);
      const response = await signInRequest(t.app, therapist.email);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        id: therapist.id,
        email: therapist.email,
        displayName: therapist.displayName,
        role: 'therapist',
        clinic: { id: clinic.id, name: clinic.name },
      });
      const cookie = response.cookies.find((c) => c.name === 'stride_session');
      expect(cookie).toEqual(
        jasmine.objectContaining({
          httpOnly: true,
          sameSite: 'Strict',
          path: '/',
          maxAge: 12 * 60 * 60,
        }),
      );
      expect(Buffer.from(cookie!.value, 'base64url').length).toBe(32);
    });

    it('leaves Secure off over plain http (a browser would drop a Secure cookie there)', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const response = await signInRequest(t.app, therapist.email);
      expect(response.headers['set-cookie']).not.toMatch(/;\s*Secure/i);
    });

    it('stores only the sha256 of the session token', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const token = sessionCookieOf(await signInRequest(t.app, therapist.email)).split('=')[1];
      const rows = await t.database.db
        .select()
        .from(sessions)
        .where(eq(sessions.userId, therapist.id));
      expect(rows.length).toBe(1);
      expect(rows[0].idHash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it('finds the account whatever the case and spacing of the email typed', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const response = await signInRequest(t.app, `  ${therapist.email.toUpperCase()} `);
      expect(response.statusCode).toBe(200);
    });

    it('answers an unknown email, a wrong password and a deactivated account alike: 401, one message', async () => {
      const { clinic, therapist, manager } = await createClinicWithStaff(t.repositories);
      await t.repositories.users.setActive(clinic.id, manager.id, false);

      const unknown = await signInRequest(t.app, 'nobody@test.clinic');
      const wrongPassword = await signInRequest(t.app, therapist.email, 'not the password');
      const inactive = await signInRequest(t.app, manager.email);

      for (const response of [unknown, wrongPassword, inactive]) {
        expect(response.statusCode).toBe(401);
        expect(response.json()).toEqual(invalidCredentials);
        expect(response.cookies.length).toBe(0);
      }
    });

    it('answers a malformed body with 400 and a message per field', async () => {
      const response = await call(t.app, 'POST', '/api/auth/login', {
        body: { email: 'not-an-email', password: '' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: {
          email: ['Enter a valid email address, like name@clinic.com.'],
          password: ['Enter your password.'],
        },
      });
    });

    it('answers a missing body with 400 in the same shape', async () => {
      const response = await call(t.app, 'POST', '/api/auth/login');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual(jasmine.objectContaining({ error: 'validation_failed' }));
    });

    it('answers a body that is not JSON with 400 in the ApiError shape', async () => {
      const response = await call(t.app, 'POST', '/api/auth/login', {
        body: '{"email":',
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json()).sort()).toEqual(['error', 'message']);
    });
  });

  describe('throttling failed sign-ins', () => {
    it('refuses the 11th attempt for one email with 429 and Retry-After, even with the right password', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      for (let attempt = 1; attempt <= 10; attempt++) {
        const response = await signInRequest(
          t.app,
          therapist.email,
          'wrong password',
          `10.1.0.${attempt}`,
        );
        expect(response.statusCode).withContext(`attempt ${attempt}`).toBe(401);
      }
      const eleventh = await signInRequest(t.app, therapist.email, staffPassword, '10.1.0.99');
      expect(eleventh.statusCode).toBe(429);
      expect(eleventh.headers['retry-after']).toBe('900');
      expect(eleventh.json()).toEqual({
        error: 'too_many_attempts',
        message: 'Too many sign-in attempts. Try again in 15 minutes.',
      });
    });

    it('refuses the 11th attempt from one client address, whichever email it tries', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      for (let attempt = 1; attempt <= 10; attempt++) {
        const response = await signInRequest(
          t.app,
          `guess${attempt}@test.clinic`,
          'wrong password',
          '10.2.0.1',
        );
        expect(response.statusCode).toBe(401);
      }
      const eleventh = await signInRequest(t.app, therapist.email, staffPassword, '10.2.0.1');
      expect(eleventh.statusCode).toBe(429);
      expect(Number(eleventh.headers['retry-after'])).toBe(900);
      expect(
        (await signInRequest(t.app, therapist.email, staffPassword, '10.2.0.2')).statusCode,
      ).toBe(200);
    });

    it('lets the account sign in again once 15 minutes have passed', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      for (let attempt = 1; attempt <= 10; attempt++)
        await signInRequest(t.app, therapist.email, 'wrong password');
      t.clock.advanceMinutes(14);
      expect((await signInRequest(t.app, therapist.email)).statusCode).toBe(429);
      t.clock.advanceMinutes(1);
      expect((await signInRequest(t.app, therapist.email)).statusCode).toBe(200);
    });

    it("forgets an email's failures when it signs in", async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      for (let attempt = 1; attempt <= 9; attempt++) {
        await signInRequest(t.app, therapist.email, 'wrong password', `10.3.0.${attempt}`);
      }
      expect(
        (await signInRequest(t.app, therapist.email, staffPassword, '10.3.1.1')).statusCode,
      ).toBe(200);
      for (let attempt = 1; attempt <= 10; attempt++) {
        const response = await signInRequest(
          t.app,
          therapist.email,
          'wrong password',
          `10.3.2.${attempt}`,
        );
        expect(response.statusCode).withContext(`attempt ${attempt} after the success`).toBe(401);
      }
    });
  });

  describe('GET /api/auth/me', () => {
    it('returns the signed-in user', async () => {
      const { clinic, manager } = await createClinicWithStaff(t.repositories);
      const cookie = await signIn(t.app, manager.email);
      const response = await call(t.app, 'GET', '/api/auth/me', { cookie });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        id: manager.id,
        email: manager.email,
        displayName: manager.displayName,
        role: 'manager',
        clinic: { id: clinic.id, name: clinic.name },
      });
    });

    it('answers 401 signed_out without a cookie or with an unknown one', async () => {
      for (const cookie of [undefined, 'stride_session=made-up-token']) {
        const response = await call(t.app, 'GET', '/api/auth/me', { cookie });
        expect(response.statusCode).toBe(401);
        expect(response.json()).toEqual(jasmine.objectContaining({ error: 'signed_out' }));
      }
    });
  });

  describe('POST /api/auth/logout', () => {
    it('ends the session, clears the cookie and answers 204', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const cookie = await signIn(t.app, therapist.email);

      const response = await call(t.app, 'POST', '/api/auth/logout', { cookie });
      expect(response.statusCode).toBe(204);
      const cleared = response.cookies.find((c) => c.name === 'stride_session');
      expect(cleared?.value).toBe('');
      expect(cleared?.maxAge).toBe(0);
      expect(
        await t.database.db.select().from(sessions).where(eq(sessions.userId, therapist.id)),
      ).toEqual([]);

      const afterwards = await call(t.app, 'GET', '/api/auth/me', { cookie });
      expect(afterwards.json()).toEqual(jasmine.objectContaining({ error: 'signed_out' }));
    });

    it('answers 204 when there is no session to end', async () => {
      expect((await call(t.app, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    });

    it('ends only the session it was sent with', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const desk = await signIn(t.app, therapist.email);
      const tablet = await signIn(t.app, therapist.email);
      await call(t.app, 'POST', '/api/auth/logout', { cookie: desk });
      expect((await call(t.app, 'GET', '/api/auth/me', { cookie: tablet })).statusCode).toBe(200);
    });
  });
});

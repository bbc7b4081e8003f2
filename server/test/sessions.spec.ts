import { eq } from 'drizzle-orm';
import { sessions } from '../db/schema';
import { createClinicWithStaff } from './support/fixtures';
import { call, signIn } from './support/http';
import { useTestApp } from './support/test-app';

describe('session lifetime', () => {
  describe('with the default 30-minute idle limit', () => {
    const t = useTestApp();

    const lastSeen = async (userId: string) =>
      (await t.database.db.select().from(sessions).where(eq(sessions.userId, userId)))[0]
        ?.lastSeenAt;

    it('ends a session idle for longer than the limit with 401 session_expired, and deletes it', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const cookie = await signIn(t.app, therapist.email);
      t.clock.advanceMinutes(30.5);

      const expired = await call(t.app, 'GET', '/api/auth/me', { cookie });
      expect(expired.statusCode).toBe(401);
      expect(expired.json()).toEqual({
        error: 'session_expired',
        message: 'Your session ended after 30 minutes without activity. Sign in again to continue.',
      });
      expect(await lastSeen(therapist.id)).toBeUndefined();

      const again = await call(t.app, 'GET', '/api/auth/me', { cookie });
      expect(again.json()).toEqual(jasmine.objectContaining({ error: 'signed_out' }));
    });

    it('keeps a session alive while it is used', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const cookie = await signIn(t.app, therapist.email);
      for (let hour = 0; hour < 3; hour++) {
        for (let step = 0; step < 3; step++) {
          t.clock.advanceMinutes(20);
          expect((await call(t.app, 'GET', '/api/auth/me', { cookie })).statusCode).toBe(200);
        }
      }
    });

    it('ends a session 12 hours after sign-in however busy it is', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const cookie = await signIn(t.app, therapist.email);
      for (let i = 0; i < 24; i++) {
        t.clock.advanceMinutes(29);
        await call(t.app, 'GET', '/api/auth/me', { cookie });
      }
      t.clock.advanceMinutes(25); // 12 h 1 min since sign-in
      const response = await call(t.app, 'GET', '/api/auth/me', { cookie });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual(jasmine.objectContaining({ error: 'session_expired' }));
    });

    it('records activity at most once a minute', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const cookie = await signIn(t.app, therapist.email);
      const signedInAt = t.clock.now();

      t.clock.advanceSeconds(50);
      await call(t.app, 'GET', '/api/auth/me', { cookie });
      expect(await lastSeen(therapist.id)).toEqual(signedInAt);

      t.clock.advanceSeconds(20);
      await call(t.app, 'GET', '/api/auth/me', { cookie });
      expect(await lastSeen(therapist.id)).toEqual(t.clock.now());
    });

    it('clears the expired cookie in the browser', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const cookie = await signIn(t.app, therapist.email);
      t.clock.advanceMinutes(31);
      const response = await call(t.app, 'GET', '/api/auth/me', { cookie });
      expect(response.cookies.find((c) => c.name === 'stride_session')?.maxAge).toBe(0);
    });
  });

  describe('with a fractional idle limit (SESSION_IDLE_MINUTES=0.05)', () => {
    const t = useTestApp({ sessionIdleMinutes: 0.05 });

    it('expires after 3 seconds idle and says so in minutes', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const cookie = await signIn(t.app, therapist.email);
      t.clock.advanceSeconds(2);
      expect((await call(t.app, 'GET', '/api/auth/me', { cookie })).statusCode).toBe(200);
      t.clock.advanceSeconds(2.9);
      expect((await call(t.app, 'GET', '/api/auth/me', { cookie })).statusCode).toBe(200);
      t.clock.advanceSeconds(3.5);
      const response = await call(t.app, 'GET', '/api/auth/me', { cookie });
      expect(response.json()).toEqual({
        error: 'session_expired',
        message:
          'Your session ended after 0.05 minutes without activity. Sign in again to continue.',
      });
    });
  });
});

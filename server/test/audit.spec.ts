import { asc, eq } from 'drizzle-orm';
import { auditEvents } from '../db/schema';
import { createClinicWithStaff, staffPassword } from './support/fixtures';
import { call, signIn, signInRequest } from './support/http';
import { useTestApp } from './support/test-app';

describe('audit log', () => {
  const t = useTestApp();

  const eventsFrom = (clientAddress: string) =>
    t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.clientAddress, clientAddress))
      .orderBy(asc(auditEvents.id));

  it('records sign-in failures, the success and the sign-out, with who, what, when and where', async () => {
    const { clinic, therapist } = await createClinicWithStaff(t.repositories);
    const from = '10.20.0.1';
    await signInRequest(t.app, 'nobody@test.clinic', 'whatever password', from);
    await signInRequest(t.app, therapist.email, 'wrong password', from);
    const signedIn = await signInRequest(t.app, therapist.email, undefined, from);
    const cookie = `stride_session=${signedIn.cookies[0].value}`;
    await call(t.app, 'POST', '/api/auth/logout', { cookie, remoteAddress: from });

    const events = await eventsFrom(from);
    expect(
      events.map((e) => [e.action, e.clinicId, e.actorUserId, e.recordType, e.recordId, e.detail]),
    ).toEqual([
      [
        'auth.login_failed',
        null,
        null,
        'user',
        null,
        { email: 'nobody@test.clinic', reason: 'unknown_email' },
      ],
      [
        'auth.login_failed',
        clinic.id,
        null,
        'user',
        therapist.id,
        { email: therapist.email, reason: 'wrong_password' },
      ],
      ['auth.login_succeeded', clinic.id, therapist.id, 'user', therapist.id, null],
      ['auth.logged_out', clinic.id, therapist.id, 'user', therapist.id, null],
    ]);
    for (const event of events) expect(event.at).toEqual(t.clock.now());
    for (const tried of ['whatever password', 'wrong password', staffPassword]) {
      expect(JSON.stringify(events)).not.toContain(tried);
    }
  });

  it('records a throttled sign-in attempt', async () => {
    const from = '10.20.0.2';
    for (let i = 0; i < 11; i++) await signInRequest(t.app, 'target@test.clinic', 'guess', from);
    const actions = (await eventsFrom(from)).map((e) => e.action);
    expect(actions.filter((a) => a === 'auth.login_failed').length).toBe(10);
    expect(actions.at(-1)).toBe('auth.login_throttled');
  });

  it("records a manager's team reads and writes", async () => {
    const { clinic, manager, therapist } = await createClinicWithStaff(t.repositories);
    const from = '10.20.0.3';
    const cookie = await signIn(t.app, manager.email);
    const as = { cookie, remoteAddress: from };

    await call(t.app, 'GET', '/api/team', as);
    const created = await call(t.app, 'POST', '/api/team', {
      ...as,
      body: {
        email: `new-${Date.now()}@test.clinic`,
        displayName: 'New Person',
        password: 'a long passphrase',
      },
    });
    await call(t.app, 'PUT', `/api/team/${therapist.id}/active`, {
      ...as,
      body: { active: false },
    });
    await call(t.app, 'PUT', `/api/team/${therapist.id}/active`, { ...as, body: { active: true } });
    await call(t.app, 'PUT', `/api/team/${therapist.id}/password`, {
      ...as,
      body: { password: 'another passphrase' },
    });

    const events = await eventsFrom(from);
    expect(events.map((e) => [e.action, e.recordType, e.recordId])).toEqual([
      ['team.listed', 'clinic', clinic.id],
      ['team.member_created', 'user', created.json().id],
      ['team.member_deactivated', 'user', therapist.id],
      ['team.member_activated', 'user', therapist.id],
      ['team.password_reset', 'user', therapist.id],
    ]);
    for (const event of events) {
      expect(event.clinicId).toBe(clinic.id);
      expect(event.actorUserId).toBe(manager.id);
    }
    expect(JSON.stringify(events)).not.toContain('passphrase');
  });
});

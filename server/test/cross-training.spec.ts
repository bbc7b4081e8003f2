import { and, asc, eq, sql } from 'drizzle-orm';
import type { CrossTrainingVersion } from '@domain/contracts/cross-training';
import type { CrossTrainingPlan } from '@domain/cross-training/plan';
import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { moveSession } from '@domain/cross-training/week-schedule';
import { auditEvents, crossTrainingVersions } from '../db/schema';
import { createClinicWithStaff, createPatient } from './support/fixtures';
import { call, signIn } from './support/http';
import { useTestApp } from './support/test-app';

describe('patient cross-training API', () => {
  const t = useTestApp();

  async function therapistWithPatient() {
    const staff = await createClinicWithStaff(t.repositories);
    const patient = await createPatient(t.repositories, staff.therapist);
    const cookie = await signIn(t.app, staff.therapist.email);
    return { ...staff, patient, cookie, url: `/api/patients/${patient.id}/cross-training` };
  }

  async function save(url: string, cookie: string, version: number, plan: CrossTrainingPlan, changeSummary?: string) {
    const response = await call(t.app, 'PUT', url, { cookie, body: { version, plan, changeSummary } });
    expect(response.statusCode).withContext(response.body).toBe(200);
    return response.json() as CrossTrainingVersion;
  }

  const by = (u: { id: string; displayName: string }) => ({ id: u.id, displayName: u.displayName });

  it('answers null before the first save, then the latest version', async () => {
    const { url, cookie } = await therapistWithPatient();
    expect((await call(t.app, 'GET', url, { cookie })).json()).toEqual({ current: null });
    const first = await save(url, cookie, 0, swimBikePlan());
    expect((await call(t.app, 'GET', url, { cookie })).json()).toEqual({ current: first });
  });

  it('saves version 1 with who, when and a summary, then the next version with what changed', async () => {
    const { url, cookie, therapist } = await therapistWithPatient();
    const first = await save(url, cookie, 0, swimBikePlan());
    expect(first).toEqual({
      version: 1,
      savedAt: t.clock.now().toISOString(),
      savedBy: by(therapist),
      changeSummary: 'Plan made: 2 sessions over 6 weeks.',
      plan: swimBikePlan(),
    });
    t.clock.advanceMinutes(3);
    const second = await save(url, cookie, 1, moveSession(swimBikePlan(), 'bike', 'sat', 'fri'));
    expect(second.version).toBe(2);
    expect(second.changeSummary).toBe('Changed Stationary cycling (days Thu, Sat → Thu, Fri).');
    const written = await save(url, cookie, 2, swimBikePlan(), '  Back to Saturday.  ');
    expect(written.changeSummary).toBe('Back to Saturday.');
  });

  it('answers a stale save with 409 and the current version, writing nothing', async () => {
    const { url, cookie, patient } = await therapistWithPatient();
    await save(url, cookie, 0, swimBikePlan());
    const current = await save(url, cookie, 1, swimBikePlan({ weeks: 8 }));
    const stale = await call(t.app, 'PUT', url, { cookie, body: { version: 1, plan: swimBikePlan({ weeks: 4 }) } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toEqual({
      error: 'stale_version',
      message: jasmine.stringContaining('Someone saved this cross-training plan'),
      current,
    });
    const rows = await t.database.db
      .select()
      .from(crossTrainingVersions)
      .where(eq(crossTrainingVersions.patientId, patient.id));
    expect(rows.length).toBe(2);
  });

  it('answers 400 with field messages for a bad plan, and for a version named before any save', async () => {
    const { url, cookie } = await therapistWithPatient();
    const plan = swimBikePlan();
    const bad = {
      ...plan,
      weeks: 40,
      sessions: [{ ...plan.sessions[0], minutes: 200, intensity: { kind: 'rpe', rpe: 11 }, weekdays: [] }],
    };
    const response = await call(t.app, 'PUT', url, { cookie, body: { version: 0, plan: bad } });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual({
      'plan.weeks': ['Plan 1 to 26 weeks.'],
      'plan.sessions.0.minutes': ['Enter 5 to 180 minutes.'],
      'plan.sessions.0.intensity.rpe': ['Enter an effort (RPE) from 0 to 10.'],
      'plan.sessions.0.weekdays': ['Choose at least one day of the week.'],
    });
    const early = await call(t.app, 'PUT', url, { cookie, body: { version: 1, plan } });
    expect(early.statusCode).toBe(400);
    expect(early.json().fields.version).toEqual(['This patient has no cross-training plan yet: save it as version 0.']);
  });

  it('lists versions newest first and reads one; an unknown version is 404', async () => {
    const { url, cookie } = await therapistWithPatient();
    const first = await save(url, cookie, 0, swimBikePlan());
    await save(url, cookie, 1, swimBikePlan({ weeks: 8 }));
    const history = (await call(t.app, 'GET', `${url}/versions`, { cookie })).json();
    expect(history.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await call(t.app, 'GET', `${url}/versions/1`, { cookie })).json()).toEqual(first);
    expect((await call(t.app, 'GET', `${url}/versions/9`, { cookie })).statusCode).toBe(404);
  });

  it("keeps a discharged patient's plan read-only", async () => {
    const { url, cookie, patient } = await therapistWithPatient();
    await save(url, cookie, 0, swimBikePlan());
    const discharged = await call(t.app, 'POST', `/api/patients/${patient.id}/discharge`, {
      cookie,
      body: { version: 1, dischargedOn: '2025-03-03', reason: 'Goals met.' },
    });
    expect(discharged.statusCode).withContext(discharged.body).toBe(200);
    const response = await call(t.app, 'PUT', url, { cookie, body: { version: 1, plan: swimBikePlan() } });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toBe('patient_discharged');
    expect((await call(t.app, 'GET', url, { cookie })).statusCode).toBe(200);
  });

  it('refuses to change or delete a saved version in the database', async () => {
    const { url, cookie, patient } = await therapistWithPatient();
    await save(url, cookie, 0, swimBikePlan());
    const where = eq(crossTrainingVersions.patientId, patient.id);
    await expectAsync(
      t.database.db.update(crossTrainingVersions).set({ changeSummary: 'rewritten' }).where(where),
    ).toBeRejected();
    await expectAsync(t.database.db.delete(crossTrainingVersions).where(where)).toBeRejected();
    await expectAsync(t.database.db.execute(sql`TRUNCATE cross_training_versions`)).toBeRejected();
  });

  it('records every read and write with who and the patient', async () => {
    const { url, cookie, patient, therapist, clinic } = await therapistWithPatient();
    const as = { cookie, remoteAddress: '10.42.0.7' };
    await call(t.app, 'GET', url, as);
    await call(t.app, 'PUT', url, { ...as, body: { version: 0, plan: swimBikePlan() } });
    await call(t.app, 'PUT', url, { ...as, body: { version: 0, plan: swimBikePlan() } }); // stale
    await call(t.app, 'GET', `${url}/versions`, as);
    await call(t.app, 'GET', `${url}/versions/1`, as);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.clientAddress, '10.42.0.7'), eq(auditEvents.clinicId, clinic.id)))
      .orderBy(asc(auditEvents.id));
    const p = patient.id;
    expect(events.map((e) => [e.action, e.recordType, e.recordId, e.detail])).toEqual([
      ['cross_training.viewed', 'cross_training', p, { version: null }],
      ['cross_training.saved', 'cross_training', p, { version: 1, sessions: 2 }],
      ['cross_training.viewed', 'cross_training', p, { version: 1, because: 'stale_version', sentVersion: 0 }],
      ['cross_training.versions_viewed', 'cross_training', p, { versions: 1 }],
      ['cross_training.version_viewed', 'cross_training', p, { version: 1 }],
    ]);
    for (const event of events) expect(event.actorUserId).toBe(therapist.id);
  });
});

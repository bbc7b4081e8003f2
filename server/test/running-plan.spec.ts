import { and, asc, eq, sql } from 'drizzle-orm';
import type { RunningPlanDto } from '@domain/contracts/running';
import { generatePlan } from '@domain/training-load/plan-generator';
import { auditEvents, runningPlans, runningPlanVersions } from '../db/schema';
import { createClinicWithStaff, createPatient, createStaffMember } from './support/fixtures';
import { call, signIn } from './support/http';
import { mileagePlanContent, newMileagePlan, weeksOf } from './support/running-fixtures';
import { useTestApp } from './support/test-app';

/** The 10 → 20 mi plan's weeks in miles, as the generator plans them (domain/training-load spec tables). */
const plannedMiles = [10, 11, 12.1, 10.2, 13.3, 14.6, 16, 13.6, 17.6, 19.3, 20];
const plannedKinds = ['hold', 'build', 'build', 'cutback', 'build', 'build', 'build', 'cutback'];

describe('running plan API', () => {
  const t = useTestApp();

  async function therapistWithPatient() {
    const staff = await createClinicWithStaff(t.repositories);
    const patient = await createPatient(t.repositories, staff.therapist);
    const cookie = await signIn(t.app, staff.therapist.email);
    return { ...staff, patient, cookie, url: `/api/patients/${patient.id}/running-plan` };
  }

  async function withPlan() {
    const arranged = await therapistWithPatient();
    const made = await call(t.app, 'POST', arranged.url, {
      cookie: arranged.cookie,
      body: newMileagePlan,
    });
    expect(made.statusCode).withContext(made.body).toBe(201);
    return { ...arranged, plan: made.json() as RunningPlanDto };
  }

  /** The plan as the page holds it, in miles, with `miles` in place of its weeks' distances. */
  const edit = (version: number, miles: number[]) => ({
    version,
    distanceUnit: 'mi',
    weeks: weeksOf(miles).map((w, i) => ({ ...w, kind: plannedKinds[i] ?? 'build' })),
  });

  const planRow = async (patientId: string) =>
    (
      await t.database.db.select().from(runningPlans).where(eq(runningPlans.patientId, patientId))
    )[0];

  const versionRows = (planId: string) =>
    t.database.db
      .select()
      .from(runningPlanVersions)
      .where(eq(runningPlanVersions.planId, planId))
      .orderBy(asc(runningPlanVersions.version));

  describe('GET /api/patients/:id/running-plan', () => {
    it('answers null before a plan is made', async () => {
      const { url, cookie } = await therapistWithPatient();
      const response = await call(t.app, 'GET', url, { cookie });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ plan: null });
    });

    it('gives the plan as it stands', async () => {
      const { url, cookie, plan } = await withPlan();
      const response = await call(t.app, 'GET', url, { cookie });
      expect(response.json()).toEqual({ plan });
    });
  });

  describe('POST /api/patients/:id/running-plan', () => {
    it('generates a mileage plan from its settings and stores it in metres, version 1', async () => {
      const { plan } = await withPlan();
      const { settings, weeks } = mileagePlanContent() as Extract<
        ReturnType<typeof mileagePlanContent>,
        { kind: 'mileage' }
      >;
      expect(plan).toEqual({
        id: jasmine.any(String),
        kind: 'mileage',
        version: 1,
        updatedAt: t.clock.now().toISOString(),
        settings: {
          baselineMetres: 16_093,
          targetMetres: 32_187,
          startWeek: '2025-03-03',
          maxWeeklyIncreasePercent: 10,
          cutbackEvery: 4,
          cutbackPercent: 85,
          raceDate: null,
          unit: 'mi',
        },
        weeks,
      });
      expect(plan.kind === 'mileage' && plan.weeks).toEqual(generatePlan(settings).weeks);
      const miles = weeks.map((w) => Math.round((w.plannedMetres / 1609.344) * 10) / 10);
      expect(miles).toEqual(plannedMiles);
    });

    it('stores a walk–jog plan as its start date and level', async () => {
      const { url, cookie } = await therapistWithPatient();
      const response = await call(t.app, 'POST', url, {
        cookie,
        body: { kind: 'walk-jog', startDate: '2025-03-05', startLevel: 3 },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({
        id: jasmine.any(String),
        kind: 'walk-jog',
        version: 1,
        updatedAt: t.clock.now().toISOString(),
        startDate: '2025-03-05',
        startLevel: 3,
      });
    });

    it('refuses to make a plan over an existing one without naming it, with 409 and the current plan', async () => {
      const { url, cookie, plan, patient } = await withPlan();
      const before = await planRow(patient.id);
      const response = await call(t.app, 'POST', url, {
        cookie,
        body: { kind: 'walk-jog', startDate: '2025-03-05' },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        error: 'plan_exists',
        message:
          'This patient already has a running plan. Review it, then make the new plan in its place.',
        current: plan,
      });
      expect(await planRow(patient.id)).toEqual(before);
      expect((await versionRows(plan.id)).length).toBe(1);
    });

    it('refuses to replace a version that is no longer current, with 409 and the current plan', async () => {
      const { url, cookie, plan, patient } = await withPlan();
      const saved = await call(t.app, 'PUT', url, { cookie, body: edit(1, [10, 10.5]) });
      expect(saved.statusCode).toBe(200);
      const before = await planRow(patient.id);

      const response = await call(t.app, 'POST', `${url}?replacesVersion=1`, {
        cookie,
        body: { ...newMileagePlan, targetDistance: 30 },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        error: 'stale_version',
        message:
          'Someone saved this running plan after you opened it. Review their changes, then save again.',
        current: saved.json(),
      });
      expect(await planRow(patient.id)).toEqual(before);
      expect((await versionRows(plan.id)).length).toBe(2);
    });

    it('replaces the current version when named: same plan, next version, the old one kept', async () => {
      const { url, cookie, plan } = await withPlan();
      t.clock.advanceMinutes(3);
      const response = await call(t.app, 'POST', `${url}?replacesVersion=1`, {
        cookie,
        body: { kind: 'walk-jog', startDate: '2025-03-05', startLevel: 2 },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({
        id: plan.id,
        kind: 'walk-jog',
        version: 2,
        updatedAt: t.clock.now().toISOString(),
        startDate: '2025-03-05',
        startLevel: 2,
      });
      const rows = await versionRows(plan.id);
      expect(rows.map((r) => [r.version, r.kind])).toEqual([
        [1, 'mileage'],
        [2, 'walk-jog'],
      ]);
    });

    it('answers invalid settings with 400 and the messages of each field', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      const response = await call(t.app, 'POST', url, {
        cookie,
        body: {
          ...newMileagePlan,
          startWeek: '2025-03-04',
          targetDistance: 187,
          raceDate: '2025-02-30',
        },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: {
          startWeek: ['Choose a Monday: weeks start on Monday.'],
          raceDate: ['Enter a date as YYYY-MM-DD.'],
          targetDistance: ['The target weekly distance is at most 186.4 mi.'],
        },
      });
      const badQuery = await call(t.app, 'POST', `${url}?replacesVersion=first`, {
        cookie,
        body: newMileagePlan,
      });
      expect(badQuery.statusCode).toBe(400);
      expect(badQuery.json().fields).toEqual({
        replacesVersion: ['Give the version of the plan being replaced as a whole number.'],
      });
      const walkJog = await call(t.app, 'POST', url, {
        cookie,
        body: { kind: 'walk-jog', startDate: '2025-13-01', startLevel: 9 },
      });
      expect(walkJog.json().fields).toEqual({
        startDate: ['Enter a date as YYYY-MM-DD.'],
        startLevel: ['Choose a level from 1 to 8.'],
      });
      expect(await planRow(patient.id)).toBeUndefined();
    });
  });

  describe('PUT /api/patients/:id/running-plan', () => {
    it('saves edited weeks in metres and moves the version on, keeping the settings', async () => {
      const { url, cookie, plan } = await withPlan();
      t.clock.advanceMinutes(5);
      const response = await call(t.app, 'PUT', url, {
        cookie,
        body: edit(1, [10, 11, 11.5, 9.5]),
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        ...plan,
        version: 2,
        updatedAt: t.clock.now().toISOString(),
        weeks: [
          { weekStart: '2025-03-03', plannedMetres: 16_093, kind: 'hold' },
          { weekStart: '2025-03-10', plannedMetres: 17_703, kind: 'build' },
          { weekStart: '2025-03-17', plannedMetres: 18_507, kind: 'build' },
          { weekStart: '2025-03-24', plannedMetres: 15_289, kind: 'cutback' },
        ],
      });
    });

    it('keeps the stored metres of a week that reads the same in the unit sent', async () => {
      const { url, cookie, plan } = await withPlan();
      if (plan.kind !== 'mileage') throw new Error('a mileage plan');
      // 10 mi (16,093 m) reads 16.1 km; sent back as 16.1 km it stays 16,093 m, not 16,100 m.
      const inKm = plan.weeks.map((w, i) => ({
        weekStart: w.weekStart,
        distance: Math.round(w.plannedMetres / 100) / 10 - (i === 1 ? 1 : 0),
        kind: w.kind,
      }));
      const response = await call(t.app, 'PUT', url, {
        cookie,
        body: { version: 1, distanceUnit: 'km', weeks: inKm },
      });
      const saved = response.json() as RunningPlanDto;
      if (saved.kind !== 'mileage') throw new Error('a mileage plan');
      expect(saved.weeks.map((w) => w.plannedMetres)).toEqual(
        plan.weeks.map((w, i) => (i === 1 ? 16_700 : w.plannedMetres)),
      );
      expect(saved.settings.unit).toBe('mi');
    });

    it('answers a stale version with 409 and the current plan, and overwrites nothing', async () => {
      const { url, cookie, plan, patient, clinic } = await withPlan();
      const colleague = await createStaffMember(t.repositories, clinic.id, 'manager');
      const first = await call(t.app, 'PUT', url, {
        cookie: await signIn(t.app, colleague.email),
        body: edit(1, [10, 10.5, 11]),
      });
      expect(first.statusCode).toBe(200);
      const rowAfterFirst = await planRow(patient.id);
      const versionsAfterFirst = await versionRows(plan.id);

      t.clock.advanceMinutes(1);
      const second = await call(t.app, 'PUT', url, { cookie, body: edit(1, [10, 12, 14]) });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toEqual({
        error: 'stale_version',
        message:
          'Someone saved this running plan after you opened it. Review their changes, then save again.',
        current: first.json(),
      });
      expect(await planRow(patient.id)).toEqual(rowAfterFirst);
      expect(await versionRows(plan.id)).toEqual(versionsAfterFirst);
    });

    it('saves only one of two edits sent at once from the same version', async () => {
      const { url, cookie, plan } = await withPlan();
      const both = await Promise.all([
        call(t.app, 'PUT', url, { cookie, body: edit(1, [10, 10.5]) }),
        call(t.app, 'PUT', url, { cookie, body: edit(1, [10, 10.8]) }),
      ]);
      expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect((await versionRows(plan.id)).map((v) => v.version)).toEqual([1, 2]);
    });

    it('refuses weeks for a walk–jog plan with 409', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      await call(t.app, 'POST', url, {
        cookie,
        body: { kind: 'walk-jog', startDate: '2025-03-05' },
      });
      const before = await planRow(patient.id);
      const response = await call(t.app, 'PUT', url, { cookie, body: edit(1, [2, 2]) });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        error: 'not_a_mileage_plan',
        message:
          'This is a walk–jog plan: it has levels, not planned weeks. Make a mileage plan to plan weekly distances.',
      });
      expect(await planRow(patient.id)).toEqual(before);
    });

    it('answers 404 when there is no plan to edit', async () => {
      const { url, cookie } = await therapistWithPatient();
      const response = await call(t.app, 'PUT', url, { cookie, body: edit(1, [10]) });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        error: 'not_found',
        message: 'This patient has no running plan yet.',
      });
    });

    it('answers weeks that skip a Monday or hold more than 300 km with 400 and field messages', async () => {
      const { url, cookie, patient } = await withPlan();
      const before = await planRow(patient.id);
      const put = (weeks: unknown[]) =>
        call(t.app, 'PUT', url, { cookie, body: { version: 1, distanceUnit: 'km', weeks } });

      const gap = await put([
        { weekStart: '2025-03-03', distance: 20, kind: 'hold' },
        { weekStart: '2025-03-17', distance: 22, kind: 'build' },
        { weekStart: '2025-03-24', distance: 301, kind: 'build' },
      ]);
      expect(gap.statusCode).toBe(400);
      expect(gap.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: {
          'weeks.1.weekStart': ['Planned weeks follow one another, Monday to Monday.'],
          'weeks.2.weekStart': ['Planned weeks follow one another, Monday to Monday.'],
          'weeks.2.distance': ['A planned week is at most 300 km.'],
        },
      });

      const wrong = await put([
        { weekStart: '2025-03-04', distance: 20, kind: 'hold' },
        { weekStart: '2025-02-31', distance: -1, kind: 'taper' },
      ]);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().fields).toEqual({
        'weeks.0.weekStart': ['Choose a Monday: weeks start on Monday.'],
        'weeks.1.weekStart': ['Enter a date as YYYY-MM-DD.'],
        'weeks.1.distance': ['The planned distance cannot be negative.'],
        'weeks.1.kind': ['Choose build, cutback, hold or race.'],
      });
      expect((await put([])).json().fields).toEqual({ weeks: ['A plan has at least one week.'] });
      expect(await planRow(patient.id)).toEqual(before);
    });
  });

  describe('GET /api/patients/:id/running-plan/versions', () => {
    it('lists every saved version newest first, with who, when and what changed', async () => {
      const { url, cookie, plan, therapist, manager } = await withPlan();
      const asManager = await signIn(t.app, manager.email);
      const madeAt = t.clock.now().toISOString();

      t.clock.advanceMinutes(10);
      const twoWeeks = plannedMiles.slice();
      twoWeeks[2] = 11.5;
      twoWeeks[3] = 9.8;
      const v2 = await call(t.app, 'PUT', url, { cookie: asManager, body: edit(1, twoWeeks) });
      const v2At = t.clock.now().toISOString();

      t.clock.advanceMinutes(10);
      const oneWeek = twoWeeks.slice(0, 6);
      oneWeek[5] = 13;
      const v3 = await call(t.app, 'PUT', url, { cookie, body: edit(2, oneWeek) });

      t.clock.advanceMinutes(10);
      const v4 = await call(t.app, 'POST', `${url}?replacesVersion=3`, {
        cookie,
        body: { kind: 'walk-jog', startDate: '2025-03-05', startLevel: 2 },
      });
      expect([v2.statusCode, v3.statusCode, v4.statusCode]).toEqual([200, 200, 201]);

      const response = await call(t.app, 'GET', `${url}/versions`, { cookie });
      expect(response.statusCode).toBe(200);
      const { versions } = response.json();
      const by = (u: typeof therapist) => ({ id: u.id, displayName: u.displayName });
      expect(versions).toEqual([
        {
          version: 4,
          savedAt: t.clock.now().toISOString(),
          savedBy: by(therapist),
          summary: 'Plan replaced: walk–jog levels, level 2 from 2025-03-05',
          plan: v4.json(),
        },
        {
          version: 3,
          savedAt: v3.json().updatedAt,
          savedBy: by(therapist),
          summary: '6 weeks changed from the week of 2025-04-07; the plan now has 6 weeks',
          plan: v3.json(),
        },
        {
          version: 2,
          savedAt: v2At,
          savedBy: by(manager),
          summary: '2 weeks changed from the week of 2025-03-17',
          plan: v2.json(),
        },
        {
          version: 1,
          savedAt: madeAt,
          savedBy: by(therapist),
          summary: 'Plan made: 10 → 20 mi, 11 weeks',
          plan,
        },
      ]);
    });

    it('summarises a change to one week with its numbers', async () => {
      const { url, cookie } = await withPlan();
      const miles = plannedMiles.slice();
      miles[5] = 13;
      await call(t.app, 'PUT', url, { cookie, body: edit(1, miles) });
      const kindOnly = edit(2, miles);
      kindOnly.weeks[6].kind = 'hold';
      await call(t.app, 'PUT', url, { cookie, body: kindOnly });
      await call(t.app, 'PUT', url, { cookie, body: { ...kindOnly, version: 3 } });

      const { versions } = (await call(t.app, 'GET', `${url}/versions`, { cookie })).json();
      expect(versions.map((v: { summary: string }) => v.summary)).toEqual([
        'Saved with no change to the planned weeks',
        'Week of 2025-04-14: build → hold',
        'Week of 2025-04-07: 14.6 → 13 mi',
        'Plan made: 10 → 20 mi, 11 weeks',
      ]);
    });

    it('answers an empty list before a plan is made', async () => {
      const { url, cookie } = await therapistWithPatient();
      const response = await call(t.app, 'GET', `${url}/versions`, { cookie });
      expect(response.json()).toEqual({ versions: [] });
    });

    it('keeps saved versions as they were: later saves add versions, the database refuses to change them', async () => {
      const { url, cookie, plan } = await withPlan();
      const [first] = await versionRows(plan.id);
      await call(t.app, 'PUT', url, { cookie, body: edit(1, [10, 10.5]) });
      await call(t.app, 'PUT', url, { cookie, body: edit(2, [10, 10.2]) });
      const rows = await versionRows(plan.id);
      expect(rows.length).toBe(3);
      expect(rows[0]).toEqual(first);

      const db = t.database.db;
      await expectAsync(
        db
          .update(runningPlanVersions)
          .set({ summary: 'rewritten' })
          .where(eq(runningPlanVersions.planId, plan.id)),
      ).toBeRejected();
      await expectAsync(
        db.delete(runningPlanVersions).where(eq(runningPlanVersions.planId, plan.id)),
      ).toBeRejected();
      await expectAsync(db.execute(sql`truncate running_plan_versions`)).toBeRejected();
      expect(await versionRows(plan.id)).toEqual(rows);
    });
  });

  describe('a discharged patient', () => {
    it('has a plan that can be read but not made, replaced or edited', async () => {
      const { url, cookie, plan, patient } = await withPlan();
      await call(t.app, 'POST', `/api/patients/${patient.id}/discharge`, {
        cookie,
        body: { version: 1, dischargedOn: '2025-03-03', reason: 'Goals met.' },
      });
      const before = await planRow(patient.id);

      expect((await call(t.app, 'GET', url, { cookie })).json()).toEqual({ plan });
      expect((await call(t.app, 'GET', `${url}/versions`, { cookie })).statusCode).toBe(200);
      const refused = {
        error: 'patient_discharged',
        message: 'This patient is discharged. Reactivate them before changing their running plan.',
      };
      const replaced = await call(t.app, 'POST', `${url}?replacesVersion=1`, {
        cookie,
        body: newMileagePlan,
      });
      expect(replaced.statusCode).toBe(409);
      expect(replaced.json()).toEqual(refused);
      const edited = await call(t.app, 'PUT', url, { cookie, body: edit(1, [10, 10.5]) });
      expect(edited.statusCode).toBe(409);
      expect(edited.json()).toEqual(refused);
      expect(await planRow(patient.id)).toEqual(before);
      expect((await versionRows(plan.id)).length).toBe(1);
    });

    it('cannot be given a first plan', async () => {
      const staff = await createClinicWithStaff(t.repositories);
      const patient = await createPatient(t.repositories, staff.therapist, {
        status: 'discharged',
        dischargedOn: '2025-02-28',
        dischargeReason: 'Goals met.',
      });
      const cookie = await signIn(t.app, staff.therapist.email);
      const response = await call(t.app, 'POST', `/api/patients/${patient.id}/running-plan`, {
        cookie,
        body: newMileagePlan,
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toBe('patient_discharged');
      expect(await planRow(patient.id)).toBeUndefined();
    });
  });

  describe('audit', () => {
    it('records every read and write of the plan, with who, the record and the patient', async () => {
      const { url, cookie, patient, therapist, clinic } = await therapistWithPatient();
      const as = { cookie, remoteAddress: '10.40.0.1' };
      await call(t.app, 'GET', url, as);
      const made = (await call(t.app, 'POST', url, { ...as, body: newMileagePlan })).json();
      await call(t.app, 'PUT', url, { ...as, body: edit(1, [10, 10.5]) });
      await call(t.app, 'PUT', url, { ...as, body: edit(1, [10, 10.5]) }); // stale: shows the plan
      await call(t.app, 'POST', url, { ...as, body: newMileagePlan }); // exists: shows the plan
      await call(t.app, 'POST', `${url}?replacesVersion=2`, {
        ...as,
        body: { kind: 'walk-jog', startDate: '2025-03-05' },
      });
      await call(t.app, 'GET', url, as);
      await call(t.app, 'GET', `${url}/versions`, as);

      const events = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.clientAddress, '10.40.0.1'), eq(auditEvents.clinicId, clinic.id)))
        .orderBy(asc(auditEvents.id));
      const p = patient.id;
      expect(events.map((e) => [e.action, e.recordType, e.recordId, e.detail])).toEqual([
        ['running_plan.viewed', 'running_plan', null, { patientId: p, version: null }],
        [
          'running_plan.created',
          'running_plan',
          made.id,
          { patientId: p, version: 1, kind: 'mileage', replacesVersion: null },
        ],
        ['running_plan.updated', 'running_plan', made.id, { patientId: p, version: 2 }],
        [
          'running_plan.viewed',
          'running_plan',
          made.id,
          { patientId: p, version: 2, because: 'stale_version', sentVersion: 1 },
        ],
        [
          'running_plan.viewed',
          'running_plan',
          made.id,
          { patientId: p, version: 2, because: 'plan_exists', sentVersion: null },
        ],
        [
          'running_plan.created',
          'running_plan',
          made.id,
          { patientId: p, version: 3, kind: 'walk-jog', replacesVersion: 2 },
        ],
        ['running_plan.viewed', 'running_plan', made.id, { patientId: p, version: 3 }],
        ['running_plan.versions_viewed', 'running_plan', made.id, { patientId: p, versions: 3 }],
      ]);
      for (const event of events) expect(event.actorUserId).toBe(therapist.id);
    });
  });
});

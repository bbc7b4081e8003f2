import { and, asc, eq } from 'drizzle-orm';
import type { Run } from '@domain/contracts/running';
import type { LightMyRequestResponse } from 'fastify';
import { auditEvents, patients, runs } from '../db/schema';
import { createClinicWithStaff, createPatient } from './support/fixtures';
import { call, signIn } from './support/http';
import { newRun } from './support/running-fixtures';
import { useTestApp } from './support/test-app';

describe('run log API', () => {
  const t = useTestApp();

  async function therapistWithPatient() {
    const staff = await createClinicWithStaff(t.repositories);
    const patient = await createPatient(t.repositories, staff.therapist);
    const cookie = await signIn(t.app, staff.therapist.email);
    return { ...staff, patient, cookie, url: `/api/patients/${patient.id}/runs` };
  }

  const runRows = (patientId: string) =>
    t.database.db
      .select()
      .from(runs)
      .where(eq(runs.patientId, patientId))
      .orderBy(asc(runs.date), asc(runs.id));

  async function logged(url: string, cookie: string, body: object): Promise<Run> {
    const response = await call(t.app, 'POST', url, { cookie, body });
    expect(response.statusCode).withContext(response.body).toBe(201);
    return response.json();
  }

  describe('POST /api/patients/:id/runs', () => {
    it('logs a run in metres, version 1, the optional fields empty', async () => {
      const { url, cookie, patient, clinic } = await therapistWithPatient();
      const run = await logged(url, cookie, newRun);
      expect(run).toEqual({
        id: jasmine.any(String),
        date: '2025-03-04',
        distanceMetres: 8_047,
        durationMinutes: null,
        painDuring: 1,
        painNextMorning: null,
        notes: null,
        walkJog: null,
        version: 1,
        createdAt: t.clock.now().toISOString(),
        updatedAt: t.clock.now().toISOString(),
      });
      const [row] = await runRows(patient.id);
      expect([row.distanceM, row.clinicId]).toEqual([8_047, clinic.id]);
    });

    it('keeps every field, a walk–jog session included', async () => {
      const { url, cookie } = await therapistWithPatient();
      const body = {
        date: '2025-03-05',
        distance: 3.2,
        distanceUnit: 'km',
        durationMinutes: 25,
        painDuring: 2,
        painNextMorning: 0,
        notes: ' Treadmill, level 3. ',
        walkJog: { level: 3, completed: true, soreness: 'none' },
      };
      const run = await logged(url, cookie, body);
      expect(run).toEqual(
        jasmine.objectContaining({
          distanceMetres: 3_200,
          durationMinutes: 25,
          painDuring: 2,
          painNextMorning: 0,
          notes: 'Treadmill, level 3.',
          walkJog: { level: 3, completed: true, soreness: 'none', swellingIncreased: false },
        }),
      );
    });

    it('answers an invalid run with 400 and the messages of each field', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      const post = (changes: object) =>
        call(t.app, 'POST', url, { cookie, body: { ...newRun, ...changes } });

      const response = await post({
        date: '2025-02-29',
        painDuring: 11,
        painNextMorning: 2.5,
        durationMinutes: 0,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: {
          date: ['Enter a date as YYYY-MM-DD.'],
          durationMinutes: ['A run lasts at least 1 minute.'],
          painDuring: ['Enter pain during the run as a whole number from 0 to 10.'],
          painNextMorning: ['Enter pain the next morning as a whole number from 0 to 10.'],
        },
      });
      const cases: [object, Record<string, string[]>][] = [
        [
          { painDuring: 2.5 },
          { painDuring: ['Enter pain during the run as a whole number from 0 to 10.'] },
        ],
        [{ date: '2999-01-01' }, { date: ['A run cannot be in the future.'] }],
        [{ date: '04/03/2025' }, { date: ['Enter a date as YYYY-MM-DD.'] }],
        [{ distance: 301, distanceUnit: 'km' }, { distance: ['A run is at most 300 km.'] }],
        [{ distance: 0 }, { distance: ['Enter a distance above 0.'] }],
        [{ distance: '5' }, { distance: ['Enter the distance as a number.'] }],
      ];
      for (const [changes, fields] of cases) {
        const refused = await post(changes);
        expect(refused.statusCode).withContext(JSON.stringify(changes)).toBe(400);
        expect(refused.json().fields).withContext(JSON.stringify(changes)).toEqual(fields);
      }
      expect(await runRows(patient.id)).toEqual([]);
    });

    it('refuses a run that would take its Monday–Sunday week over 300 km, on the distance field', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      // 2025-02-24 is a Monday; 2025-03-02 the Sunday of the same week.
      const km = (date: string, distance: number) => ({
        ...newRun,
        date,
        distance,
        distanceUnit: 'km',
      });
      await logged(url, cookie, km('2025-02-24', 200));
      await logged(url, cookie, km('2025-03-02', 100)); // exactly 300 km: allowed
      const before = await runRows(patient.id);

      const over = await call(t.app, 'POST', url, { cookie, body: km('2025-02-26', 1) });
      expect(over.statusCode).toBe(400);
      expect(over.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: {
          distance: [
            'With this run the week of 2025-02-24 comes to 301.0 km; a week holds at most 300 km.',
          ],
        },
      });
      const inMiles = await call(t.app, 'POST', url, {
        cookie,
        body: { ...newRun, date: '2025-02-25', distance: 0.1 },
      });
      expect(inMiles.json().fields).toEqual({
        distance: [
          'With this run the week of 2025-02-24 comes to 186.5 mi; a week holds at most 186.4 mi.',
        ],
      });
      expect(await runRows(patient.id)).toEqual(before);

      // The weeks either side are not touched by it.
      await logged(url, cookie, km('2025-02-23', 150));
      await logged(url, cookie, km('2025-03-03', 150));
    });

    it('lets only one of two runs logged at once into a week that has room for one', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      const km = (date: string, distance: number) => ({
        ...newRun,
        date,
        distance,
        distanceUnit: 'km',
      });
      await logged(url, cookie, km('2025-02-24', 200));
      const both = await Promise.all([
        call(t.app, 'POST', url, { cookie, body: km('2025-02-25', 60) }),
        call(t.app, 'POST', url, { cookie, body: km('2025-02-26', 60) }),
      ]);
      expect(both.map((r) => r.statusCode).sort()).toEqual([201, 400]);
      const week = (await runRows(patient.id)).reduce((sum, r) => sum + r.distanceM, 0);
      expect(week).toBe(260_000);
    });
  });

  describe('GET /api/patients/:id/runs', () => {
    it('lists the runs in date order, between two dates when asked', async () => {
      const { url, cookie } = await therapistWithPatient();
      const later = await logged(url, cookie, { ...newRun, date: '2025-03-02' });
      const first = await logged(url, cookie, { ...newRun, date: '2025-02-20' });
      const middle = await logged(url, cookie, { ...newRun, date: '2025-02-27' });

      const all = await call(t.app, 'GET', url, { cookie });
      expect(all.statusCode).toBe(200);
      expect(all.json()).toEqual({ runs: [first, middle, later] });
      const some = await call(t.app, 'GET', `${url}?from=2025-02-21&to=2025-03-02`, { cookie });
      expect(some.json()).toEqual({ runs: [middle, later] });
      const to = await call(t.app, 'GET', `${url}?to=2025-02-27`, { cookie });
      expect(to.json()).toEqual({ runs: [first, middle] });
    });

    it('answers bad dates and a range that ends before it starts with 400', async () => {
      const { url, cookie } = await therapistWithPatient();
      const reversed = await call(t.app, 'GET', `${url}?from=2025-03-02&to=2025-03-01`, {
        cookie,
      });
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json().fields).toEqual({
        to: ['The end date cannot be before the start date.'],
      });
      const bad = await call(t.app, 'GET', `${url}?from=2025-02-30`, { cookie });
      expect(bad.json().fields).toEqual({ from: ['Enter a date as YYYY-MM-DD.'] });
    });
  });

  describe('PUT /api/patients/:id/runs/:runId', () => {
    it('saves the edit and moves the version on', async () => {
      const { url, cookie } = await therapistWithPatient();
      const run = await logged(url, cookie, newRun);
      t.clock.advanceMinutes(5);
      const response = await call(t.app, 'PUT', `${url}/${run.id}`, {
        cookie,
        body: { ...newRun, distance: 6, painNextMorning: 3, notes: 'Hills.', version: 1 },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        ...run,
        distanceMetres: 9_656,
        painNextMorning: 3,
        notes: 'Hills.',
        version: 2,
        updatedAt: t.clock.now().toISOString(),
      });
    });

    it('answers a stale version with 409 and the current run, and overwrites nothing', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      const run = await logged(url, cookie, newRun);
      const first = await call(t.app, 'PUT', `${url}/${run.id}`, {
        cookie,
        body: { ...newRun, painNextMorning: 2, version: 1 },
      });
      expect(first.statusCode).toBe(200);
      const rowsAfterFirst = await runRows(patient.id);

      const second = await call(t.app, 'PUT', `${url}/${run.id}`, {
        cookie,
        body: { ...newRun, distance: 9, painNextMorning: 0, version: 1 },
      });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toEqual({
        error: 'stale_version',
        message:
          'Someone saved this run after you opened it. Review their changes, then save again.',
        current: first.json(),
      });
      expect(await runRows(patient.id)).toEqual(rowsAfterFirst);
    });

    it('checks the week total without the run itself, in the week the run moves to', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      const km = (date: string, distance: number) => ({
        ...newRun,
        date,
        distance,
        distanceUnit: 'km',
      });
      const big = await logged(url, cookie, km('2025-02-24', 250));
      const small = await logged(url, cookie, km('2025-03-04', 60));

      const sameWeek = await call(t.app, 'PUT', `${url}/${big.id}`, {
        cookie,
        body: { ...km('2025-02-25', 300), version: 1 },
      });
      expect(sameWeek.statusCode).toBe(200);
      const before = await runRows(patient.id);
      const moved = await call(t.app, 'PUT', `${url}/${small.id}`, {
        cookie,
        body: { ...km('2025-02-26', 60), version: 1 },
      });
      expect(moved.statusCode).toBe(400);
      expect(moved.json().fields).toEqual({
        distance: [
          'With this run the week of 2025-02-24 comes to 360.0 km; a week holds at most 300 km.',
        ],
      });
      expect(await runRows(patient.id)).toEqual(before);
    });

    it('asks for the version', async () => {
      const { url, cookie } = await therapistWithPatient();
      const run = await logged(url, cookie, newRun);
      const response = await call(t.app, 'PUT', `${url}/${run.id}`, { cookie, body: newRun });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json().fields)).toEqual(['version']);
    });
  });

  describe('DELETE /api/patients/:id/runs/:runId', () => {
    it('removes the run, then answers 404 for it', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      const kept = await logged(url, cookie, newRun);
      const run = await logged(url, cookie, { ...newRun, date: '2025-03-01' });
      const response = await call(t.app, 'DELETE', `${url}/${run.id}`, { cookie });
      expect(response.statusCode).toBe(204);
      expect(response.body).toBe('');
      expect((await runRows(patient.id)).map((r) => r.id)).toEqual([kept.id]);
      const again = await call(t.app, 'DELETE', `${url}/${run.id}`, { cookie });
      expect(again.statusCode).toBe(404);
      expect(again.json()).toEqual({ error: 'not_found', message: 'No such run.' });
    });
  });

  describe('a discharged patient', () => {
    it('has a run log that can be read but not written', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      const run = await logged(url, cookie, newRun);
      await call(t.app, 'POST', `/api/patients/${patient.id}/discharge`, {
        cookie,
        body: { version: 1, dischargedOn: '2025-03-03', reason: 'Goals met.' },
      });
      const before = await runRows(patient.id);

      expect((await call(t.app, 'GET', url, { cookie })).json()).toEqual({ runs: [run] });
      const refused = {
        error: 'patient_discharged',
        message: 'This patient is discharged. Reactivate them before changing their run log.',
      };
      const writes = [
        await call(t.app, 'POST', url, { cookie, body: newRun }),
        await call(t.app, 'PUT', `${url}/${run.id}`, {
          cookie,
          body: { ...newRun, painNextMorning: 4, version: 1 },
        }),
        await call(t.app, 'DELETE', `${url}/${run.id}`, { cookie }),
      ];
      for (const response of writes) {
        expect(response.statusCode).toBe(409);
        expect(response.json()).toEqual(refused);
      }
      expect(await runRows(patient.id)).toEqual(before);
    });
  });

  it('waits for a discharge being written, then refuses the run: the patient is locked first', async () => {
    const { url, cookie, patient } = await therapistWithPatient();
    let pending: Promise<LightMyRequestResponse> | undefined;
    await t.database.db.transaction(async (tx) => {
      await tx
        .update(patients)
        .set({ status: 'discharged', dischargedOn: '2025-03-03', dischargeReason: 'Goals met.' })
        .where(eq(patients.id, patient.id));
      pending = call(t.app, 'POST', url, { cookie, body: newRun });
      // Time for the request to reach the database while the discharge is not yet committed.
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const response = await pending!;
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toBe('patient_discharged');
    expect(await runRows(patient.id)).toEqual([]);
  });

  describe('audit', () => {
    it('records every read and write of the run log, with who, the run and the patient', async () => {
      const { url, cookie, patient, therapist, clinic } = await therapistWithPatient();
      const as = { cookie, remoteAddress: '10.40.0.2' };
      const run = (await call(t.app, 'POST', url, { ...as, body: newRun })).json();
      await call(t.app, 'GET', `${url}?from=2025-03-01`, as);
      await call(t.app, 'PUT', `${url}/${run.id}`, {
        ...as,
        body: { ...newRun, painNextMorning: 1, version: 1 },
      });
      await call(t.app, 'PUT', `${url}/${run.id}`, { ...as, body: { ...newRun, version: 1 } });
      await call(t.app, 'DELETE', `${url}/${run.id}`, as);

      const events = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.clientAddress, '10.40.0.2'), eq(auditEvents.clinicId, clinic.id)))
        .orderBy(asc(auditEvents.id));
      const p = patient.id;
      expect(events.map((e) => [e.action, e.recordType, e.recordId, e.detail])).toEqual([
        ['run.created', 'run', run.id, { patientId: p, version: 1 }],
        ['runs.listed', 'run', null, { patientId: p, query: { from: '2025-03-01' }, count: 1 }],
        ['run.updated', 'run', run.id, { patientId: p, version: 2 }],
        [
          'run.viewed',
          'run',
          run.id,
          { patientId: p, version: 2, because: 'stale_version', sentVersion: 1 },
        ],
        ['run.deleted', 'run', run.id, { patientId: p, version: 2, date: '2025-03-04' }],
      ]);
      for (const event of events) {
        expect(event.actorUserId).toBe(therapist.id);
        expect(event.at).toEqual(t.clock.now());
      }
    });
  });
});

import { and, asc, eq } from 'drizzle-orm';
import type { Patient } from '@domain/contracts/patients';
import { auditEvents, patients } from '../db/schema';
import {
  createClinicWithStaff,
  createPatient,
  createStaffMember,
  patientFields,
} from './support/fixtures';
import { call, signIn } from './support/http';
import { useTestApp } from './support/test-app';

/** The smallest body POST /api/patients accepts. */
const newPatient = {
  firstName: ' Lucía ',
  lastName: 'Ramírez',
  dateOfBirth: '1990-04-12',
  diagnosis: 'itbs',
  affectedSide: 'right',
  startDate: '2025-02-20',
  weeklyDistance: 20,
  distanceUnit: 'km',
};

/** A PUT body: the record as the patient page holds it, with `changes`. */
function editOf(p: Patient, changes: Record<string, unknown> = {}) {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    phone: p.phone,
    email: p.email,
    preferredLanguage: p.preferredLanguage,
    diagnosis: p.diagnosis,
    diagnosisOther: p.diagnosisOther,
    affectedSide: p.affectedSide,
    startDate: p.startDate,
    weeklyDistance: p.weeklyDistance,
    distanceUnit: p.distanceUnit,
    yearsRunning: p.yearsRunning,
    runningGoal: p.runningGoal,
    goalRace: p.goalRace,
    goalRaceDate: p.goalRaceDate,
    clinicalNotes: p.clinicalNotes,
    status: p.status === 'discharged' ? 'active' : p.status,
    version: p.version,
    ...changes,
  };
}

describe('patients API', () => {
  const t = useTestApp();

  async function therapistSignedIn() {
    const staff = await createClinicWithStaff(t.repositories);
    return { ...staff, cookie: await signIn(t.app, staff.therapist.email) };
  }

  const storedRow = async (id: string) =>
    (await t.database.db.select().from(patients).where(eq(patients.id, id)))[0];

  const eventsFor = (id: string) =>
    t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'patient'), eq(auditEvents.recordId, id)))
      .orderBy(asc(auditEvents.id));

  describe('POST /api/patients', () => {
    it("adds a therapist's patient to their own caseload, stored in metres, version 1", async () => {
      const { therapist, cookie } = await therapistSignedIn();
      const response = await call(t.app, 'POST', '/api/patients', { cookie, body: newPatient });

      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toEqual(
        jasmine.objectContaining({
          firstName: 'Lucía',
          lastName: 'Ramírez',
          status: 'active',
          dischargedOn: null,
          therapist: { id: therapist.id, displayName: therapist.displayName },
          weeklyDistance: 20,
          distanceUnit: 'km',
          preferredLanguage: 'en',
          phone: null,
          version: 1,
          createdAt: t.clock.now().toISOString(),
        }),
      );
      expect((await storedRow(created.id)).weeklyDistanceM).toBe(20_000);
    });

    it('keeps a weekly distance in miles as typed, to the tenth', async () => {
      const { cookie } = await therapistSignedIn();
      const body = { ...newPatient, weeklyDistance: 12.3, distanceUnit: 'mi' };
      const created = (await call(t.app, 'POST', '/api/patients', { cookie, body })).json();
      expect(created.weeklyDistance).toBe(12.3);
      expect((await storedRow(created.id)).weeklyDistanceM).toBe(19_795);
    });

    it("refuses a therapist adding to someone else's caseload", async () => {
      const { clinic, cookie } = await therapistSignedIn();
      const colleague = await createStaffMember(t.repositories, clinic.id, 'therapist');
      const response = await call(t.app, 'POST', '/api/patients', {
        cookie,
        body: { ...newPatient, therapistId: colleague.id },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: { therapistId: ['You can add patients only to your own caseload.'] },
      });
    });

    it('lets a manager add a patient for an active therapist of the clinic, and only that', async () => {
      const { clinic, manager, therapist } = await createClinicWithStaff(t.repositories);
      const cookie = await signIn(t.app, manager.email);
      const inactive = await createStaffMember(t.repositories, clinic.id, 'therapist');
      await t.repositories.users.setActive(clinic.id, inactive.id, false);
      const elsewhere = await createClinicWithStaff(t.repositories);
      const post = (body: object) => call(t.app, 'POST', '/api/patients', { cookie, body });

      const missing = await post(newPatient);
      expect(missing.statusCode).toBe(400);
      expect(missing.json().fields).toEqual({ therapistId: ['Choose a therapist.'] });
      for (const therapistId of [inactive.id, manager.id, elsewhere.therapist.id]) {
        const refused = await post({ ...newPatient, therapistId });
        expect(refused.statusCode).withContext(therapistId).toBe(400);
        expect(refused.json().fields).toEqual({
          therapistId: ['Choose an active therapist of your clinic.'],
        });
      }

      const created = await post({ ...newPatient, therapistId: therapist.id });
      expect(created.statusCode).toBe(201);
      expect(created.json().therapist.id).toBe(therapist.id);
    });

    it('answers an invalid record with 400 and the messages of each field', async () => {
      const { cookie } = await therapistSignedIn();
      const response = await call(t.app, 'POST', '/api/patients', {
        cookie,
        body: {
          ...newPatient,
          firstName: ' ',
          dateOfBirth: '1990-02-30',
          email: 'ana@',
          diagnosis: 'other',
          weeklyDistance: -3,
          goalRaceDate: '2025-09-01',
        },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: {
          firstName: ['Enter the first name.'],
          dateOfBirth: ['Enter a date as YYYY-MM-DD.'],
          email: ['Enter a valid email address, like name@example.com.'],
          weeklyDistance: ['Weekly distance cannot be negative.'],
          diagnosisOther: ['Describe the diagnosis.'],
          goalRace: ['Name the race for this date.'],
        },
      });
    });

    it('refuses a body that is not JSON as 400, in the usual error shape', async () => {
      const { cookie } = await therapistSignedIn();
      const response = await call(t.app, 'POST', '/api/patients', {
        cookie,
        body: '{"firstName":',
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json()).sort()).toEqual(['error', 'message']);
    });
  });

  describe('GET /api/patients/:id', () => {
    it('gives the whole record to its therapist', async () => {
      const { therapist, cookie } = await therapistSignedIn();
      const stored = await createPatient(t.repositories, therapist, {
        goalRace: 'Portland Marathon',
        goalRaceDate: '2025-10-05',
      });
      const response = await call(t.app, 'GET', `/api/patients/${stored.id}`, { cookie });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(stored);
      expect(stored).toEqual(
        jasmine.objectContaining({
          ...patientFields({ goalRace: 'Portland Marathon', goalRaceDate: '2025-10-05' }),
          status: 'active',
          version: 1,
        }),
      );
    });
  });

  describe('PUT /api/patients/:id', () => {
    it('saves the edit and moves the version on', async () => {
      const { therapist, cookie } = await therapistSignedIn();
      const stored = await createPatient(t.repositories, therapist);
      t.clock.advanceMinutes(5);

      const response = await call(t.app, 'PUT', `/api/patients/${stored.id}`, {
        cookie,
        body: editOf(stored, {
          phone: '',
          weeklyDistance: 30,
          distanceUnit: 'km',
          status: 'on_hold',
          clinicalNotes: 'Flare-up after a hilly race.',
        }),
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        ...stored,
        phone: null,
        weeklyDistance: 30,
        distanceUnit: 'km',
        status: 'on_hold',
        clinicalNotes: 'Flare-up after a hilly race.',
        version: 2,
        updatedAt: t.clock.now().toISOString(),
      });
    });

    it('clears the description of an "other" diagnosis once the diagnosis changes', async () => {
      const { therapist, cookie } = await therapistSignedIn();
      const stored = await createPatient(t.repositories, therapist, {
        diagnosis: 'other',
        diagnosisOther: 'Plica syndrome',
      });
      const response = await call(t.app, 'PUT', `/api/patients/${stored.id}`, {
        cookie,
        body: editOf(stored, { diagnosis: 'itbs' }),
      });
      expect(response.json().diagnosisOther).toBeNull();
    });

    it('answers a stale version with 409, the current record, and writes nothing', async () => {
      const { therapist, cookie } = await therapistSignedIn();
      const stored = await createPatient(t.repositories, therapist);
      const first = await call(t.app, 'PUT', `/api/patients/${stored.id}`, {
        cookie,
        body: editOf(stored, { clinicalNotes: 'First save.' }),
      });
      expect(first.statusCode).toBe(200);
      const rowAfterFirst = await storedRow(stored.id);

      t.clock.advanceMinutes(1);
      const second = await call(t.app, 'PUT', `/api/patients/${stored.id}`, {
        cookie,
        body: editOf(stored, { clinicalNotes: 'Second save, from the old copy.', lastName: 'X' }),
      });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toEqual({
        error: 'stale_version',
        message:
          'Someone saved this patient after you opened it. Review their changes, then save again.',
        current: first.json(),
      });
      expect(await storedRow(stored.id)).toEqual(rowAfterFirst);
    });

    it('asks for a version and refuses to discharge through an edit', async () => {
      const { therapist, cookie } = await therapistSignedIn();
      const stored = await createPatient(t.repositories, therapist);
      const { version: _, ...withoutVersion } = editOf(stored, { status: 'discharged' });
      const response = await call(t.app, 'PUT', `/api/patients/${stored.id}`, {
        cookie,
        body: withoutVersion,
      });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json().fields).sort()).toEqual(['status', 'version']);
    });

    it('refuses to edit a discharged patient until they are reactivated', async () => {
      const { therapist, cookie } = await therapistSignedIn();
      const stored = await createPatient(t.repositories, therapist, {
        status: 'discharged',
        dischargedOn: '2025-02-28',
        dischargeReason: 'Goals met.',
      });
      const response = await call(t.app, 'PUT', `/api/patients/${stored.id}`, {
        cookie,
        body: editOf(stored),
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        error: 'patient_discharged',
        message: 'This patient is discharged. Reactivate them before editing the record.',
      });
      expect((await storedRow(stored.id)).version).toBe(1);
    });
  });

  describe('discharge and reactivate', () => {
    it('discharges with a date and reason, then reactivates clearing them', async () => {
      const { therapist, cookie } = await therapistSignedIn();
      const stored = await createPatient(t.repositories, therapist);
      const url = `/api/patients/${stored.id}`;

      const discharged = await call(t.app, 'POST', `${url}/discharge`, {
        cookie,
        body: { version: 1, dischargedOn: '2025-03-01', reason: ' Goals met. ' },
      });
      expect(discharged.statusCode).toBe(200);
      expect(discharged.json()).toEqual(
        jasmine.objectContaining({
          status: 'discharged',
          dischargedOn: '2025-03-01',
          dischargeReason: 'Goals met.',
          version: 2,
        }),
      );

      const again = await call(t.app, 'POST', `${url}/discharge`, {
        cookie,
        body: { version: 2, dischargedOn: '2025-03-02', reason: 'Twice.' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toEqual({
        error: 'already_discharged',
        message: 'This patient is already discharged.',
      });

      const reactivated = await call(t.app, 'POST', `${url}/reactivate`, {
        cookie,
        body: { version: 2 },
      });
      expect(reactivated.statusCode).toBe(200);
      expect(reactivated.json()).toEqual(
        jasmine.objectContaining({
          status: 'active',
          dischargedOn: null,
          dischargeReason: null,
          version: 3,
        }),
      );

      const twice = await call(t.app, 'POST', `${url}/reactivate`, {
        cookie,
        body: { version: 3 },
      });
      expect(twice.statusCode).toBe(409);
      expect(twice.json()).toEqual({
        error: 'already_active',
        message: 'This patient is already active.',
      });
    });

    it('reactivates a patient on hold', async () => {
      const { therapist, cookie } = await therapistSignedIn();
      const stored = await createPatient(t.repositories, therapist, { status: 'on_hold' });
      const response = await call(t.app, 'POST', `/api/patients/${stored.id}/reactivate`, {
        cookie,
        body: { version: 1 },
      });
      expect(response.json().status).toBe('active');
    });

    it('answers a stale discharge with 409 and the current record, and discharges nothing', async () => {
      const { therapist, cookie } = await therapistSignedIn();
      const stored = await createPatient(t.repositories, therapist);
      await call(t.app, 'PUT', `/api/patients/${stored.id}`, { cookie, body: editOf(stored) });

      const response = await call(t.app, 'POST', `/api/patients/${stored.id}/discharge`, {
        cookie,
        body: { version: 1, dischargedOn: '2025-03-01', reason: 'Goals met.' },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toBe('stale_version');
      expect(response.json().current).toEqual(jasmine.objectContaining({ version: 2 }));
      expect((await storedRow(stored.id)).status).toBe('active');
    });

    it('asks for a reason and a real date', async () => {
      const { therapist, cookie } = await therapistSignedIn();
      const stored = await createPatient(t.repositories, therapist);
      const response = await call(t.app, 'POST', `/api/patients/${stored.id}/discharge`, {
        cookie,
        body: { version: 1, dischargedOn: '2025-13-01', reason: '  ' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual({
        dischargedOn: ['Enter a date as YYYY-MM-DD.'],
        reason: ['Give a reason for the discharge.'],
      });
    });
  });

  describe('POST /api/patients/:id/reassign', () => {
    it('moves the patient to another therapist, who sees it, and out of sight of the first', async () => {
      const { clinic, manager, therapist } = await createClinicWithStaff(t.repositories);
      const colleague = await createStaffMember(t.repositories, clinic.id, 'therapist');
      const stored = await createPatient(t.repositories, therapist);
      const [managerCookie, firstCookie, secondCookie] = [
        await signIn(t.app, manager.email),
        await signIn(t.app, therapist.email),
        await signIn(t.app, colleague.email),
      ];
      const listed = async (cookie: string) =>
        (await call(t.app, 'GET', '/api/patients', { cookie }))
          .json()
          .items.map((p: { id: string }) => p.id);
      expect(await listed(firstCookie)).toEqual([stored.id]);

      const response = await call(t.app, 'POST', `/api/patients/${stored.id}/reassign`, {
        cookie: managerCookie,
        body: { version: 1, therapistId: colleague.id },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(
        jasmine.objectContaining({
          therapist: { id: colleague.id, displayName: colleague.displayName },
          version: 2,
        }),
      );

      expect(await listed(firstCookie)).toEqual([]);
      const theirGet = await call(t.app, 'GET', `/api/patients/${stored.id}`, {
        cookie: firstCookie,
      });
      expect(theirGet.statusCode).toBe(404);
      expect(await listed(secondCookie)).toEqual([stored.id]);
      const event = (await eventsFor(stored.id)).find((e) => e.action === 'patient.reassigned');
      expect(event?.detail).toEqual({ version: 2, from: therapist.id, to: colleague.id });
    });

    it('only to an active therapist of the same clinic', async () => {
      const { clinic, manager, therapist } = await createClinicWithStaff(t.repositories);
      const cookie = await signIn(t.app, manager.email);
      const stored = await createPatient(t.repositories, therapist);
      const inactive = await createStaffMember(t.repositories, clinic.id, 'therapist');
      await t.repositories.users.setActive(clinic.id, inactive.id, false);
      const elsewhere = await createClinicWithStaff(t.repositories);

      for (const therapistId of [inactive.id, manager.id, elsewhere.therapist.id]) {
        const response = await call(t.app, 'POST', `/api/patients/${stored.id}/reassign`, {
          cookie,
          body: { version: 1, therapistId },
        });
        expect(response.statusCode).withContext(therapistId).toBe(400);
        expect(response.json().fields).toEqual({
          therapistId: ['Choose an active therapist of your clinic.'],
        });
      }
      expect((await storedRow(stored.id)).therapistId).toBe(therapist.id);
    });

    it('answers a stale version with 409 and keeps the therapist', async () => {
      const { clinic, manager, therapist } = await createClinicWithStaff(t.repositories);
      const colleague = await createStaffMember(t.repositories, clinic.id, 'therapist');
      const cookie = await signIn(t.app, manager.email);
      const stored = await createPatient(t.repositories, therapist);
      await call(t.app, 'PUT', `/api/patients/${stored.id}`, { cookie, body: editOf(stored) });

      const response = await call(t.app, 'POST', `/api/patients/${stored.id}/reassign`, {
        cookie,
        body: { version: 1, therapistId: colleague.id },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().current.therapist.id).toBe(therapist.id);
      expect((await storedRow(stored.id)).therapistId).toBe(therapist.id);
    });
  });

  describe('GET /api/therapists', () => {
    it("lists the clinic's active therapists by name, and nobody else, to anyone signed in", async () => {
      const { clinic, therapist, cookie } = await therapistSignedIn();
      const colleague = await createStaffMember(t.repositories, clinic.id, 'therapist');
      const inactive = await createStaffMember(t.repositories, clinic.id, 'therapist');
      await t.repositories.users.setActive(clinic.id, inactive.id, false);
      await createClinicWithStaff(t.repositories);

      const response = await call(t.app, 'GET', '/api/therapists', { cookie });
      expect(response.statusCode).toBe(200);
      const expected = [therapist, colleague]
        .map(({ id, displayName }) => ({ id, displayName }))
        .sort((a, b) => (a.displayName < b.displayName ? -1 : 1));
      expect(response.json()).toEqual({ therapists: expected });
    });

    it('answers 401 without a session', async () => {
      expect((await call(t.app, 'GET', '/api/therapists')).statusCode).toBe(401);
    });
  });

  describe('audit', () => {
    it('records every read and write of a patient, with who and from where', async () => {
      const { clinic, manager, therapist } = await createClinicWithStaff(t.repositories);
      const colleague = await createStaffMember(t.repositories, clinic.id, 'therapist');
      const as = { cookie: await signIn(t.app, therapist.email), remoteAddress: '10.30.0.1' };
      const asManager = { cookie: await signIn(t.app, manager.email), remoteAddress: '10.30.0.2' };

      const created = (
        await call(t.app, 'POST', '/api/patients', { ...as, body: newPatient })
      ).json();
      const url = `/api/patients/${created.id}`;
      await call(t.app, 'GET', url, as);
      await call(t.app, 'PUT', url, { ...as, body: editOf(created) });
      await call(t.app, 'PUT', url, { ...as, body: editOf(created) }); // stale: shows the record
      await call(t.app, 'POST', `${url}/discharge`, {
        ...as,
        body: { version: 2, dischargedOn: '2025-03-03', reason: 'Goals met.' },
      });
      await call(t.app, 'POST', `${url}/reactivate`, { ...as, body: { version: 3 } });
      await call(t.app, 'POST', `${url}/reassign`, {
        ...asManager,
        body: { version: 4, therapistId: colleague.id },
      });
      await call(t.app, 'GET', url, as); // no longer theirs

      const events = await eventsFor(created.id);
      expect(events.map((e) => [e.action, e.actorUserId, e.clientAddress, e.detail])).toEqual([
        ['patient.created', therapist.id, '10.30.0.1', { therapistId: therapist.id }],
        ['patient.viewed', therapist.id, '10.30.0.1', null],
        ['patient.updated', therapist.id, '10.30.0.1', { version: 2 }],
        ['patient.viewed', therapist.id, '10.30.0.1', { because: 'stale_version', sentVersion: 1 }],
        [
          'patient.discharged',
          therapist.id,
          '10.30.0.1',
          { version: 3, dischargedOn: '2025-03-03' },
        ],
        ['patient.reactivated', therapist.id, '10.30.0.1', { version: 4 }],
        [
          'patient.reassigned',
          manager.id,
          '10.30.0.2',
          { version: 5, from: therapist.id, to: colleague.id },
        ],
        [
          'patient.access_denied',
          therapist.id,
          '10.30.0.1',
          { method: 'GET', route: '/api/patients/:id' },
        ],
      ]);
      for (const event of events) {
        expect(event.clinicId).toBe(clinic.id);
        expect(event.at).toEqual(t.clock.now());
      }
    });

    it('records a list as one event with the query and the patients shown', async () => {
      const { therapist } = await createClinicWithStaff(t.repositories);
      const first = await createPatient(t.repositories, therapist, { lastName: 'Adams' });
      const second = await createPatient(t.repositories, therapist, { lastName: 'Baker' });
      const cookie = await signIn(t.app, therapist.email);
      const from = '10.30.0.3';

      await call(t.app, 'GET', '/api/patients?status=active&q=%20a', {
        cookie,
        remoteAddress: from,
      });
      const events = await t.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.clientAddress, from));
      expect(events.map((e) => [e.action, e.recordType, e.recordId, e.detail])).toEqual([
        [
          'patient.listed',
          'patient',
          null,
          {
            query: {
              page: 1,
              pageSize: 50,
              sort: 'name',
              direction: 'asc',
              status: ['active'],
              q: 'a',
            },
            total: 2,
            shown: [first.id, second.id],
          },
        ],
      ]);
    });

    it("shows managers a patient's trail, newest first, with the names of who acted", async () => {
      const { manager, therapist } = await createClinicWithStaff(t.repositories);
      const theirs = await signIn(t.app, therapist.email);
      const cookie = await signIn(t.app, manager.email);
      const created = (
        await call(t.app, 'POST', '/api/patients', { cookie: theirs, body: newPatient })
      ).json();
      t.clock.advanceMinutes(1);
      await call(t.app, 'GET', `/api/patients/${created.id}`, { cookie });

      const response = await call(t.app, 'GET', `/api/patients/${created.id}/audit`, { cookie });
      expect(response.statusCode).toBe(200);
      const { entries } = response.json();
      expect(entries.map((e: { action: string }) => e.action)).toEqual([
        'patient.viewed',
        'patient.created',
      ]);
      expect(entries[0]).toEqual({
        id: jasmine.any(String),
        action: 'patient.viewed',
        actor: { id: manager.id, displayName: manager.displayName },
        at: t.clock.now().toISOString(),
        clientAddress: '127.0.0.1',
      });
      expect(entries[1].actor).toEqual({ id: therapist.id, displayName: therapist.displayName });

      const trailRead = (await eventsFor(created.id)).at(-1);
      expect(trailRead?.action).toBe('patient.audit_viewed');
      expect(trailRead?.actorUserId).toBe(manager.id);
    });
  });
});

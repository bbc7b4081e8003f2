import { eq } from 'drizzle-orm';
import type { HTTPMethods } from 'fastify';
import type { Patient } from '@domain/contracts/patients';
import { patients } from '../db/schema';
import type { User } from '../users/repository';
import { createClinicWithStaff, createPatient, createStaffMember } from './support/fixtures';
import { call, signIn } from './support/http';
import { useTestApp } from './support/test-app';

/**
 * Who may do what to a patient, over every patient endpoint. The patient belongs to `own`, a therapist of
 * clinic A; `other` is another therapist of A; `manager` manages A; `otherManager` manages clinic B.
 */
type Actor = 'anonymous' | 'own' | 'other' | 'manager' | 'otherManager';

interface World {
  own: User;
  other: User;
  manager: User;
  otherManager: User;
  /** A therapist of clinic B: what B's manager would reassign to. */
  otherClinicTherapist: User;
}

interface Endpoint {
  name: string;
  method: HTTPMethods;
  path: (id: string) => string;
  /** The state the patient starts in for this call. */
  start?: Partial<Pick<Patient, 'status' | 'dischargedOn' | 'dischargeReason'>>;
  body?: (world: World, actor: Actor) => unknown;
  /** Status per actor; the patient must be unchanged after any 4xx. */
  expect: Record<Actor, number>;
}

const seen = { anonymous: 401, own: 200, other: 404, manager: 200, otherManager: 404 };
const managersOnly = { anonymous: 401, own: 403, other: 403, manager: 200, otherManager: 404 };

const endpoints: Endpoint[] = [
  {
    name: 'GET /api/patients/:id',
    method: 'GET',
    path: (id) => `/api/patients/${id}`,
    expect: seen,
  },
  {
    name: 'PUT /api/patients/:id',
    method: 'PUT',
    path: (id) => `/api/patients/${id}`,
    body: () => ({
      firstName: 'Edited',
      lastName: 'Name',
      dateOfBirth: '1988-06-02',
      diagnosis: 'itbs',
      affectedSide: 'both',
      startDate: '2025-02-03',
      weeklyDistance: 10,
      distanceUnit: 'km',
      status: 'active',
      version: 1,
    }),
    expect: seen,
  },
  {
    name: 'POST /api/patients/:id/discharge',
    method: 'POST',
    path: (id) => `/api/patients/${id}/discharge`,
    body: () => ({ version: 1, dischargedOn: '2025-03-01', reason: 'Goals met.' }),
    expect: seen,
  },
  {
    name: 'POST /api/patients/:id/reactivate',
    method: 'POST',
    path: (id) => `/api/patients/${id}/reactivate`,
    start: { status: 'discharged', dischargedOn: '2025-02-28', dischargeReason: 'Goals met.' },
    body: () => ({ version: 1 }),
    expect: seen,
  },
  {
    name: 'POST /api/patients/:id/reassign',
    method: 'POST',
    path: (id) => `/api/patients/${id}/reassign`,
    // A therapist each caller could legitimately name, so only access decides the answer.
    body: (w, actor) => ({
      version: 1,
      therapistId: actor === 'otherManager' ? w.otherClinicTherapist.id : w.other.id,
    }),
    expect: managersOnly,
  },
  {
    name: 'GET /api/patients/:id/audit',
    method: 'GET',
    path: (id) => `/api/patients/${id}/audit`,
    expect: managersOnly,
  },
];

const actors: Actor[] = ['anonymous', 'own', 'other', 'manager', 'otherManager'];
const noSuchPatient = { error: 'not_found', message: 'No such patient.' };

describe('patient access', () => {
  const t = useTestApp();
  let world: World;
  const cookies: Partial<Record<Actor, string>> = {};

  beforeAll(async () => {
    const a = await createClinicWithStaff(t.repositories);
    const b = await createClinicWithStaff(t.repositories);
    world = {
      own: a.therapist,
      other: await createStaffMember(t.repositories, a.clinic.id, 'therapist'),
      manager: a.manager,
      otherManager: b.manager,
      otherClinicTherapist: b.therapist,
    };
  });

  /** A session for the actor, made once: sessions live in the suite's database across apps. */
  async function cookieOf(actor: Actor): Promise<string | undefined> {
    if (actor === 'anonymous') return undefined;
    cookies[actor] ??= await signIn(t.app, world[actor].email);
    return cookies[actor];
  }

  const storedRow = async (id: string) =>
    (await t.database.db.select().from(patients).where(eq(patients.id, id)))[0];

  for (const endpoint of endpoints) {
    describe(endpoint.name, () => {
      for (const actor of actors) {
        const status = endpoint.expect[actor];
        it(`answers ${status} to ${actor}`, async () => {
          const patient = await createPatient(t.repositories, world.own, endpoint.start);
          const before = await storedRow(patient.id);
          const response = await call(t.app, endpoint.method, endpoint.path(patient.id), {
            cookie: await cookieOf(actor),
            body: endpoint.body?.(world, actor),
          });

          expect(response.statusCode).toBe(status);
          if (status === 404) expect(response.json()).toEqual(noSuchPatient);
          if (status === 403) {
            expect(response.json()).toEqual({
              error: 'forbidden',
              message: 'Only managers can do this.',
            });
          }
          if (status >= 400) expect(await storedRow(patient.id)).toEqual(before);
          if (status === 200 && endpoint.method !== 'GET') {
            expect((await storedRow(patient.id)).version).toBe(2);
          }
        });
      }

      it('answers an unknown id and a malformed one exactly as another clinic’s patient', async () => {
        const cookie = await cookieOf('manager');
        const ids = [
          '3f1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13',
          '42',
          'zf1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13',
          'x'.repeat(100),
        ];
        for (const id of ids) {
          const response = await call(t.app, endpoint.method, endpoint.path(id), {
            cookie,
            body: endpoint.body?.(world, 'manager'),
          });
          expect(response.statusCode).withContext(id).toBe(404);
          expect(response.json()).toEqual(noSuchPatient);
        }
      });
    });
  }

  describe('GET /api/patients', () => {
    const listed = async (actor: Actor) => {
      const response = await call(t.app, 'GET', '/api/patients?pageSize=100', {
        cookie: await cookieOf(actor),
      });
      return response;
    };

    it('answers 401 without a session', async () => {
      expect((await listed('anonymous')).statusCode).toBe(401);
    });

    it("shows a therapist their own patients only, a manager the whole clinic's", async () => {
      const mine = await createPatient(t.repositories, world.own);
      const theirs = await createPatient(t.repositories, world.other);
      const ids = async (actor: Actor) =>
        (await listed(actor)).json().items.map((p: { id: string }) => p.id);

      expect(await ids('own')).toContain(mine.id);
      expect(await ids('own')).not.toContain(theirs.id);
      expect(await ids('other')).toContain(theirs.id);
      expect(await ids('other')).not.toContain(mine.id);
      expect(await ids('manager')).toEqual(jasmine.arrayContaining([mine.id, theirs.id]));
      expect(await ids('otherManager')).toEqual([]);
    });

    it("refuses a therapist's filter on another therapist, and lets a manager filter", async () => {
      const filter = `/api/patients?therapistId=${world.other.id}`;
      const refused = await call(t.app, 'GET', filter, { cookie: await cookieOf('own') });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: { therapistId: ['Therapists see only their own patients.'] },
      });

      const own = `/api/patients?therapistId=${world.own.id}`;
      expect((await call(t.app, 'GET', own, { cookie: await cookieOf('own') })).statusCode).toBe(
        200,
      );
      const managers = await call(t.app, 'GET', filter, { cookie: await cookieOf('manager') });
      expect(managers.statusCode).toBe(200);
      for (const item of managers.json().items) expect(item.therapist.id).toBe(world.other.id);
    });
  });

  describe('POST /api/patients', () => {
    const body = {
      firstName: 'New',
      lastName: 'Patient',
      dateOfBirth: '1990-01-01',
      diagnosis: 'itbs',
      affectedSide: 'left',
      startDate: '2025-02-01',
      weeklyDistance: 5,
    };

    it('answers 401 without a session', async () => {
      const response = await call(t.app, 'POST', '/api/patients', { body });
      expect(response.statusCode).toBe(401);
    });

    it("never lets a manager add a patient to another clinic's therapist", async () => {
      const response = await call(t.app, 'POST', '/api/patients', {
        cookie: await cookieOf('otherManager'),
        body: { ...body, therapistId: world.own.id },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual({
        therapistId: ['Choose an active therapist of your clinic.'],
      });
    });
  });
});

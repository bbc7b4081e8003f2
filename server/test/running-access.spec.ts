import { and, asc, eq } from 'drizzle-orm';
import type { HTTPMethods } from 'fastify';
import { auditEvents, runningPlans, runningPlanVersions, runs } from '../db/schema';
import type { User } from '../users/repository';
import { createClinicWithStaff, createPatient, createStaffMember } from './support/fixtures';
import { call, signIn } from './support/http';
import {
  mileagePlanContent,
  newMileagePlan,
  newRun,
  storedRun,
  weeksOf,
} from './support/running-fixtures';
import { useTestApp } from './support/test-app';

/**
 * Who may reach a patient's running plan and run log, over every endpoint. The patient belongs to `own`, a
 * therapist of clinic A; `other` is another therapist of A; `manager` manages A; `otherManager` manages clinic B.
 */
type Actor = 'anonymous' | 'own' | 'other' | 'manager' | 'otherManager';

interface Arranged {
  patientId: string;
  runId: string;
}

interface Endpoint {
  name: string;
  method: HTTPMethods;
  path: (a: Arranged) => string;
  body?: unknown;
  /** The status the patient's own therapist and their manager get. */
  ok: number;
}

const endpoints: Endpoint[] = [
  {
    name: 'GET /api/patients/:id/running-plan',
    method: 'GET',
    path: (a) => `/api/patients/${a.patientId}/running-plan`,
    ok: 200,
  },
  {
    name: 'POST /api/patients/:id/running-plan',
    method: 'POST',
    path: (a) => `/api/patients/${a.patientId}/running-plan?replacesVersion=1`,
    body: newMileagePlan,
    ok: 201,
  },
  {
    name: 'PUT /api/patients/:id/running-plan',
    method: 'PUT',
    path: (a) => `/api/patients/${a.patientId}/running-plan`,
    body: { version: 1, distanceUnit: 'mi', weeks: weeksOf([10, 10.5, 11]) },
    ok: 200,
  },
  {
    name: 'GET /api/patients/:id/running-plan/versions',
    method: 'GET',
    path: (a) => `/api/patients/${a.patientId}/running-plan/versions`,
    ok: 200,
  },
  {
    name: 'GET /api/patients/:id/runs',
    method: 'GET',
    path: (a) => `/api/patients/${a.patientId}/runs?from=2025-01-01`,
    ok: 200,
  },
  {
    name: 'POST /api/patients/:id/runs',
    method: 'POST',
    path: (a) => `/api/patients/${a.patientId}/runs`,
    body: newRun,
    ok: 201,
  },
  {
    name: 'PUT /api/patients/:id/runs/:runId',
    method: 'PUT',
    path: (a) => `/api/patients/${a.patientId}/runs/${a.runId}`,
    body: { ...newRun, painNextMorning: 1, version: 1 },
    ok: 200,
  },
  {
    name: 'DELETE /api/patients/:id/runs/:runId',
    method: 'DELETE',
    path: (a) => `/api/patients/${a.patientId}/runs/${a.runId}`,
    ok: 204,
  },
];

const actors: Actor[] = ['anonymous', 'own', 'other', 'manager', 'otherManager'];
const noSuchPatient = { error: 'not_found', message: 'No such patient.' };

describe('running plan and run log access', () => {
  const t = useTestApp();
  let world: Record<Exclude<Actor, 'anonymous'>, User>;
  const cookies: Partial<Record<Actor, string>> = {};

  beforeAll(async () => {
    const a = await createClinicWithStaff(t.repositories);
    const b = await createClinicWithStaff(t.repositories);
    world = {
      own: a.therapist,
      other: await createStaffMember(t.repositories, a.clinic.id, 'therapist'),
      manager: a.manager,
      otherManager: b.manager,
    };
  });

  async function cookieOf(actor: Actor): Promise<string | undefined> {
    if (actor === 'anonymous') return undefined;
    cookies[actor] ??= await signIn(t.app, world[actor].email);
    return cookies[actor];
  }

  /** A patient of `own` with a plan (version 1) and one run. */
  async function arrange(): Promise<Arranged> {
    const patient = await createPatient(t.repositories, world.own);
    const scope = { clinicId: world.own.clinicId };
    const plan = await t.repositories.runningPlans.create(
      scope,
      patient.id,
      mileagePlanContent(),
      undefined,
      { userId: world.own.id },
    );
    if (!plan.saved) throw new Error('plan not made');
    const written = await t.repositories.runs.create(scope, patient.id, storedRun());
    if (!written.saved) throw new Error('run not logged');
    return { patientId: patient.id, runId: written.saved.id };
  }

  /** Everything stored for the patient's plan and runs, to compare before and after a refused call. */
  async function stored(patientId: string) {
    const db = t.database.db;
    return {
      plans: await db.select().from(runningPlans).where(eq(runningPlans.patientId, patientId)),
      versions: await db
        .select({ id: runningPlanVersions.id, version: runningPlanVersions.version })
        .from(runningPlanVersions)
        .innerJoin(runningPlans, eq(runningPlans.id, runningPlanVersions.planId))
        .where(eq(runningPlans.patientId, patientId)),
      runs: await db.select().from(runs).where(eq(runs.patientId, patientId)),
    };
  }

  const deniedEvents = (patientId: string) =>
    t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'patient.access_denied'), eq(auditEvents.recordId, patientId)),
      )
      .orderBy(asc(auditEvents.id));

  for (const endpoint of endpoints) {
    describe(endpoint.name, () => {
      for (const actor of actors) {
        const status =
          actor === 'anonymous' ? 401 : actor === 'own' || actor === 'manager' ? endpoint.ok : 404;
        it(`answers ${status} to ${actor}`, async () => {
          const arranged = await arrange();
          const before = await stored(arranged.patientId);
          const response = await call(t.app, endpoint.method, endpoint.path(arranged), {
            cookie: await cookieOf(actor),
            body: endpoint.body,
          });

          expect(response.statusCode).withContext(response.body).toBe(status);
          if (status >= 400) expect(await stored(arranged.patientId)).toEqual(before);
          if (status === 404) {
            expect(response.json()).toEqual(noSuchPatient);
            const [event] = await deniedEvents(arranged.patientId);
            expect(event).withContext('access_denied audit').toBeDefined();
            expect([event.actorUserId, event.recordType, event.detail]).toEqual([
              world[actor as 'other' | 'otherManager'].id,
              'patient',
              {
                method: endpoint.method,
                route: endpoint.path({ patientId: ':id', runId: ':runId' }).split('?')[0],
              },
            ]);
          }
        });
      }

      it('answers an unknown id and a malformed one exactly as another clinic’s patient', async () => {
        const cookie = await cookieOf('manager');
        const { runId } = await arrange();
        const ids = ['3f1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13', '42', 'x'.repeat(100)];
        for (const patientId of ids) {
          const response = await call(t.app, endpoint.method, endpoint.path({ patientId, runId }), {
            cookie,
            body: endpoint.body,
          });
          expect(response.statusCode).withContext(patientId).toBe(404);
          expect(response.json()).toEqual(noSuchPatient);
        }
      });
    });
  }

  it('answers a run of another patient, an unknown run and a malformed run id with 404, and changes nothing', async () => {
    const cookie = await cookieOf('own');
    const mine = await arrange();
    const another = await arrange();
    for (const runId of [another.runId, '3f1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13', 'run-1']) {
      const url = `/api/patients/${mine.patientId}/runs/${runId}`;
      const put = await call(t.app, 'PUT', url, {
        cookie,
        body: { ...newRun, distance: 1, version: 1 },
      });
      expect(put.statusCode).withContext(runId).toBe(404);
      expect(put.json()).toEqual({ error: 'not_found', message: 'No such run.' });
      const del = await call(t.app, 'DELETE', url, { cookie });
      expect(del.statusCode).withContext(runId).toBe(404);
    }
    expect((await stored(another.patientId)).runs[0].version).toBe(1);
  });
});

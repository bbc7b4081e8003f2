import { eq } from 'drizzle-orm';
import { runningPlans, runningPlanVersions, runs } from '../db/schema';
import { createPatient } from './support/fixtures';
import { call } from './support/http';
import {
  type PatientEndpoint,
  describePatientAccess,
  useAccessWorld,
} from './support/patient-access-table';
import {
  mileagePlanContent,
  newMileagePlan,
  newRun,
  storedRun,
  weeksOf,
} from './support/running-fixtures';
import { useTestApp } from './support/test-app';

interface Arranged {
  patientId: string;
  runId: string;
}

const endpoints: PatientEndpoint<Arranged>[] = [
  {
    name: 'GET /api/patients/:id/running-plan',
    path: (a) => `/api/patients/${a.patientId}/running-plan`,
    ok: 200,
  },
  {
    name: 'POST /api/patients/:id/running-plan',
    path: (a) => `/api/patients/${a.patientId}/running-plan?replacesVersion=1`,
    body: newMileagePlan,
    ok: 201,
  },
  {
    name: 'PUT /api/patients/:id/running-plan',
    path: (a) => `/api/patients/${a.patientId}/running-plan`,
    body: { version: 1, distanceUnit: 'mi', weeks: weeksOf([10, 10.5, 11]) },
    ok: 200,
  },
  {
    name: 'GET /api/patients/:id/running-plan/versions',
    path: (a) => `/api/patients/${a.patientId}/running-plan/versions`,
    ok: 200,
  },
  {
    name: 'GET /api/patients/:id/runs',
    path: (a) => `/api/patients/${a.patientId}/runs?from=2025-01-01`,
    ok: 200,
  },
  {
    name: 'POST /api/patients/:id/runs',
    path: (a) => `/api/patients/${a.patientId}/runs`,
    body: newRun,
    ok: 201,
  },
  {
    name: 'PUT /api/patients/:id/runs/:runId',
    path: (a) => `/api/patients/${a.patientId}/runs/${a.runId}`,
    body: { ...newRun, painNextMorning: 1, version: 1 },
    ok: 200,
  },
  {
    name: 'DELETE /api/patients/:id/runs/:runId',
    path: (a) => `/api/patients/${a.patientId}/runs/${a.runId}`,
    ok: 204,
  },
];

/**
 * Who may reach a patient's running plan and run log, over every endpoint (see support/patient-access-table).
 */
describe('running plan and run log access', () => {
  const t = useTestApp();
  const world = useAccessWorld(t);

  /** A patient of `own` with a plan (version 1) and one run. */
  async function arrange(): Promise<Arranged> {
    const own = world.user('own');
    const patient = await createPatient(t.repositories, own);
    const scope = { clinicId: own.clinicId };
    const plan = await t.repositories.runningPlans.create(
      scope,
      patient.id,
      mileagePlanContent(),
      undefined,
      { userId: own.id },
    );
    if (!plan.saved) throw new Error('plan not made');
    const written = await t.repositories.runs.create(scope, patient.id, storedRun());
    if (!written.saved) throw new Error('run not logged');
    return { patientId: patient.id, runId: written.saved.id };
  }

  /** Everything stored for the patient's plan and runs, to compare before and after a refused call. */
  async function stored({ patientId }: { patientId: string }) {
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

  describePatientAccess(t, world, { endpoints, arrange, stored });

  it('answers a run of another patient, an unknown run and a malformed run id with 404, and changes nothing', async () => {
    const cookie = await world.cookieOf('own');
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
    expect((await stored(another)).runs[0].version).toBe(1);
  });
});

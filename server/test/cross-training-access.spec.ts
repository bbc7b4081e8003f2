import { eq } from 'drizzle-orm';
import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { crossTrainingVersions } from '../db/schema';
import { createPatient } from './support/fixtures';
import {
  type PatientEndpoint,
  describePatientAccess,
  useAccessWorld,
} from './support/patient-access-table';
import { useTestApp } from './support/test-app';

interface Arranged {
  patientId: string;
}

const endpoints: PatientEndpoint<Arranged>[] = [
  {
    name: 'GET /api/patients/:id/cross-training',
    path: (a) => `/api/patients/${a.patientId}/cross-training`,
    ok: 200,
  },
  {
    name: 'PUT /api/patients/:id/cross-training',
    path: (a) => `/api/patients/${a.patientId}/cross-training`,
    body: { version: 1, plan: swimBikePlan({ weeks: 8 }) },
    ok: 200,
  },
  {
    name: 'GET /api/patients/:id/cross-training/versions',
    path: (a) => `/api/patients/${a.patientId}/cross-training/versions`,
    ok: 200,
  },
  {
    name: 'GET /api/patients/:id/cross-training/versions/:version',
    path: (a) => `/api/patients/${a.patientId}/cross-training/versions/1`,
    ok: 200,
  },
];

/** Who may reach a patient's cross-training plan, over every endpoint (see support/patient-access-table). */
describe('cross-training access', () => {
  const t = useTestApp();
  const world = useAccessWorld(t);

  /** A patient of `own` with a cross-training plan at version 1. */
  async function arrange(): Promise<Arranged> {
    const own = world.user('own');
    const patient = await createPatient(t.repositories, own);
    const saved = await t.repositories.crossTraining.save(
      { clinicId: own.clinicId },
      patient.id,
      0,
      () => ({ plan: swimBikePlan(), changeSummary: 'Plan made' }),
      { userId: own.id },
    );
    if (!('saved' in saved)) throw new Error('plan not saved');
    return { patientId: patient.id };
  }

  const stored = ({ patientId }: Arranged) =>
    t.database.db
      .select()
      .from(crossTrainingVersions)
      .where(eq(crossTrainingVersions.patientId, patientId));

  describePatientAccess(t, world, { endpoints, arrange, stored });
});

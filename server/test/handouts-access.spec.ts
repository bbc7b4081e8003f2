import { eq } from 'drizzle-orm';
import { buildHandout } from '@domain/handout/build-handout';
import { defaultHandoutOptions } from '@domain/handout/handout-options';
import { sampleHandoutSources } from '@domain/handout/sample-handout';
import { handouts } from '../db/schema';
import { createPatient } from './support/fixtures';
import {
  type PatientEndpoint,
  describePatientAccess,
  useAccessWorld,
} from './support/patient-access-table';
import { pfpProgram } from './support/program-fixtures';
import { useTestApp } from './support/test-app';

interface Arranged {
  patientId: string;
  handoutId: string;
}

const strengthOnly = { ...defaultHandoutOptions, sections: ['strength' as const] };

const endpoints: PatientEndpoint<Arranged>[] = [
  {
    name: 'GET /api/patients/:id/handout/preview',
    path: (a) => `/api/patients/${a.patientId}/handout/preview?sections=strength`,
    ok: 200,
  },
  {
    name: 'POST /api/patients/:id/handouts',
    path: (a) => `/api/patients/${a.patientId}/handouts`,
    body: { options: strengthOnly, versions: { program: 1, crossTraining: null, running: null } },
    ok: 201,
  },
  {
    name: 'GET /api/patients/:id/handouts',
    path: (a) => `/api/patients/${a.patientId}/handouts`,
    ok: 200,
  },
  {
    name: 'GET /api/patients/:id/handouts/:handoutId',
    path: (a) => `/api/patients/${a.patientId}/handouts/${a.handoutId}`,
    ok: 200,
  },
  {
    // The specs call the app without a listening server, so the PDF answers 503 even to those who may print it: what
    // this table checks is that everyone else gets the 404 before anything is printed.
    name: 'GET /api/patients/:id/handouts/:handoutId/pdf',
    path: (a) => `/api/patients/${a.patientId}/handouts/${a.handoutId}/pdf`,
    ok: 503,
  },
];

/** Who may reach a patient's handouts, over every endpoint (see support/patient-access-table). */
describe('handout access', () => {
  const t = useTestApp();
  const world = useAccessWorld(t);

  /** A patient of `own` with a program (version 1) and one handout printed. */
  async function arrange(): Promise<Arranged> {
    const own = world.user('own');
    const patient = await createPatient(t.repositories, own);
    const by = { userId: own.id };
    const saved = await t.repositories.programs.save(
      { clinicId: own.clinicId },
      patient.id,
      0,
      () => ({ program: pfpProgram(), changeSummary: 'Program made with 5 exercises' }),
      by,
    );
    if (!saved.saved) throw new Error('program not saved');
    const versions = { program: 1, crossTraining: null, running: null };
    const handout = await t.repositories.handouts.record({
      clinicId: own.clinicId,
      patientId: patient.id,
      printedBy: own.id,
      options: strengthOnly,
      versions,
      document: buildHandout(sampleHandoutSources({ options: strengthOnly })),
    });
    return { patientId: patient.id, handoutId: handout.id };
  }

  const stored = (a: Arranged) =>
    t.database.db.select().from(handouts).where(eq(handouts.patientId, a.patientId));

  describePatientAccess(t, world, { endpoints, arrange, stored });
});

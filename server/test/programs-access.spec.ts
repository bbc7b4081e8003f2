import { eq } from 'drizzle-orm';
import type { HTTPMethods } from 'fastify';
import { createCustomExerciseRequest } from '@domain/contracts/exercises';
import { removeItem } from '@domain/programs/program';
import { clinicTemplates, customExercises, programVersions } from '../db/schema';
import { createPatient } from './support/fixtures';
import { call } from './support/http';
import {
  type PatientEndpoint,
  actors,
  describePatientAccess,
  useAccessWorld,
} from './support/patient-access-table';
import { customExerciseBody, pfpProgram } from './support/program-fixtures';
import { useTestApp } from './support/test-app';

interface Arranged {
  patientId: string;
  exerciseId: string;
  templateId: string;
}

const patientEndpoints: PatientEndpoint<Arranged>[] = [
  {
    name: 'GET /api/patients/:id/program',
    path: (a) => `/api/patients/${a.patientId}/program`,
    ok: 200,
  },
  {
    name: 'PUT /api/patients/:id/program',
    path: (a) => `/api/patients/${a.patientId}/program`,
    body: { version: 1, program: removeItem(pfpProgram(), 'i5') },
    ok: 200,
  },
  {
    name: 'GET /api/patients/:id/program/versions',
    path: (a) => `/api/patients/${a.patientId}/program/versions`,
    ok: 200,
  },
  {
    name: 'GET /api/patients/:id/program/versions/:version',
    path: (a) => `/api/patients/${a.patientId}/program/versions/1`,
    ok: 200,
  },
  {
    name: 'POST /api/patients/:id/program/template',
    path: (a) => `/api/patients/${a.patientId}/program/template`,
    body: { version: 1, templateId: 'itbs-hip-abductors' },
    ok: 200,
  },
];

/**
 * Who may reach a patient's program, over every endpoint (see support/patient-access-table), and who may use a
 * clinic's exercises and templates.
 */
describe('program access', () => {
  const t = useTestApp();
  const world = useAccessWorld(t);

  /** A patient of `own` with a program (version 1), and a custom exercise and a template of clinic A. */
  async function arrange(): Promise<Arranged> {
    const own = world.user('own');
    const patient = await createPatient(t.repositories, own);
    const saved = await t.repositories.programs.save(
      { clinicId: own.clinicId },
      patient.id,
      0,
      () => ({ program: pfpProgram(), changeSummary: 'Program made with 5 exercises' }),
      { userId: own.id },
    );
    if (!saved.saved) throw new Error('program not saved');
    const exercise = await t.repositories.exercises.create(
      own.clinicId,
      createCustomExerciseRequest.parse(customExerciseBody()),
      { userId: own.id },
    );
    const template = await t.repositories.templates.create(
      own.clinicId,
      { name: `Template ${exercise.id}`, summary: null, diagnoses: [], program: pfpProgram() },
      { userId: own.id },
    );
    if (!template) throw new Error('template not saved');
    return { patientId: patient.id, exerciseId: exercise.id, templateId: template.id };
  }

  /** Everything stored for the patient's program and clinic A's library, to compare before and after a refusal. */
  async function stored(a: Arranged) {
    const db = t.database.db;
    return {
      versions: await db
        .select()
        .from(programVersions)
        .where(eq(programVersions.patientId, a.patientId)),
      exercise: await db.select().from(customExercises).where(eq(customExercises.id, a.exerciseId)),
      templates: await db
        .select()
        .from(clinicTemplates)
        .where(eq(clinicTemplates.clinicId, world.user('own').clinicId)),
    };
  }

  describePatientAccess(t, world, { endpoints: patientEndpoints, arrange, stored });

  /** The clinic's library: anyone of clinic A reads and writes it; clinic B's manager sees none of it. */
  interface LibraryCase {
    name: string;
    method: HTTPMethods;
    path: (a: Arranged) => string;
    body?: (a: Arranged) => unknown;
    ok: number;
    /** What clinic B's manager gets. */
    outsider: number;
  }

  const libraryCases: LibraryCase[] = [
    {
      name: 'GET /api/exercises',
      method: 'GET',
      path: () => '/api/exercises',
      ok: 200,
      outsider: 200,
    },
    {
      name: 'GET /api/exercises/:id',
      method: 'GET',
      path: (a) => `/api/exercises/${a.exerciseId}`,
      ok: 200,
      outsider: 404,
    },
    {
      name: 'POST /api/exercises',
      method: 'POST',
      path: () => '/api/exercises',
      body: () => customExerciseBody(),
      ok: 201,
      outsider: 201,
    },
    {
      name: 'PUT /api/exercises/:id',
      method: 'PUT',
      path: (a) => `/api/exercises/${a.exerciseId}`,
      body: () => ({ ...customExerciseBody({ name: 'Renamed' }), version: 1 }),
      ok: 200,
      outsider: 404,
    },
    {
      name: 'GET /api/templates',
      method: 'GET',
      path: () => '/api/templates',
      ok: 200,
      outsider: 200,
    },
    {
      name: 'POST /api/templates',
      method: 'POST',
      path: () => '/api/templates',
      body: (a) => ({ name: `New ${a.exerciseId}`, program: pfpProgram() }),
      ok: 201,
      outsider: 201,
    },
  ];

  for (const endpoint of libraryCases) {
    describe(endpoint.name, () => {
      for (const actor of actors) {
        const status =
          actor === 'anonymous' ? 401 : actor === 'otherManager' ? endpoint.outsider : endpoint.ok;
        it(`answers ${status} to ${actor}`, async () => {
          const arranged = await arrange();
          const before = await stored(arranged);
          const response = await call(t.app, endpoint.method, endpoint.path(arranged), {
            cookie: await world.cookieOf(actor),
            body: endpoint.body?.(arranged),
          });
          expect(response.statusCode).withContext(response.body).toBe(status);
          if (status >= 400 || actor === 'otherManager') {
            expect(await stored(arranged)).toEqual(before);
          }
          if (actor === 'otherManager' && endpoint.method === 'GET' && status === 200) {
            expect(response.body).not.toContain(arranged.exerciseId);
            expect(response.body).not.toContain(arranged.templateId);
          }
          if (status === 404) {
            expect(response.json()).toEqual({ error: 'not_found', message: 'No such exercise.' });
          }
        });
      }
    });
  }
});

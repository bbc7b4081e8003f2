import { and, asc, eq } from 'drizzle-orm';
import type { HTTPMethods } from 'fastify';
import { createCustomExerciseRequest } from '@domain/contracts/exercises';
import { removeItem } from '@domain/programs/program';
import { auditEvents, clinicTemplates, customExercises, programVersions } from '../db/schema';
import type { User } from '../users/repository';
import { createClinicWithStaff, createPatient, createStaffMember } from './support/fixtures';
import { call, signIn } from './support/http';
import { customExerciseBody, pfpProgram } from './support/program-fixtures';
import { useTestApp } from './support/test-app';

/**
 * Who may reach a patient's program, over every endpoint, and who may use a clinic's exercises and templates. The
 * patient belongs to `own`, a therapist of clinic A; `other` is another therapist of A; `manager` manages A;
 * `otherManager` manages clinic B.
 */
type Actor = 'anonymous' | 'own' | 'other' | 'manager' | 'otherManager';
const actors: Actor[] = ['anonymous', 'own', 'other', 'manager', 'otherManager'];

interface Arranged {
  patientId: string;
  exerciseId: string;
  templateId: string;
}

interface Endpoint {
  name: string;
  method: HTTPMethods;
  path: (a: Arranged) => string;
  body?: unknown;
  /** The status the patient's own therapist and their manager get. */
  ok: number;
}

const patientEndpoints: Endpoint[] = [
  {
    name: 'GET /api/patients/:id/program',
    method: 'GET',
    path: (a) => `/api/patients/${a.patientId}/program`,
    ok: 200,
  },
  {
    name: 'PUT /api/patients/:id/program',
    method: 'PUT',
    path: (a) => `/api/patients/${a.patientId}/program`,
    body: { version: 1, program: removeItem(pfpProgram(), 'i5') },
    ok: 200,
  },
  {
    name: 'GET /api/patients/:id/program/versions',
    method: 'GET',
    path: (a) => `/api/patients/${a.patientId}/program/versions`,
    ok: 200,
  },
  {
    name: 'GET /api/patients/:id/program/versions/:version',
    method: 'GET',
    path: (a) => `/api/patients/${a.patientId}/program/versions/1`,
    ok: 200,
  },
  {
    name: 'POST /api/patients/:id/program/template',
    method: 'POST',
    path: (a) => `/api/patients/${a.patientId}/program/template`,
    body: { version: 1, templateId: 'itbs-hip-abductors' },
    ok: 200,
  },
];

const noSuchPatient = { error: 'not_found', message: 'No such patient.' };

describe('program access', () => {
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

  /** A patient of `own` with a program (version 1), and a custom exercise and a template of clinic A. */
  async function arrange(): Promise<Arranged> {
    const { own } = world;
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
        .where(eq(clinicTemplates.clinicId, world.own.clinicId)),
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

  for (const endpoint of patientEndpoints) {
    describe(endpoint.name, () => {
      for (const actor of actors) {
        const status =
          actor === 'anonymous' ? 401 : actor === 'own' || actor === 'manager' ? endpoint.ok : 404;
        it(`answers ${status} to ${actor}`, async () => {
          const arranged = await arrange();
          const before = await stored(arranged);
          const response = await call(t.app, endpoint.method, endpoint.path(arranged), {
            cookie: await cookieOf(actor),
            body: endpoint.body,
          });

          expect(response.statusCode).withContext(response.body).toBe(status);
          if (status >= 400) expect(await stored(arranged)).toEqual(before);
          if (status === 404) {
            expect(response.json()).toEqual(noSuchPatient);
            const [event] = await deniedEvents(arranged.patientId);
            expect(event).withContext('access_denied audit').toBeDefined();
            expect([event.actorUserId, event.recordType, event.detail]).toEqual([
              world[actor as 'other' | 'otherManager'].id,
              'patient',
              {
                method: endpoint.method,
                route: endpoint
                  .path({ patientId: ':id', exerciseId: '', templateId: '' })
                  .replace('/versions/1', '/versions/:version'),
              },
            ]);
          }
        });
      }

      it('answers an unknown id and a malformed one exactly as another clinic’s patient', async () => {
        const cookie = await cookieOf('manager');
        const arranged = await arrange();
        for (const patientId of ['3f1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13', '42', 'x'.repeat(100)]) {
          const response = await call(
            t.app,
            endpoint.method,
            endpoint.path({ ...arranged, patientId }),
            { cookie, body: endpoint.body },
          );
          expect(response.statusCode).withContext(patientId).toBe(404);
          expect(response.json()).toEqual(noSuchPatient);
        }
      });
    });
  }

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
            cookie: await cookieOf(actor),
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

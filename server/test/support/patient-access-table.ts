import { and, asc, eq } from 'drizzle-orm';
import type { HTTPMethods } from 'fastify';
import { auditEvents } from '../../db/schema';
import type { User } from '../../users/repository';
import { createClinicWithStaff, createStaffMember } from './fixtures';
import { call, signIn } from './http';
import type { TestContext } from './test-app';

/**
 * Who may reach a patient's records, endpoint by endpoint. The patient belongs to `own`, a therapist of clinic A;
 * `other` is another therapist of A; `manager` manages A; `otherManager` manages clinic B.
 */
export type Actor = 'anonymous' | 'own' | 'other' | 'manager' | 'otherManager';
export const actors: readonly Actor[] = ['anonymous', 'own', 'other', 'manager', 'otherManager'];
export type StaffActor = Exclude<Actor, 'anonymous'>;

export const noSuchPatient = { error: 'not_found', message: 'No such patient.' };

/** One endpoint of a patient's records. `name` is the method and the route as registered: "GET /api/patients/:id/x". */
export interface PatientEndpoint<A extends { patientId: string }> {
  name: string;
  path: (arranged: A) => string;
  body?: unknown;
  /** The status the patient's own therapist and their manager get. */
  ok: number;
}

/** The four staff members, made once per suite, and their signed-in cookies. */
export interface AccessWorld {
  user(actor: StaffActor): User;
  cookieOf(actor: Actor): Promise<string | undefined>;
}

export function useAccessWorld(t: TestContext): AccessWorld {
  let users: Record<StaffActor, User> | undefined;
  const cookies: Partial<Record<Actor, string>> = {};
  beforeAll(async () => {
    const a = await createClinicWithStaff(t.repositories);
    const b = await createClinicWithStaff(t.repositories);
    users = {
      own: a.therapist,
      other: await createStaffMember(t.repositories, a.clinic.id, 'therapist'),
      manager: a.manager,
      otherManager: b.manager,
    };
  });
  const user = (actor: StaffActor): User => {
    if (!users) throw new Error('the access world is made in beforeAll');
    return users[actor];
  };
  return {
    user,
    async cookieOf(actor) {
      if (actor === 'anonymous') return undefined;
      cookies[actor] ??= await signIn(t.app, user(actor).email);
      return cookies[actor];
    },
  };
}

export interface PatientAccessTable<A extends { patientId: string }> {
  endpoints: readonly PatientEndpoint<A>[];
  /** A fresh patient of `own` with the records the endpoints reach. */
  arrange: () => Promise<A>;
  /** Everything stored for the arranged patient, compared before and after a refused call. */
  stored: (arranged: A) => Promise<unknown>;
}

/**
 * For every endpoint and actor: the own therapist and the clinic's manager get `ok`; another therapist and another
 * clinic's manager get the 404 of an unknown patient, recorded as `patient.access_denied`, with nothing changed;
 * no one signed in gets 401. An unknown or malformed patient id answers the same 404.
 */
export function describePatientAccess<A extends { patientId: string }>(
  t: TestContext,
  world: AccessWorld,
  table: PatientAccessTable<A>,
): void {
  const deniedEvents = (patientId: string) =>
    t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'patient.access_denied'), eq(auditEvents.recordId, patientId)),
      )
      .orderBy(asc(auditEvents.id));

  for (const endpoint of table.endpoints) {
    const [method, route] = endpoint.name.split(' ') as [HTTPMethods, string];
    describe(endpoint.name, () => {
      for (const actor of actors) {
        const status =
          actor === 'anonymous' ? 401 : actor === 'own' || actor === 'manager' ? endpoint.ok : 404;
        it(`answers ${status} to ${actor}`, async () => {
          const arranged = await table.arrange();
          const before = await table.stored(arranged);
          const response = await call(t.app, method, endpoint.path(arranged), {
            cookie: await world.cookieOf(actor),
            body: endpoint.body,
          });

          expect(response.statusCode).withContext(response.body).toBe(status);
          if (status >= 400) expect(await table.stored(arranged)).toEqual(before);
          if (status === 404) {
            expect(response.json()).toEqual(noSuchPatient);
            const [event] = await deniedEvents(arranged.patientId);
            expect(event).withContext('access_denied audit').toBeDefined();
            expect([event.actorUserId, event.recordType, event.detail]).toEqual([
              world.user(actor as StaffActor).id,
              'patient',
              { method, route },
            ]);
          }
        });
      }

      it('answers an unknown id and a malformed one exactly as another clinic’s patient', async () => {
        const cookie = await world.cookieOf('manager');
        const arranged = await table.arrange();
        for (const patientId of ['3f1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13', '42', 'x'.repeat(100)]) {
          const response = await call(t.app, method, endpoint.path({ ...arranged, patientId }), {
            cookie,
            body: endpoint.body,
          });
          expect(response.statusCode).withContext(patientId).toBe(404);
          expect(response.json()).toEqual(noSuchPatient);
        }
      });
    });
  }
}

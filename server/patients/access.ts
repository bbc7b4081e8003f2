import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiProblem } from '../api-problem';
import { actorOf } from '../audit/actor';
import type { SignedInUser } from '../plugins/session';
import type { Patient } from '@domain/contracts/patients';
import type { PatientScope } from './repository';

/*
 * Who may reach a patient, for every route under /api/patients/:id (the record itself, its running plan, its
 * runs): a therapist their own caseload, a manager their clinic's. Anything else answers like an unknown id.
 */

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return uuidShape.test(text);
}

/** A therapist works on their own caseload; a manager on the whole clinic's. */
export function scopeOf(user: SignedInUser): PatientScope {
  return user.role === 'therapist'
    ? { clinicId: user.clinicId, therapistId: user.id }
    : { clinicId: user.clinicId };
}

/**
 * The one answer for a patient the caller may not see: another therapist's, another clinic's, one that
 * does not exist, an id that is not even a uuid. Identical in every case, so it never confirms that a
 * patient exists.
 */
export const patientNotFound = () => new ApiProblem(404, 'not_found', 'No such patient.');

/** Records the refused attempt (who tried which id, by which route) and gives the 404 to throw. */
export async function patientDenied(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
): Promise<ApiProblem> {
  await app.audit.record({
    ...actorOf(request),
    action: 'patient.access_denied',
    recordType: 'patient',
    recordId: id.slice(0, 100),
    detail: { method: request.method, route: request.routeOptions.url },
  });
  return patientNotFound();
}

/**
 * The patient `id` if the caller may see it (a therapist's own, any of a manager's clinic); otherwise the refused
 * attempt is recorded and the one 404 thrown. Every route under a patient starts here.
 */
export async function visiblePatient(
  app: FastifyInstance,
  request: FastifyRequest,
  id: string,
): Promise<Patient> {
  const patient = await app.patients.find(scopeOf(request.user), id);
  if (!patient) throw await patientDenied(app, request, id);
  return patient;
}

/**
 * A preHandler for routes with a patient `:id`, after their sign-in check: a malformed id never reaches
 * PostgreSQL (which would fail on it) and gets the same 404 as any patient the caller cannot see.
 */
export function malformedPatientIdCheck(app: FastifyInstance) {
  return async (request: FastifyRequest): Promise<void> => {
    const { id } = request.params as { id?: string };
    if (id !== undefined && !isUuid(id)) throw await patientDenied(app, request, id);
  };
}

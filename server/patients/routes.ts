import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  auditTrail,
  createPatientRequest,
  dischargeRequest,
  patient,
  patientList,
  patientListQuery,
  patientParams,
  reactivateRequest,
  reassignRequest,
  updatePatientRequest,
  type Patient,
} from '@domain/contracts/patients';
import { ApiProblem, ConflictWithCurrent, invalidFields } from '../api-problem';
import { actorOf } from '../audit/actor';
import type { AuditAction } from '../audit/repository';
import { malformedPatientIdCheck, patientDenied, scopeOf } from './access';
import type { Written } from './repository';

/** 409 for a write made at an old version, with the record as it is now so the therapist can compare. */
const staleVersion = (current: Patient) =>
  new ConflictWithCurrent(
    'stale_version',
    'Someone saved this patient after you opened it. Review their changes, then save again.',
    current,
  );

const activeTherapistOnly = 'Choose an active therapist of your clinic.';

/**
 * Patient records, /api/patients. Every route needs a signed-in user (reassign and the audit trail a
 * manager), every read and write is limited to the caller's scope in the repository's SQL, and each one
 * leaves an audit event (a list: one event naming the query and the patients shown).
 */
export const patientRoutes: FastifyPluginAsyncZod = async (app) => {
  const audit = (
    request: FastifyRequest,
    action: AuditAction,
    recordId: string | null,
    detail?: Record<string, unknown>,
  ) => app.audit.record({ ...actorOf(request), action, recordType: 'patient', recordId, detail });

  const denied = (request: FastifyRequest, id: string) => patientDenied(app, request, id);

  // Runs after each group's sign-in check below.
  app.addHook('preHandler', malformedPatientIdCheck(app));

  /**
   * The saved patient, or why nothing was written: no such patient in scope (404), someone saved since
   * `version` (409 with the current record, which counts as reading it), or `blocked`: the patient's
   * state does not allow the change.
   */
  async function savedOrProblem(
    request: FastifyRequest,
    id: string,
    version: number,
    written: Written,
    blocked: () => ApiProblem,
  ): Promise<Patient> {
    if (written.saved) return written.saved;
    const { current } = written;
    if (!current) throw await denied(request, id);
    if (current.version !== version) {
      await audit(request, 'patient.viewed', id, {
        because: 'stale_version',
        sentVersion: version,
      });
      throw staleVersion(current);
    }
    throw blocked();
  }

  /** The therapist a new or reassigned patient goes to: an active therapist of the caller's clinic. */
  async function assignableTherapist(clinicId: string, therapistId: string): Promise<string> {
    const therapist = await app.users.findActiveTherapist(clinicId, therapistId);
    if (!therapist) throw invalidFields({ therapistId: [activeTherapistOnly] });
    return therapist.id;
  }

  app.register(staffRoutes);
  app.register(managerRoutes);

  async function staffRoutes(staff: typeof app) {
    staff.addHook('onRequest', app.requireUser());

    staff.get(
      '/',
      { schema: { querystring: patientListQuery, response: { 200: patientList } } },
      async (request) => {
        const { user, query } = request;
        if (user.role === 'therapist' && query.therapistId && query.therapistId !== user.id) {
          throw invalidFields({ therapistId: ['Therapists see only their own patients.'] });
        }
        const { items, total } = await app.patients.list(scopeOf(user), query);
        await audit(request, 'patient.listed', null, {
          query,
          total,
          shown: items.map((p) => p.id),
        });
        return { items, total, page: query.page, pageSize: query.pageSize };
      },
    );

    staff.post(
      '/',
      { schema: { body: createPatientRequest, response: { 201: patient } } },
      async (request, reply) => {
        const { user } = request;
        const { therapistId: chosen, ...fields } = request.body;
        let therapistId: string;
        if (user.role === 'therapist') {
          if (chosen && chosen !== user.id) {
            throw invalidFields({
              therapistId: ['You can add patients only to your own caseload.'],
            });
          }
          therapistId = user.id;
        } else {
          if (!chosen) throw invalidFields({ therapistId: ['Choose a therapist.'] });
          therapistId = await assignableTherapist(user.clinicId, chosen);
        }
        const created = await app.patients.create({
          ...fields,
          clinicId: user.clinicId,
          therapistId,
        });
        await audit(request, 'patient.created', created.id, { therapistId });
        return reply.code(201).send(created);
      },
    );

    staff.get(
      '/:id',
      { schema: { params: patientParams, response: { 200: patient } } },
      async (request) => {
        const { id } = request.params;
        const found = await app.patients.find(scopeOf(request.user), id);
        if (!found) throw await denied(request, id);
        await audit(request, 'patient.viewed', id);
        return found;
      },
    );

    staff.put(
      '/:id',
      { schema: { params: patientParams, body: updatePatientRequest, response: { 200: patient } } },
      async (request) => {
        const { id } = request.params;
        const { version, ...edit } = request.body;
        const written = await app.patients.update(scopeOf(request.user), id, version, edit);
        const saved = await savedOrProblem(
          request,
          id,
          version,
          written,
          () =>
            new ApiProblem(
              409,
              'patient_discharged',
              'This patient is discharged. Reactivate them before editing the record.',
            ),
        );
        await audit(request, 'patient.updated', id, { version: saved.version });
        return saved;
      },
    );

    staff.post(
      '/:id/discharge',
      { schema: { params: patientParams, body: dischargeRequest, response: { 200: patient } } },
      async (request) => {
        const { id } = request.params;
        const { version, dischargedOn, reason } = request.body;
        const written = await app.patients.discharge(scopeOf(request.user), id, version, {
          dischargedOn,
          reason,
        });
        const saved = await savedOrProblem(
          request,
          id,
          version,
          written,
          () => new ApiProblem(409, 'already_discharged', 'This patient is already discharged.'),
        );
        await audit(request, 'patient.discharged', id, { version: saved.version, dischargedOn });
        return saved;
      },
    );

    staff.post(
      '/:id/reactivate',
      { schema: { params: patientParams, body: reactivateRequest, response: { 200: patient } } },
      async (request) => {
        const { id } = request.params;
        const { version } = request.body;
        const written = await app.patients.reactivate(scopeOf(request.user), id, version);
        const saved = await savedOrProblem(
          request,
          id,
          version,
          written,
          () => new ApiProblem(409, 'already_active', 'This patient is already active.'),
        );
        await audit(request, 'patient.reactivated', id, { version: saved.version });
        return saved;
      },
    );
  }

  // Managers only, checked before the patient is looked up: a therapist gets 403 whatever the id.
  async function managerRoutes(managers: typeof app) {
    managers.addHook('onRequest', app.requireUser('manager'));

    managers.post(
      '/:id/reassign',
      { schema: { params: patientParams, body: reassignRequest, response: { 200: patient } } },
      async (request) => {
        const { id } = request.params;
        const { version, therapistId } = request.body;
        const { clinicId } = request.user;
        const to = await assignableTherapist(clinicId, therapistId);
        const written = await app.patients.reassign(clinicId, id, version, to);
        const saved = await savedOrProblem(request, id, version, written, () =>
          invalidFields({ therapistId: [activeTherapistOnly] }),
        );
        await audit(request, 'patient.reassigned', id, {
          version: saved.version,
          from: written.from,
          to,
        });
        return saved;
      },
    );

    managers.get(
      '/:id/audit',
      { schema: { params: patientParams, response: { 200: auditTrail } } },
      async (request) => {
        const { id } = request.params;
        const { clinicId } = request.user;
        if (!(await app.patients.find({ clinicId }, id))) throw await denied(request, id);
        const entries = await app.audit.trail(clinicId, 'patient', id);
        await audit(request, 'patient.audit_viewed', id);
        return {
          entries: entries.map((e) => ({
            id: String(e.id),
            action: e.action,
            actor: e.actor,
            at: e.at.toISOString(),
            clientAddress: e.clientAddress,
          })),
        };
      },
    );
  }
};

import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  crossTrainingHistory,
  crossTrainingResponse,
  crossTrainingVersion,
  crossTrainingVersionParams,
  saveCrossTrainingRequest,
} from '@domain/contracts/cross-training';
import { patientParams } from '@domain/contracts/patients';
import { planChangeSummary } from '@domain/cross-training/plan-changes';
import { ApiProblem, ConflictWithCurrent, invalidFields } from '../api-problem';
import { actorOf } from '../audit/actor';
import type { AuditAction } from '../audit/repository';
import { malformedPatientIdCheck, patientDenied, scopeOf, visiblePatient } from '../patients/access';

/**
 * A patient's cross-training plan, under /api/patients/:id/cross-training: the current version, its history and a
 * save (a new, immutable version). Reached by whoever may reach the patient (anyone else gets the 404 of an unknown
 * patient, audited); a discharged patient's plan is read-only. Every read and write leaves an audit event.
 */
export const crossTrainingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireUser());
  app.addHook('preHandler', malformedPatientIdCheck(app));

  const audit = (request: FastifyRequest, action: AuditAction, patientId: string, detail: Record<string, unknown>) =>
    app.audit.record({ ...actorOf(request), action, recordType: 'cross_training', recordId: patientId, detail });

  app.get(
    '/:id/cross-training',
    { schema: { params: patientParams, response: { 200: crossTrainingResponse } } },
    async (request) => {
      const { id } = request.params;
      await visiblePatient(app, request, id);
      const current = await app.crossTraining.current(request.user.clinicId, id);
      await audit(request, 'cross_training.viewed', id, { version: current?.version ?? null });
      return { current: current ?? null };
    },
  );

  app.put(
    '/:id/cross-training',
    { schema: { params: patientParams, body: saveCrossTrainingRequest, response: { 200: crossTrainingVersion } } },
    async (request) => {
      const { id } = request.params;
      const { version, plan, changeSummary } = request.body;
      const result = await app.crossTraining.save(
        scopeOf(request.user),
        id,
        version,
        (before) => ({ plan, changeSummary: changeSummary ?? planChangeSummary(before, plan) }),
        { userId: request.user.id },
      );
      switch (result.refused) {
        case undefined:
          break;
        case 'no_patient':
          throw await patientDenied(app, request, id);
        case 'discharged':
          throw new ApiProblem(
            409,
            'patient_discharged',
            'This patient is discharged. Reactivate them before changing their cross-training plan.',
          );
        case 'not_saved_yet':
          throw invalidFields({ version: ['This patient has no cross-training plan yet: save it as version 0.'] });
        case 'stale_version':
          await audit(request, 'cross_training.viewed', id, {
            version: result.current.version,
            because: 'stale_version',
            sentVersion: version,
          });
          throw new ConflictWithCurrent(
            'stale_version',
            'Someone saved this cross-training plan after you opened it. Compare their version with yours, then ' +
              'keep yours as the next version or take theirs.',
            result.current,
          );
      }
      const { saved } = result;
      await audit(request, 'cross_training.saved', id, { version: saved.version, sessions: plan.sessions.length });
      return saved;
    },
  );

  app.get(
    '/:id/cross-training/versions',
    { schema: { params: patientParams, response: { 200: crossTrainingHistory } } },
    async (request) => {
      const { id } = request.params;
      await visiblePatient(app, request, id);
      const versions = await app.crossTraining.history(request.user.clinicId, id);
      await audit(request, 'cross_training.versions_viewed', id, { versions: versions.length });
      return { versions };
    },
  );

  app.get(
    '/:id/cross-training/versions/:version',
    { schema: { params: crossTrainingVersionParams, response: { 200: crossTrainingVersion } } },
    async (request) => {
      const { id, version } = request.params;
      await visiblePatient(app, request, id);
      const found = await app.crossTraining.version(request.user.clinicId, id, version);
      if (!found) throw new ApiProblem(404, 'not_found', 'No such version of this cross-training plan.');
      await audit(request, 'cross_training.version_viewed', id, { version });
      return found;
    },
  );
};

import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type * as z from 'zod';
import { patientParams, type DistanceUnit } from '@domain/contracts/patients';
import {
  createRunningPlanQuery,
  createRunningPlanRequest,
  createRunRequest,
  run,
  runList,
  runListQuery,
  runningPlan,
  runningPlanResponse,
  runningPlanVersions,
  runParams,
  saveRunningPlanRequest,
  toPlanSettings,
  updateRunRequest,
  weeklyDistanceLimit,
} from '@domain/contracts/running';
import { mondayOf } from '@domain/training-load/calendar-weeks';
import { formatDistance, toMetres } from '@domain/training-load/distance';
import { generatePlan } from '@domain/training-load/plan-generator';
import { ApiProblem, ConflictWithCurrent, invalidFields } from '../api-problem';
import { actorOf } from '../audit/actor';
import type { AuditAction } from '../audit/repository';
import { isUuid, malformedPatientIdCheck, patientDenied, scopeOf, visiblePatient } from '../patients/access';
import type { PlanContent } from './plan-content';
import type { PlanWrite } from './plans-repository';
import type { RunFields, RunWrite } from './runs-repository';

type RecordType = 'running_plan' | 'run';

const noSuchRun = () => new ApiProblem(404, 'not_found', 'No such run.');

const discharged = (what: string) =>
  new ApiProblem(
    409,
    'patient_discharged',
    `This patient is discharged. Reactivate them before changing ${what}.`,
  );

/** The stored run from a request body: the distance typed in the patient's unit, stored in metres. */
function runFields(body: z.output<typeof createRunRequest>): RunFields {
  return {
    date: body.date,
    distanceMetres: toMetres(body.distance, body.distanceUnit),
    durationMinutes: body.durationMinutes,
    painDuring: body.painDuring,
    painNextMorning: body.painNextMorning,
    notes: body.notes,
    walkJog: body.walkJog,
  };
}

/** A mileage plan is generated here from its settings; a walk–jog plan is its start. */
function planContent(body: z.output<typeof createRunningPlanRequest>): PlanContent {
  if (body.kind === 'walk-jog') {
    return { kind: 'walk-jog', startDate: body.startDate, startLevel: body.startLevel };
  }
  const settings = toPlanSettings(body);
  return { kind: 'mileage', settings, weeks: generatePlan(settings).weeks };
}

/**
 * A patient's running plan and run log, under /api/patients/:id. Who may reach them is who may reach the patient
 * (patients/access.ts): anyone else gets the same 404 as for an unknown patient, and the attempt is audited. A
 * discharged patient's plan and runs can be read, not changed. Every read and write leaves an audit event.
 */
export const runningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireUser());
  app.addHook('preHandler', malformedPatientIdCheck(app));

  const audit = (
    request: FastifyRequest,
    action: AuditAction,
    recordType: RecordType,
    recordId: string | null,
    detail: Record<string, unknown>,
  ) => app.audit.record({ ...actorOf(request), action, recordType, recordId, detail });

  /** Why a plan write wrote nothing, as the answer to send. A 409 with the current plan counts as reading it. */
  async function planProblem(
    request: FastifyRequest,
    id: string,
    result: Exclude<PlanWrite, { refused?: undefined }>,
    sentVersion: number | null,
  ): Promise<ApiProblem> {
    switch (result.refused) {
      case 'no_patient':
        return patientDenied(app, request, id);
      case 'discharged':
        return discharged('their running plan');
      case 'no_plan':
        return new ApiProblem(404, 'not_found', 'This patient has no running plan yet.');
      case 'not_mileage':
        return new ApiProblem(
          409,
          'not_a_mileage_plan',
          'This is a walk–jog plan: it has levels, not planned weeks. Make a mileage plan to plan weekly distances.',
        );
      case 'plan_exists':
      case 'stale_version': {
        const { current } = result;
        await audit(request, 'running_plan.viewed', 'running_plan', current.id, {
          patientId: id,
          version: current.version,
          because: result.refused,
          sentVersion,
        });
        return new ConflictWithCurrent(
          result.refused,
          result.refused === 'plan_exists'
            ? 'This patient already has a running plan. Review it, then make the new plan in its place.'
            : 'Someone saved this running plan after you opened it. Review their changes, then save again.',
          current,
        );
      }
    }
  }

  /** Why a run write wrote nothing, as the answer to send. */
  async function runProblem(
    request: FastifyRequest,
    id: string,
    result: Exclude<RunWrite, { refused?: undefined }>,
    sent: { version: number | null; fields: RunFields; unit: DistanceUnit },
  ): Promise<ApiProblem> {
    switch (result.refused) {
      case 'no_patient':
        return patientDenied(app, request, id);
      case 'discharged':
        return discharged('their run log');
      case 'no_run':
        return noSuchRun();
      case 'week_full': {
        const { unit, fields } = sent;
        const total = formatDistance(result.weekMetres + fields.distanceMetres, unit);
        return invalidFields({
          distance: [
            `With this run the week of ${mondayOf(fields.date)} comes to ${total}; ` +
              `a week holds at most ${weeklyDistanceLimit(unit)} ${unit}.`,
          ],
        });
      }
      case 'stale_version': {
        const { current } = result;
        await audit(request, 'run.viewed', 'run', current.id, {
          patientId: id,
          version: current.version,
          because: 'stale_version',
          sentVersion: sent.version,
        });
        return new ConflictWithCurrent(
          'stale_version',
          'Someone saved this run after you opened it. Review their changes, then save again.',
          current,
        );
      }
    }
  }

  app.get(
    '/:id/running-plan',
    { schema: { params: patientParams, response: { 200: runningPlanResponse } } },
    async (request) => {
      const { id } = request.params;
      await visiblePatient(app, request, id);
      const plan = await app.runningPlans.current(request.user.clinicId, id);
      await audit(request, 'running_plan.viewed', 'running_plan', plan?.id ?? null, {
        patientId: id,
        version: plan?.version ?? null,
      });
      return { plan: plan ?? null };
    },
  );

  app.post(
    '/:id/running-plan',
    {
      schema: {
        params: patientParams,
        querystring: createRunningPlanQuery,
        body: createRunningPlanRequest,
        response: { 201: runningPlan },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { replacesVersion } = request.query;
      const content = planContent(request.body);
      const result = await app.runningPlans.create(
        scopeOf(request.user),
        id,
        content,
        replacesVersion,
        { userId: request.user.id },
      );
      if (result.refused) {
        throw await planProblem(request, id, result, replacesVersion ?? null);
      }
      const plan = result.saved;
      await audit(request, 'running_plan.created', 'running_plan', plan.id, {
        patientId: id,
        version: plan.version,
        kind: plan.kind,
        replacesVersion: replacesVersion ?? null,
      });
      return reply.code(201).send(plan);
    },
  );

  app.put(
    '/:id/running-plan',
    {
      schema: {
        params: patientParams,
        body: saveRunningPlanRequest,
        response: { 200: runningPlan },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { version, distanceUnit, weeks } = request.body;
      const result = await app.runningPlans.saveWeeks(
        scopeOf(request.user),
        id,
        version,
        { unit: distanceUnit, weeks },
        { userId: request.user.id },
      );
      if (result.refused) throw await planProblem(request, id, result, version);
      const plan = result.saved;
      await audit(request, 'running_plan.updated', 'running_plan', plan.id, {
        patientId: id,
        version: plan.version,
      });
      return plan;
    },
  );

  app.get(
    '/:id/running-plan/versions',
    { schema: { params: patientParams, response: { 200: runningPlanVersions } } },
    async (request) => {
      const { id } = request.params;
      await visiblePatient(app, request, id);
      const versions = await app.runningPlans.versions(request.user.clinicId, id);
      await audit(
        request,
        'running_plan.versions_viewed',
        'running_plan',
        versions[0]?.plan.id ?? null,
        {
          patientId: id,
          versions: versions.length,
        },
      );
      return { versions };
    },
  );

  app.get(
    '/:id/runs',
    { schema: { params: patientParams, querystring: runListQuery, response: { 200: runList } } },
    async (request) => {
      const { id } = request.params;
      const { query } = request;
      await visiblePatient(app, request, id);
      const runs = await app.runs.list(request.user.clinicId, id, query);
      await audit(request, 'runs.listed', 'run', null, {
        patientId: id,
        query,
        count: runs.length,
      });
      return { runs };
    },
  );

  app.post(
    '/:id/runs',
    { schema: { params: patientParams, body: createRunRequest, response: { 201: run } } },
    async (request, reply) => {
      const { id } = request.params;
      const fields = runFields(request.body);
      const result = await app.runs.create(scopeOf(request.user), id, fields);
      if (result.refused) {
        throw await runProblem(request, id, result, {
          version: null,
          fields,
          unit: request.body.distanceUnit,
        });
      }
      const saved = result.saved;
      await audit(request, 'run.created', 'run', saved.id, {
        patientId: id,
        version: saved.version,
      });
      return reply.code(201).send(saved);
    },
  );

  app.put(
    '/:id/runs/:runId',
    { schema: { params: runParams, body: updateRunRequest, response: { 200: run } } },
    async (request) => {
      const { id, runId } = request.params;
      const { version, ...body } = request.body;
      if (!isUuid(runId)) {
        await visiblePatient(app, request, id);
        throw noSuchRun();
      }
      const fields = runFields(body);
      const result = await app.runs.update(scopeOf(request.user), id, runId, version, fields);
      if (result.refused) {
        throw await runProblem(request, id, result, { version, fields, unit: body.distanceUnit });
      }
      const saved = result.saved;
      await audit(request, 'run.updated', 'run', saved.id, {
        patientId: id,
        version: saved.version,
      });
      return saved;
    },
  );

  app.delete('/:id/runs/:runId', { schema: { params: runParams } }, async (request, reply) => {
    const { id, runId } = request.params;
    if (!isUuid(runId)) {
      await visiblePatient(app, request, id);
      throw noSuchRun();
    }
    const result = await app.runs.delete(scopeOf(request.user), id, runId);
    if (result.refused) {
      if (result.refused === 'no_patient') throw await patientDenied(app, request, id);
      throw result.refused === 'discharged' ? discharged('their run log') : noSuchRun();
    }
    const { deleted } = result;
    await audit(request, 'run.deleted', 'run', deleted.id, {
      patientId: id,
      version: deleted.version,
      date: deleted.date,
    });
    return reply.code(204).send();
  });
};

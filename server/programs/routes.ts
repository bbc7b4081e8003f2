import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { patientParams } from '@domain/contracts/patients';
import {
  applyTemplateRequest,
  programHistory,
  programResponse,
  programVersion,
  programVersionParams,
  saveProgramRequest,
  saveTemplateRequest,
  templateList,
  templateResponse,
} from '@domain/contracts/programs';
import {
  emptyProgram,
  itemCount,
  maxProgramItems,
  programItems,
  type Program,
} from '@domain/programs/program';
import { applyTemplate } from '@domain/programs/templates';
import { ApiProblem, ConflictWithCurrent, invalidFields } from '../api-problem';
import { actorOf } from '../audit/actor';
import type { AuditAction } from '../audit/repository';
import type { ExerciseNames } from '../exercises/repository';
import { unknownExercise } from '../exercises/routes';
import { malformedPatientIdCheck, patientDenied, scopeOf, visiblePatient } from '../patients/access';
import { programChangeSummary, templateAppliedSummary } from '@domain/programs/program-changes';
import type { ProgramWrite } from './programs-repository';

/** 400 unless every exercise of the program is in the clinic's library, with the field of each one that is not. */
function checkExercises(program: Program, names: ExerciseNames): void {
  const fields: Record<string, string[]> = {};
  for (const { section, index, item } of programItems(program)) {
    if (!names.has(item.exerciseId)) {
      fields[`program.sections.${section}.${index}.exerciseId`] = [unknownExercise];
    }
  }
  if (Object.keys(fields).length) throw invalidFields(fields);
}

/**
 * A patient's strength program, under /api/patients/:id/program: the current version, its history, a save and a
 * template applied (each a new, immutable version). Who may reach it is who may reach the patient
 * (patients/access.ts): anyone else gets the same 404 as for an unknown patient, and the attempt is audited. A
 * discharged patient's program can be read, not changed. Every read and write leaves an audit event, recorded
 * against the program of the patient (`program`, the patient's id).
 */
export const programRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireUser());
  app.addHook('preHandler', malformedPatientIdCheck(app));

  const audit = (
    request: FastifyRequest,
    action: AuditAction,
    patientId: string,
    detail: Record<string, unknown>,
  ) =>
    app.audit.record({
      ...actorOf(request),
      action,
      recordType: 'program',
      recordId: patientId,
      detail,
    });

  /** Reads: the patient must be the caller's to see. */
  /** Why a save wrote nothing, as the answer to send. A 409 with the current version counts as reading it. */
  async function saveProblem(
    request: FastifyRequest,
    id: string,
    result: Exclude<ProgramWrite, { refused?: undefined }>,
    sentVersion: number,
  ): Promise<ApiProblem> {
    switch (result.refused) {
      case 'no_patient':
        return patientDenied(app, request, id);
      case 'discharged':
        return new ApiProblem(
          409,
          'patient_discharged',
          'This patient is discharged. Reactivate them before changing their program.',
        );
      case 'not_saved_yet':
        // Versions are never deleted: only a client that never read the program can name one that is not there.
        return invalidFields({
          version: ['This patient has no program yet: save it as version 0.'],
        });
      case 'stale_version': {
        const { current } = result;
        await audit(request, 'program.viewed', id, {
          version: current.version,
          because: 'stale_version',
          sentVersion,
        });
        return new ConflictWithCurrent(
          'stale_version',
          'Someone saved this program after you opened it. Compare their version with yours, then keep yours ' +
            'as the next version or take theirs.',
          current,
        );
      }
    }
  }

  app.get(
    '/:id/program',
    { schema: { params: patientParams, response: { 200: programResponse } } },
    async (request) => {
      const { id } = request.params;
      await visiblePatient(app, request, id);
      const current = await app.programs.current(request.user.clinicId, id);
      await audit(request, 'program.viewed', id, { version: current?.version ?? null });
      return { current: current ?? null };
    },
  );

  app.put(
    '/:id/program',
    {
      schema: {
        params: patientParams,
        body: saveProgramRequest,
        response: { 200: programVersion },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { version, program, changeSummary } = request.body;
      const names = await app.exercises.names(request.user.clinicId);
      checkExercises(program, names);
      const result = await app.programs.save(
        scopeOf(request.user),
        id,
        version,
        (before) => ({
          program,
          changeSummary: changeSummary ?? programChangeSummary(before, program, names),
        }),
        { userId: request.user.id },
      );
      if (result.refused) throw await saveProblem(request, id, result, version);
      const saved = result.saved;
      await audit(request, 'program.saved', id, {
        version: saved.version,
        exercises: itemCount(saved.program),
      });
      return saved;
    },
  );

  app.post(
    '/:id/program/template',
    {
      schema: {
        params: patientParams,
        body: applyTemplateRequest,
        response: { 200: programVersion },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { version, templateId, mode } = request.body;
      const template = await app.templates.find(request.user.clinicId, templateId);
      if (!template) throw invalidFields({ templateId: ['Unknown template.'] });
      const result = await app.programs.save(
        scopeOf(request.user),
        id,
        version,
        (before) => {
          const program = applyTemplate(before ?? emptyProgram(), template, mode);
          const count = itemCount(program);
          if (count > maxProgramItems) {
            throw invalidFields({
              mode: [
                `Added to this program, the template makes ${count} exercises; a program holds at most ` +
                  `${maxProgramItems}. Replace the program instead, or remove some exercises first.`,
              ],
            });
          }
          return { program, changeSummary: templateAppliedSummary(template, mode, !before) };
        },
        { userId: request.user.id },
      );
      if (result.refused) throw await saveProblem(request, id, result, version);
      const saved = result.saved;
      await audit(request, 'program.template_applied', id, {
        version: saved.version,
        templateId: template.id,
        mode,
      });
      return saved;
    },
  );

  app.get(
    '/:id/program/versions',
    { schema: { params: patientParams, response: { 200: programHistory } } },
    async (request) => {
      const { id } = request.params;
      await visiblePatient(app, request, id);
      const versions = await app.programs.history(request.user.clinicId, id);
      await audit(request, 'program.versions_viewed', id, { versions: versions.length });
      return { versions };
    },
  );

  app.get(
    '/:id/program/versions/:version',
    { schema: { params: programVersionParams, response: { 200: programVersion } } },
    async (request) => {
      const { id, version } = request.params;
      await visiblePatient(app, request, id);
      const found = await app.programs.version(request.user.clinicId, id, version);
      if (!found) throw new ApiProblem(404, 'not_found', 'No such version of this program.');
      await audit(request, 'program.version_viewed', id, { version });
      return found;
    },
  );
};

/**
 * Program templates, /api/templates: the built-in protocols with their sources and the clinic's own. Any signed-in
 * member of the clinic reads them and saves a program as a clinic template; each read and write is audited.
 */
export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireUser());

  const audit = (
    request: FastifyRequest,
    action: AuditAction,
    recordId: string | null,
    detail: Record<string, unknown>,
  ) => app.audit.record({ ...actorOf(request), action, recordType: 'template', recordId, detail });

  app.get('/', { schema: { response: { 200: templateList } } }, async (request) => {
    const templates = await app.templates.list(request.user.clinicId);
    await audit(request, 'template.listed', null, { count: templates.length });
    return { templates };
  });

  app.post(
    '/',
    { schema: { body: saveTemplateRequest, response: { 201: templateResponse } } },
    async (request, reply) => {
      const { clinicId, id: userId } = request.user;
      checkExercises(request.body.program, await app.exercises.names(clinicId));
      const created = await app.templates.create(clinicId, request.body, { userId });
      if (!created) {
        throw invalidFields({ name: ['Your clinic already has a template with this name.'] });
      }
      await audit(request, 'template.created', created.id, {
        name: created.name,
        exercises: itemCount(created.program),
      });
      return reply.code(201).send(created);
    },
  );
};

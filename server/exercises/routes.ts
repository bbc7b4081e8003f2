import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createCustomExerciseRequest,
  exerciseList,
  exerciseListQuery,
  exerciseImageQuery,
  exerciseImageResponse,
  exerciseParams,
  exerciseResponse,
  updateCustomExerciseRequest,
  type CustomExerciseFields,
} from '@domain/contracts/exercises';
import { catalogueExercise } from '@domain/exercises/catalogue';
import { filterExercises } from '@domain/exercises/exercise-filter';
import { checkImageUpload } from '@domain/illustrations/image-upload';
import { ApiProblem, ConflictWithCurrent, invalidFields } from '../api-problem';
import { actorOf } from '../audit/actor';
import type { AuditAction } from '../audit/repository';
import { isUuid } from '../patients/access';
import { acceptRawImages, rawImageBodyLimit, rawImageOf } from '../raw-image-body';

const noSuchExercise = () => new ApiProblem(404, 'not_found', 'No such exercise.');

/** The message for an exercise a field names that the clinic's library does not have. */
export const unknownExercise = 'No such exercise in the library.';

/**
 * The exercise library, /api/exercises: the catalogue (read-only) and the clinic's custom exercises. Any signed-in
 * member of the clinic reads and writes them (therapists and managers are the only roles); another clinic's custom
 * exercise answers like an unknown id. Every read and write leaves an audit event.
 */
export const exerciseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', app.requireUser());

  const audit = (
    request: FastifyRequest,
    action: AuditAction,
    recordId: string | null,
    detail?: Record<string, unknown>,
  ) => app.audit.record({ ...actorOf(request), action, recordType: 'exercise', recordId, detail });

  /**
   * Ladder links and the copied exercise must name exercises of the clinic's library: a custom exercise may step to
   * a catalogue one or to another of the clinic's, never to another clinic's. An exercise is not its own neighbour.
   */
  async function checkLinks(
    clinicId: string,
    exercise: CustomExerciseFields,
    id?: string,
  ): Promise<void> {
    const names = await app.exercises.names(clinicId);
    const fields: Record<string, string[]> = {};
    const check = (field: 'basedOn' | 'regressionId' | 'progressionId', self: string) => {
      const linked = exercise[field];
      if (linked === null) return;
      if (linked === id) fields[field] = [self];
      else if (!names.has(linked)) fields[field] = [unknownExercise];
    };
    check('basedOn', 'An exercise cannot be a copy of itself.');
    check('regressionId', 'An exercise cannot be its own regression.');
    check('progressionId', 'An exercise cannot be its own progression.');
    // Only catalogue exercises have poses to draw from.
    if (exercise.poseFrom && !catalogueExercise(exercise.poseFrom)) {
      fields['poseFrom'] = ['Choose a catalogue exercise to draw this one from.'];
    }
    if (Object.keys(fields).length) throw invalidFields(fields);
  }

  app.get(
    '/',
    { schema: { querystring: exerciseListQuery, response: { 200: exerciseList } } },
    async (request) => {
      const { query } = request;
      const { origin, ...filter } = query;
      const library = await app.exercises.list(request.user.clinicId);
      const items = filterExercises(
        origin ? library.filter((e) => e.origin === origin) : library,
        filter,
      );
      await audit(request, 'exercise.listed', null, { query, count: items.length });
      return { items };
    },
  );

  app.get(
    '/:id',
    { schema: { params: exerciseParams, response: { 200: exerciseResponse } } },
    async (request) => {
      const { id } = request.params;
      const found = await app.exercises.find(request.user.clinicId, id);
      if (!found) throw noSuchExercise();
      await audit(request, 'exercise.viewed', found.id, { origin: found.origin });
      return found;
    },
  );

  app.post(
    '/',
    { schema: { body: createCustomExerciseRequest, response: { 201: exerciseResponse } } },
    async (request, reply) => {
      const { clinicId, id: userId } = request.user;
      await checkLinks(clinicId, request.body);
      const created = await app.exercises.create(clinicId, request.body, { userId });
      await audit(request, 'exercise.created', created.id, {
        version: created.version,
        basedOn: created.basedOn,
      });
      return reply.code(201).send(created);
    },
  );

  app.put(
    '/:id',
    {
      schema: {
        params: exerciseParams,
        body: updateCustomExerciseRequest,
        response: { 200: exerciseResponse },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { clinicId, id: userId } = request.user;
      const { version, ...exercise } = request.body;
      if (catalogueExercise(id)) {
        throw new ApiProblem(
          409,
          'catalogue_read_only',
          'Catalogue exercises cannot be changed. Copy this one into a custom exercise and edit the copy.',
        );
      }
      if (!isUuid(id)) throw noSuchExercise();
      await checkLinks(clinicId, exercise, id);
      const result = await app.exercises.update(clinicId, id, version, exercise, { userId });
      if (result.refused === 'no_exercise') throw noSuchExercise();
      if (result.refused === 'stale_version') {
        const { current } = result;
        await audit(request, 'exercise.viewed', id, {
          origin: 'custom',
          version: current.version,
          because: 'stale_version',
          sentVersion: version,
        });
        throw new ConflictWithCurrent(
          'stale_version',
          'Someone saved this exercise after you opened it. Review their changes, then save again.',
          current,
        );
      }
      await audit(request, 'exercise.updated', id, { version: result.saved.version });
      return result.saved;
    },
  );

  // A custom exercise's picture: the raw file as the body (server/raw-image-body).
  acceptRawImages(app);

  app.put(
    '/:id/image',
    {
      bodyLimit: rawImageBodyLimit,
      schema: { params: exerciseParams, response: { 200: exerciseImageResponse } },
    },
    async (request) => {
      const { id } = request.params;
      const { clinicId, id: userId } = request.user;
      if (catalogueExercise(id)) {
        throw new ApiProblem(
          409,
          'catalogue_read_only',
          'Catalogue exercises keep their drawn pictures. Copy this one into a custom exercise to give it a photo.',
        );
      }
      const body = rawImageOf(request.body);
      const checked = checkImageUpload(body);
      if (checked.problem !== undefined)
        throw new ApiProblem(400, 'invalid_image', checked.problem);
      const imageUrl = await app.exercises.saveImage(
        clinicId,
        id,
        { contentType: checked.contentType, bytes: body },
        { userId },
      );
      if (!imageUrl) throw noSuchExercise();
      await audit(request, 'exercise.image_uploaded', id, {
        contentType: checked.contentType,
        bytes: body.length,
      });
      return { imageUrl };
    },
  );

  app.get(
    '/:id/image',
    { schema: { params: exerciseParams, querystring: exerciseImageQuery } },
    async (request, reply) => {
      const { v } = request.query;
      const named = v !== undefined && isUuid(v) ? v : undefined;
      const image = await app.exercises.image(request.user.clinicId, request.params.id, named);
      if (!image) throw new ApiProblem(404, 'not_found', 'This exercise has no picture.');
      return (
        reply
          .header('content-type', image.contentType)
          // A picture named by id never changes; the current one can. Private either way: it is the clinic's.
          .header(
            'cache-control',
            named ? 'private, max-age=31536000, immutable' : 'private, no-cache',
          )
          .send(image.bytes)
      );
    },
  );

  app.delete('/:id/image', { schema: { params: exerciseParams } }, async (request, reply) => {
    const { id } = request.params;
    const removed = await app.exercises.removeImage(request.user.clinicId, id);
    if (!removed) throw new ApiProblem(404, 'not_found', 'This exercise has no picture.');
    await audit(request, 'exercise.image_removed', id);
    return reply.code(204).send();
  });
};

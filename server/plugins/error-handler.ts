import { STATUS_CODES } from 'node:http';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { FastifyError } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type * as z from 'zod';
import { fieldErrors } from '@domain/contracts/api-error';
import { ApiProblem, invalidFields } from '../api-problem';

/**
 * The one place failures become responses, all in the ApiError shape: invalid input → 400 with the
 * messages per field; an ApiProblem → as thrown; Fastify's own 4xx (bad JSON, wrong content type, too
 * large) → that status; anything else is a bug → logged, 500, no details.
 */
export const errorHandler = fp(
  async (app) => {
    app.setErrorHandler<FastifyError | ApiProblem>((error, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        const issues = error.validation.map((v): z.core.$ZodIssue => ({
          code: 'custom',
          path: v.instancePath.split('/').filter(Boolean),
          message: v.message ?? 'Invalid value.',
          input: undefined,
        }));
        return reply.code(400).send(invalidFields(fieldErrors(issues)).body);
      }
      if (error instanceof ApiProblem) return reply.code(error.statusCode).send(error.body);
      if (error.statusCode && error.statusCode < 500) {
        return reply
          .code(error.statusCode)
          .send({ error: errorCode(error.statusCode), message: error.message });
      }
      request.log.error({ err: loggable(error) }, 'request failed');
      return reply.code(500).send({
        error: 'internal_error',
        message: 'Something went wrong on our side. Try again in a moment.',
      });
    });

    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send({
        error: 'not_found',
        message: `Nothing is at ${request.method} ${request.url.split('?')[0]}.`,
      }),
    );
  },
  { name: 'error-handler' },
);

/** 415 → "unsupported_media_type": the HTTP reason phrase in the error-code style of the API. */
function errorCode(status: number): string {
  return (STATUS_CODES[status] ?? 'request_failed').toLowerCase().replace(/[^a-z]+/g, '_');
}

/** A failed query's message lists its parameters (emails, hashes, later clinical notes): log the query only. */
function loggable(error: Error): unknown {
  if (!(error instanceof DrizzleQueryError)) return error;
  const cause = error.cause as (Error & { code?: string }) | undefined;
  return {
    type: 'DrizzleQueryError',
    query: error.query,
    cause: cause && { message: cause.message, code: cause.code },
  };
}

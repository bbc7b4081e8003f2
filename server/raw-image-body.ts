import type { FastifyInstance } from 'fastify';
import { ApiProblem } from './api-problem';

/**
 * Well above any picture we accept, so an over-size file gets the upload check's 400 with its advice rather
 * than a bare 413.
 */
export const rawImageBodyLimit = 16 * 1024 * 1024;

/**
 * Lets the routes of `app` (one feature's plugin) take a picture file as the raw body, whatever content type the
 * browser sends: the type is decided from the bytes (domain/illustrations/image-upload), never from the header.
 */
export function acceptRawImages(app: FastifyInstance): void {
  app.addContentTypeParser(
    ['image/png', 'image/jpeg', 'application/octet-stream', 'text/plain'],
    { parseAs: 'buffer', bodyLimit: rawImageBodyLimit },
    (_request, body, done) => done(null, body),
  );
}

/** The uploaded file's bytes; a JSON or form body is not a picture file. */
export function rawImageOf(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  throw new ApiProblem(400, 'invalid_image', 'Send the picture file itself, as a PNG or JPEG.');
}

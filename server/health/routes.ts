import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { health } from '@domain/contracts/health';
import { projectRoot } from '../project-root';

const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  version: string;
};

/** Liveness for people and probes: answers only once the database does. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', { schema: { response: { 200: health } } }, async () => {
    await app.database.ping();
    return { status: 'ok' as const, db: app.database.kind, version };
  });
};

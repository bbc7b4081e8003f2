import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { isApiPath } from '../api-path';

export interface SpaOptions {
  /** The production build of the SPA: dist/stride-rx/browser. */
  root: string;
}

// Angular names built files `main-7KQ2XZ4M.js`, `media/roboto-…-ABCD1234.woff2`: the 8-character hash changes
// whenever the content does, so those can be kept for a year. index.html and unhashed files must be rechecked.
const hashedFile = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

/**
 * Serves the built SPA beside the API. Any other GET without a file gets index.html, so a deep link or a
 * reload on /patients/42 starts the app on that page. Without a build, the API still runs.
 */
export const spa: FastifyPluginAsync<SpaOptions> = async (app, { root }) => {
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn(
      `No SPA build in ${root}: serving the API only. Run \`npm run build\` for the web app.`,
    );
    return;
  }

  await app.register(fastifyStatic, {
    root,
    // One route per file found now, instead of a catch-all: leaves the catch-all below for deep links.
    wildcard: false,
    cacheControl: false,
    setHeaders: (res, path) =>
      res.setHeader(
        'cache-control',
        hashedFile.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });

  app.get('/*', (request, reply) => {
    if (isApiPath(request.url)) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
};

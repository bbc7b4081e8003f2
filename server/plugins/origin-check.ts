import fp from 'fastify-plugin';
import { authErrors } from '@domain/contracts/auth';
import { ApiProblem } from '../api-problem';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery defence, on top of the SameSite=Strict cookie: a state-changing request must
 * say it comes from one of our pages. Browsers send `Origin` on such requests; a few privacy setups strip
 * it but keep `Referer`, hence the fallback. The server's own origin is the request's protocol and Host;
 * trustProxy is off, so behind a TLS-terminating proxy this needs trustProxy set for that proxy.
 */
export const originCheck = fp(
  async (app) => {
    app.addHook('onRequest', async (request) => {
      if (!stateChanging.has(request.method)) return;
      const claimed = request.headers.origin ?? request.headers.referer;
      const own = originOf(`${request.protocol}://${request.host}`);
      if (!claimed || !own || originOf(claimed) !== own) {
        throw new ApiProblem(
          403,
          authErrors.badOrigin,
          'This request did not come from a Stride Rx page. Reload the page and try again.',
        );
      }
    });
  },
  { name: 'origin-check' },
);

function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    // Opaque origins (file:, data:, sandboxed frames) serialise as "null" and match nothing.
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

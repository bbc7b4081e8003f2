import fp from 'fastify-plugin';
import { isApiPath } from '../api-path';

// Angular adds component styles as <style> elements at run time, hence 'unsafe-inline' for styles only.
// Scripts come from our own files and nothing else: no inline script, no eval.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const everyResponse = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
    'magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
};

/** Security headers on every response: API, static files, errors and not-found alike. */
export const securityHeaders = fp(
  async (app) => {
    // onSend rather than onRequest: it also runs for replies made by the error and not-found handlers.
    app.addHook('onSend', async (request, reply, payload) => {
      reply.headers(everyResponse);
      // Only over https: sent over plain http, a browser ignores it anyway, and local http use stays possible.
      if (request.protocol === 'https')
        reply.header('strict-transport-security', 'max-age=31536000');
      // API replies carry health data: no browser or proxy cache may keep a copy, unless the route chose its own
      // caching for something that never changes and is not health data (a clinic's logo, an exercise picture).
      if (isApiPath(request.url) && !reply.hasHeader('cache-control'))
        reply.header('cache-control', 'no-store');
      return payload;
    });
  },
  { name: 'security-headers' },
);

import { createClinicWithStaff } from './support/fixtures';
import { call, signIn } from './support/http';
import { fakeSpaBuild } from './support/spa-build';
import { useTestApp } from './support/test-app';

const expectedHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

describe('security headers', () => {
  const build = fakeSpaBuild();
  afterAll(() => build.remove());
  const t = useTestApp({ spaRoot: build.root });

  function expectSecurityHeaders(headers: Record<string, unknown>, what: string): void {
    for (const [name, value] of Object.entries(expectedHeaders)) {
      expect(headers[name]).withContext(`${name} on ${what}`).toBe(value);
    }
    expect(headers['permissions-policy']).withContext(what).toContain('camera=()');
    expect(headers['content-security-policy'])
      .withContext(what)
      .not.toContain("script-src 'self' 'unsafe-inline'");
    // Plain http here: HSTS is only sent over https.
    expect(headers['strict-transport-security']).withContext(what).toBeUndefined();
  }

  it('are on API answers, successful or not, which are also never cached', async () => {
    const { manager } = await createClinicWithStaff(t.repositories);
    const cookie = await signIn(t.app, manager.email);
    const answers = {
      health: await call(t.app, 'GET', '/api/health'),
      'team list': await call(t.app, 'GET', '/api/team', { cookie }),
      'signed-out 401': await call(t.app, 'GET', '/api/auth/me'),
      'validation 400': await call(t.app, 'POST', '/api/auth/login', { body: {} }),
      'bad origin 403': await call(t.app, 'POST', '/api/auth/logout', {
        origin: 'https://evil.example',
      }),
      'unknown 404': await call(t.app, 'GET', '/api/unknown'),
    };
    for (const [what, response] of Object.entries(answers)) {
      expectSecurityHeaders(response.headers, what);
      expect(response.headers['cache-control']).withContext(what).toBe('no-store');
    }
  });

  it('are on the SPA: index, deep link and static file', async () => {
    for (const path of ['/', '/patients/7', '/main-7KQ2XZ4M.js']) {
      const response = await call(t.app, 'GET', path);
      expect(response.statusCode).toBe(200);
      expectSecurityHeaders(response.headers, path);
    }
  });
});

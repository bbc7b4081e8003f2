import { createClinicWithStaff, staffPassword } from './support/fixtures';
import { call, testOrigin } from './support/http';
import { useTestApp } from './support/test-app';

const badOrigin = jasmine.objectContaining({ error: 'bad_origin' });

describe('origin check on state-changing API requests', () => {
  const t = useTestApp();

  const login = async (options: { origin?: string | null; headers?: Record<string, string> }) => {
    const { therapist } = await createClinicWithStaff(t.repositories);
    return call(t.app, 'POST', '/api/auth/login', {
      body: { email: therapist.email, password: staffPassword },
      ...options,
    });
  };

  it('accepts an Origin equal to the server origin', async () => {
    expect((await login({})).statusCode).toBe(200);
  });

  it('refuses a request with neither Origin nor Referer', async () => {
    const response = await login({ origin: null });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual(badOrigin);
  });

  for (const origin of [
    'https://evil.example',
    'https://stride.test',
    'http://stride.test:8080',
    'null',
  ]) {
    it(`refuses Origin ${origin}`, async () => {
      const response = await login({ origin });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual(badOrigin);
    });
  }

  it('falls back to a matching Referer when Origin is absent', async () => {
    const response = await login({
      origin: null,
      headers: { referer: `${testOrigin}/sign-in?returnTo=%2Fteam` },
    });
    expect(response.statusCode).toBe(200);
  });

  it('refuses a foreign Referer', async () => {
    const response = await login({
      origin: null,
      headers: { referer: 'https://evil.example/page' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('goes by Origin when both are present', async () => {
    const response = await login({
      origin: 'https://evil.example',
      headers: { referer: `${testOrigin}/` },
    });
    expect(response.statusCode).toBe(403);
  });

  it('checks PUT before anything else, even before sign-in', async () => {
    const response = await call(
      t.app,
      'PUT',
      '/api/team/5b0c3cf4-1a44-4c55-9b1a-0f1e7f1e8e11/active',
      {
        origin: null,
        body: { active: false },
      },
    );
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual(badOrigin);
  });

  it('lets reads through without an Origin', async () => {
    expect((await call(t.app, 'GET', '/api/health', { origin: null })).statusCode).toBe(200);
  });
});

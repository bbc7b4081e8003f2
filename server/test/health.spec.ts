import { readFileSync } from 'node:fs';
import { call } from './support/http';
import { useTestApp } from './support/test-app';

describe('GET /api/health', () => {
  const t = useTestApp();

  it('says ok, which database it runs on and the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const response = await call(t.app, 'GET', '/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      db: process.env['TEST_PG_ADMIN_URL'] ? 'postgres' : 'pglite',
      version,
    });
  });

  it('needs no sign-in and no Origin', async () => {
    const response = await call(t.app, 'GET', '/api/health', { origin: null });
    expect(response.statusCode).toBe(200);
  });
});

import { buildApp, type App } from '../app';
import type { DatabaseHandle } from '../db/database';
import { call } from './support/http';
import { openTestDatabase } from './support/test-database';

describe('API error answers', () => {
  let database: DatabaseHandle;
  let app: App;
  let logged: string[];

  beforeAll(async () => {
    database = await openTestDatabase();
  }, 60_000);
  afterAll(() => database.close(), 60_000);

  beforeEach(async () => {
    logged = [];
    const stream = { write: (line: string) => void logged.push(line) };
    app = buildApp({
      config: { sessionIdleMinutes: 30 },
      database,
      ownsDatabase: false,
      logger: { level: 'error', stream },
    });
    // A route that fails the way a bug would, carrying a detail that must not reach the browser.
    app.get('/api/broken', async () => {
      throw new Error('relation "patients" does not exist at 10.0.0.5');
    });
    await app.ready();
  });
  afterEach(() => app.close());

  it('answers an unknown API path with 404 not_found', async () => {
    const response = await call(app, 'DELETE', '/api/patients/7');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: 'not_found',
      message: 'Nothing is at DELETE /api/patients/7.',
    });
  });

  it('hides the details of an unexpected failure and logs them', async () => {
    const response = await call(app, 'GET', '/api/broken');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: 'internal_error',
      message: 'Something went wrong on our side. Try again in a moment.',
    });
    expect(response.body).not.toContain('patients');
    expect(logged.join('')).toContain('relation \\"patients\\" does not exist');
  });

  it("answers Fastify's own request errors in the ApiError shape", async () => {
    const response = await call(app, 'POST', '/api/auth/login', {
      body: '<login email="x"/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({
      error: 'unsupported_media_type',
      message: jasmine.any(String),
    });
  });
});

import { call } from './support/http';
import { fakeSpaBuild, spaIndexHtml } from './support/spa-build';
import { useTestApp } from './support/test-app';

describe('serving the SPA', () => {
  const build = fakeSpaBuild();
  afterAll(() => build.remove());

  describe('with a build', () => {
    const t = useTestApp({ spaRoot: build.root });

    it('serves index.html at / and makes the browser revalidate it', async () => {
      const response = await call(t.app, 'GET', '/');
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(spaIndexHtml);
      expect(response.headers['cache-control']).toBe('no-cache');
    });

    for (const path of ['/patients/42', '/team', '/sign-in?returnTo=%2Fpatients']) {
      it(`answers the deep link ${path} with index.html`, async () => {
        const response = await call(t.app, 'GET', path);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toContain('text/html');
        expect(response.body).toBe(spaIndexHtml);
        expect(response.headers['cache-control']).toBe('no-cache');
      });
    }

    it('lets the browser keep hashed files for a year', async () => {
      for (const path of ['/main-7KQ2XZ4M.js', '/media/roboto-latin-400-normal-AB12CD34.woff2']) {
        const response = await call(t.app, 'GET', path);
        expect(response.statusCode).toBe(200);
        expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      }
    });

    it('makes the browser revalidate files without a hash', async () => {
      const response = await call(t.app, 'GET', '/favicon.ico');
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
    });

    it('answers an unknown API path with JSON 404, never the app', async () => {
      for (const path of ['/api/nope', '/api', '/api/auth/nope?x=1']) {
        const response = await call(t.app, 'GET', path);
        expect(response.statusCode).withContext(path).toBe(404);
        expect(response.json()).toEqual(jasmine.objectContaining({ error: 'not_found' }));
        expect(response.headers['cache-control']).withContext(path).toBe('no-store');
      }
    });

    it('answers a POST to a page path with JSON 404', async () => {
      const response = await call(t.app, 'POST', '/patients/42', { body: {} });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(jasmine.objectContaining({ error: 'not_found' }));
    });
  });

  describe('without a build', () => {
    const t = useTestApp({ spaRoot: '/nonexistent/stride-rx/browser' });

    it('still serves the API', async () => {
      expect((await call(t.app, 'GET', '/api/health')).statusCode).toBe(200);
    });

    it('answers pages with JSON 404', async () => {
      const response = await call(t.app, 'GET', '/patients');
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(jasmine.objectContaining({ error: 'not_found' }));
    });
  });
});

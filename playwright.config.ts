import { defineConfig } from '@playwright/test';
import { e2eServers } from './e2e/support/servers';

/**
 * Journeys run against the real server (real HTTP, a real PGlite database in a throwaway folder)
 * serving the production SPA build, in Debian Chromium. `npm test` builds the SPA first;
 * alone: `npx ng build && npm run test:e2e`.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  // A journey is a user's whole task (a patient created, found, edited and discharged) with an axe scan at
  // each step: 60 s leaves room on a busy 2-core machine; each expectation keeps its own 5 s limit.
  timeout: 60_000,
  reporter: [
    ['list'],
    ['./e2e/support/counts-reporter.ts'],
    ['./e2e/support/failure-page-reporter.ts'],
  ],
  use: {
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'journeys', testIgnore: /idle-expiry/, use: { baseURL: e2eServers.main.url } },
    { name: 'idle-expiry', testMatch: /idle-expiry/, use: { baseURL: e2eServers.shortIdle.url } },
  ],
  webServer: [e2eServers.main, e2eServers.shortIdle].map((server) => ({
    command: `rm -rf '${server.dataDir}' && node dist/server/main.cjs`,
    url: `${server.url}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: server.env,
  })),
});

import { join } from 'node:path';

function server(port: number, extraEnv: Record<string, string> = {}) {
  // A fresh embedded database per run (the start command empties the folder); the demo clinic is seeded at start-up.
  const dataDir = join(process.cwd(), 'test-results', `e2e-data-${port}`);
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    env: { PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'test', DATA_DIR: dataDir, ...extraEnv },
  };
}

/**
 * Two servers: the journeys' server with the default idle limit, and one whose sessions
 * expire after 6 s of inactivity so the idle-expiry journey needs no clock tricks.
 */
// E2E_PORT moves both servers (E2E_PORT and E2E_PORT + 1), so two checkouts can run their journeys at once.
const firstPort = Number(process.env['E2E_PORT'] ?? 4310);

export const e2eServers = {
  main: server(firstPort),
  shortIdle: server(firstPort + 1, { SESSION_IDLE_MINUTES: '0.1' }),
};

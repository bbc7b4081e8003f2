/**
 * `npm run bench`: measures what the issues set targets for and writes bench/results.json.
 * Builds the production SPA first (the build itself is not timed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBundle } from './bundle-size';
import { measureLogins } from './login-latency';
import { median } from './percentiles';
import { startServer } from './server-process';

const port = 4390;

async function coldStarts(runs: number) {
  const firstStart: number[] = [];
  const restart: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'stride-bench-'));
    const env = { DATA_DIR: dataDir, NODE_ENV: 'development' };
    // First start: create the database, migrate, seed the demo clinic.
    let server = await startServer(port, env);
    firstStart.push(server.msToHealthy);
    await server.stop();
    // Restart on an existing folder: what a clinic sees after a reboot.
    server = await startServer(port, env);
    restart.push(server.msToHealthy);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { runs, firstStartMedianMs: median(firstStart), restartMedianMs: median(restart), firstStart, restart };
}

async function main(): Promise<void> {
  console.log('bench: production build');
  execFileSync('npx', ['ng', 'build'], { stdio: 'inherit', timeout: 600_000 });
  const bundle = measureBundle(join('dist', 'stride-rx', 'browser'));

  console.log('bench: server cold start');
  const coldStart = await coldStarts(3);

  console.log('bench: 200 sign-ins');
  const dataDir = mkdtempSync(join(tmpdir(), 'stride-bench-'));
  const server = await startServer(port, { DATA_DIR: dataDir, NODE_ENV: 'development' });
  let login;
  try {
    login = await measureLogins(server.url, 'therapist1@demo.test', 'stride-demo', 200);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    bundle,
    serverColdStart: { database: 'pglite', ...coldStart },
    login: { database: 'pglite', ...login },
    targets: {
      initialJsGzipBytes: { target: 120 * 1024, measured: bundle.initial.jsGzipBytes },
      coldStartMs: { target: 3000, measured: coldStart.restartMedianMs, firstStartMs: coldStart.firstStartMedianMs },
    },
  };
  writeFileSync(join('bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(JSON.stringify(results.targets, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

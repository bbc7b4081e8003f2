/**
 * Starts Stride Rx: configuration → database (opened, migrated, demo-seeded outside production, derived caseload
 * data brought up to date) → API →
 * the built SPA → listen. `npm start` builds the SPA and bundles this file
 * (esbuild, dependencies left in node_modules) to dist/server/main.cjs, which skips compiling TypeScript at
 * start (about 40 % faster to healthy than tsx in one measurement here); `npm run server` runs the sources.
 */
import { join } from 'node:path';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { buildApp, type App } from './app';
import { refreshFlaggedWeeks } from './caseload/flagged-weeks';
import { systemClock } from './clock';
import { ConfigError, parseConfig, type Config } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { openDatabase } from './db/open-database';
import { createRepositories } from './plugins/repositories';
import { spa } from './plugins/spa';
import { projectRoot } from './project-root';
import { seedDemoClinic, type DemoSeed } from './seed/demo-clinic';

const spaRoot = join(projectRoot, 'dist/stride-rx/browser');

async function start(): Promise<void> {
  const config = parseConfig(process.env);
  const database = await openDatabase(config);
  let app: App;
  try {
    await database.migrate();
    if (config.nodeEnv !== 'production') {
      const seeded = await seedDemoClinic(createRepositories(database.db, systemClock));
      if (seeded) printDemoLogins(seeded, config);
    }
    // The flagged weeks of runs written since the last start (or of a whole log after migration 0010), before
    // the first dashboard view has to compute them.
    const refreshed = await refreshFlaggedWeeks(database.db);
    if (refreshed) console.log(`Stride Rx: computed the flagged running weeks of ${refreshed} patients.`);
    app = buildApp({
      config,
      database,
      logger: {
        level: config.nodeEnv === 'test' ? 'warn' : 'info',
        // Fastify's own request line minus the query string: the patient list's `q` is part of a name.
        serializers: {
          req: (request) => ({
            method: request.method,
            url: request.url?.split('?')[0],
            host: request.host,
            remoteAddress: request.ip,
            remotePort: request.socket?.remotePort,
          }),
        },
      },
    });
  } catch (error) {
    await database.close();
    throw error;
  }

  try {
    await app.register(spa, { root: spaRoot });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    throw error;
  }
  app.log.info(
    `Stride Rx ${config.nodeEnv} on ${database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'}`,
  );

  // Close cleanly on Ctrl-C and on `kill`: in-flight requests finish, PGlite flushes and frees its folder.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Stride Rx did not close cleanly:', error);
          process.exit(1);
        },
      );
    });
  }
}

function printDemoLogins(seed: DemoSeed, config: Config): void {
  const width = Math.max(...seed.logins.map((l) => l.email.length));
  console.log(
    [
      `Seeded "${seed.clinicName}" for trying Stride Rx. Sign in at http://localhost:${config.port} as`,
      ...seed.logins.map(
        (l) => `  ${l.email.padEnd(width)}  ${l.role.padEnd(9)}  ${l.displayName}`,
      ),
      `with the password "${seed.password}".`,
    ].join('\n'),
  );
}

/**
 * One line for the operator: configuration, a locked folder, and system errors (port in use, database
 * unreachable or refusing the login) say what is wrong in their message. Anything else looks like a bug:
 * show its stack.
 */
function whyItCannotStart(error: unknown): string {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) return error.message;
  if (error instanceof DrizzleQueryError && error.cause)
    return `cannot use the database: ${whyItCannotStart(error.cause)}`;
  if (!(error instanceof Error)) return String(error);
  const { code } = error as NodeJS.ErrnoException;
  // Connecting to "localhost" tries ::1 and 127.0.0.1 and fails with an AggregateError that has no message.
  return code ? error.message || code : (error.stack ?? error.message);
}

start().catch((error: unknown) => {
  console.error(`Stride Rx cannot start: ${whyItCannotStart(error)}`);
  process.exit(1);
});

import { buildApp, type App } from '../../app';
import type { DatabaseHandle } from '../../db/database';
import type { PdfPrinter } from '../../handouts/pdf-printer';
import { createRepositories, type Repositories } from '../../plugins/repositories';
import { spa } from '../../plugins/spa';
import { FakeClock } from './fake-clock';
import { openTestDatabase } from './test-database';

export interface TestAppOptions {
  sessionIdleMinutes?: number;
  /** Serve an SPA build from this folder, as main.ts does with dist/stride-rx/browser. */
  spaRoot?: string;
  /** The handout PDF printer (default: the system's Chromium). */
  pdfPrinter?: PdfPrinter;
}

/** An app on `database` with a fake clock, ready for `inject()`. It leaves the database open when it closes. */
export async function startTestApp(
  database: DatabaseHandle,
  options: TestAppOptions = {},
): Promise<{ app: App; clock: FakeClock }> {
  const clock = new FakeClock();
  const app = buildApp({
    config: { sessionIdleMinutes: options.sessionIdleMinutes ?? 30 },
    database,
    ownsDatabase: false,
    now: clock.now,
    pdfPrinter: options.pdfPrinter,
  });
  if (options.spaRoot) await app.register(spa, { root: options.spaRoot });
  await app.ready();
  return { app, clock };
}

export interface TestContext {
  /** The suite's database: fresh for each describe() that calls useTestApp(). */
  database: DatabaseHandle;
  /** Repositories on that database, for arranging data and checking what was stored. */
  repositories: Repositories;
  /** A new app for every spec, so in-memory state (sign-in throttle, clock) never leaks between specs. */
  app: App;
  clock: FakeClock;
}

/**
 * Call inside a describe(): opens a fresh database for the suite (PGlite, or PostgreSQL when
 * TEST_PG_ADMIN_URL is set), builds a fresh app before each spec, and throws it all away afterwards.
 * Specs share the suite's database and run in random order, so each arranges its own clinic (fixtures.ts).
 */
export function useTestApp(options: TestAppOptions = {}): TestContext {
  const context = {} as TestContext;
  beforeAll(async () => {
    context.database = await openTestDatabase();
    context.repositories = createRepositories(context.database.db, () => new Date());
  }, 60_000);
  afterAll(async () => {
    await context.database?.close();
  }, 60_000);
  beforeEach(async () => {
    Object.assign(context, await startTestApp(context.database, options));
  });
  afterEach(async () => {
    await context.app?.close();
  });
  return context;
}

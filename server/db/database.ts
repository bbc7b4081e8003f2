import { join } from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { projectRoot } from '../project-root';
import type * as schema from './schema';

/**
 * The one client type repositories use, whichever driver is underneath.
 * Deliberately not a union of the two driver types: a union loses `.returning()`.
 */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

/** An open database plus what its owner needs: migrate it, check it answers, close it. */
export interface DatabaseHandle {
  readonly kind: DatabaseKind;
  readonly db: Database;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The SQL drizzle-kit generated from schema.ts; both drivers apply the same files. */
export const migrationsFolder = join(projectRoot, 'server/db/migrations');

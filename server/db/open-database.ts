import type { DatabaseHandle } from './database';
import { openPgliteFolder } from './pglite';
import { openPostgres } from './postgres';

export interface DatabaseTarget {
  /** The app's data folder; PGlite keeps its files in `<dataDir>/pglite`. */
  dataDir: string;
  /** When set, PostgreSQL at this URL is used instead of PGlite. */
  databaseUrl?: string;
}

/** Opens the database the configuration names; the caller owns it and must close it. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.databaseUrl ? openPostgres(target.databaseUrl) : openPgliteFolder(target.dataDir);
}

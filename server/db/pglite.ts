import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { lockDataDir } from './data-dir-lock';
import { migrationsFolder, type DatabaseHandle } from './database';
import * as schema from './schema';

/** Opens (creating it the first time) the embedded database in `<dataDir>/pglite`, for this process only. */
export async function openPgliteFolder(dataDir: string): Promise<DatabaseHandle> {
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true });
  const unlock = lockDataDir(join(folder, 'pglite.lock'));
  try {
    const client = new PGlite(join(folder, 'pglite'));
    await client.waitReady;
    const handle = pgliteDatabase(client);
    return {
      ...handle,
      async close() {
        await handle.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Wraps an open PGlite (a folder, or in memory for specs). Closing the handle closes the client. */
export function pgliteDatabase(client: PGlite): DatabaseHandle {
  const db = drizzle({ client, schema });
  return {
    kind: 'pglite',
    db,
    migrate: () => migrate(db, { migrationsFolder }),
    ping: async () => void (await db.execute(sql`select 1`)),
    close: () => client.close(),
  };
}

import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { Pool } from 'pg';
import { migrationsFolder, type DatabaseHandle } from './database';
import * as schema from './schema';

export function openPostgres(databaseUrl: string): DatabaseHandle {
  return postgresDatabase(new Pool({ connectionString: databaseUrl }));
}

/** Wraps a node-postgres pool. Closing the handle ends the pool. */
export function postgresDatabase(pool: Pool): DatabaseHandle {
  // An idle pooled connection that drops (a PostgreSQL restart) emits 'error'; unhandled, that would end
  // the process. The pool replaces the connection on the next query, so a log line is enough.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const db = drizzle({ client: pool, schema });
  return {
    kind: 'postgres',
    db,
    migrate: () => migrate(db, { migrationsFolder }),
    ping: async () => void (await db.execute(sql`select 1`)),
    close: () => pool.end(),
  };
}

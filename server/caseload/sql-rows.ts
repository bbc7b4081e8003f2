import type { SQL } from 'drizzle-orm';
import type { Database } from '../db/database';

/**
 * The rows of a hand-written statement. Both drivers answer `execute` with `{ rows }`, but the client type shared
 * by them (database.ts) cannot say so: the one cast is here.
 */
export async function rowsOf<T>(db: Database, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

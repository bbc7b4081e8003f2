import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Client, Pool } from 'pg';
import type { DatabaseHandle } from '../../db/database';
import { pgliteDatabase } from '../../db/pglite';
import { postgresDatabase } from '../../db/postgres';

/**
 * A fresh, migrated database that nobody else uses. Closing it throws it away.
 *  - by default, an in-memory PGlite;
 *  - when TEST_PG_ADMIN_URL is set (`npm run test:node:pg`), a new PostgreSQL database `stride_test_<random>`
 *    created through that URL; closing it ends its connections and drops it.
 */
export function openTestDatabase(): Promise<DatabaseHandle> {
  const adminUrl = process.env['TEST_PG_ADMIN_URL'];
  return adminUrl ? openPostgresTestDatabase(adminUrl) : openPgliteTestDatabase();
}

// A new PGlite runs initdb (about 4 s here); loading a copy of a migrated one takes about 1 s.
// So each process migrates one template and every suite starts from a copy of it.
let pgliteTemplate: Promise<Blob> | undefined;

async function openPgliteTestDatabase(): Promise<DatabaseHandle> {
  pgliteTemplate ??= migratedPgliteDump();
  const client = new PGlite({ loadDataDir: await pgliteTemplate });
  await client.waitReady;
  return pgliteDatabase(client);
}

async function migratedPgliteDump(): Promise<Blob> {
  const client = new PGlite();
  try {
    await pgliteDatabase(client).migrate();
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

async function openPostgresTestDatabase(adminUrl: string): Promise<DatabaseHandle> {
  const name = `stride_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, (admin) => admin.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = postgresDatabase(new Pool({ connectionString: url.toString() }));
  const drop = async () => {
    await handle.close();
    await asAdmin(adminUrl, async (admin) => {
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      await admin.query(`drop database if exists ${name}`);
    });
  };
  try {
    await handle.migrate();
  } catch (error) {
    await drop();
    throw error;
  }
  return { ...handle, close: drop };
}

async function asAdmin(adminUrl: string, work: (admin: Client) => Promise<unknown>): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

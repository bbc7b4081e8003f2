import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new SQL migration for every change to the schema; commit the SQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
});

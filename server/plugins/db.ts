import fp from 'fastify-plugin';
import type { DatabaseHandle } from '../db/database';

declare module 'fastify' {
  interface FastifyInstance {
    /** The open database. Routes reach data through the repositories, never through this. */
    database: DatabaseHandle;
  }
}

export interface DbPluginOptions {
  database: DatabaseHandle;
  /** Close the database when the app closes: true when the app owns it (the server process). */
  closeOnAppClose: boolean;
}

export const dbPlugin = fp<DbPluginOptions>(
  async (app, { database, closeOnAppClose }) => {
    app.decorate('database', database);
    if (closeOnAppClose) app.addHook('onClose', () => database.close());
  },
  { name: 'db' },
);

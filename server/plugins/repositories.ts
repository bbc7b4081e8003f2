import fp from 'fastify-plugin';
import { AuditLog } from '../audit/repository';
import { SessionsRepository } from '../auth/repository';
import type { Clock } from '../clock';
import { ClinicsRepository } from '../clinics/repository';
import type { Database } from '../db/database';
import { PatientsRepository } from '../patients/repository';
import { UsersRepository } from '../users/repository';

declare module 'fastify' {
  interface FastifyInstance {
    clinics: ClinicsRepository;
    users: UsersRepository;
    sessions: SessionsRepository;
    audit: AuditLog;
    patients: PatientsRepository;
  }
}

/** Every repository on one database. The app decorates itself with these; the seed and the CLI use them directly. */
export function createRepositories(db: Database, now: Clock) {
  return {
    clinics: new ClinicsRepository(db),
    users: new UsersRepository(db, now),
    sessions: new SessionsRepository(db),
    audit: new AuditLog(db, now),
    patients: new PatientsRepository(db, now),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

export const repositoriesPlugin = fp<{ now: Clock }>(
  async (app, { now }) => {
    const repositories = createRepositories(app.database.db, now);
    app.decorate('clinics', repositories.clinics);
    app.decorate('users', repositories.users);
    app.decorate('sessions', repositories.sessions);
    app.decorate('audit', repositories.audit);
    app.decorate('patients', repositories.patients);
  },
  { name: 'repositories', dependencies: ['db'] },
);

import fp from 'fastify-plugin';
import { AuditLog } from '../audit/repository';
import { SessionsRepository } from '../auth/repository';
import { CaseloadRepository } from '../caseload/repository';
import type { Clock } from '../clock';
import { ClinicsRepository } from '../clinics/repository';
import type { Database } from '../db/database';
import { ExercisesRepository } from '../exercises/repository';
import { HandoutsRepository } from '../handouts/handouts-repository';
import { PatientsRepository } from '../patients/repository';
import { CrossTrainingRepository } from '../cross-training/plans-repository';
import { ProgramsRepository } from '../programs/programs-repository';
import { TemplatesRepository } from '../programs/templates-repository';
import { RunningPlansRepository } from '../running/plans-repository';
import { RunsRepository } from '../running/runs-repository';
import { UsersRepository } from '../users/repository';

declare module 'fastify' {
  interface FastifyInstance {
    clinics: ClinicsRepository;
    users: UsersRepository;
    sessions: SessionsRepository;
    audit: AuditLog;
    patients: PatientsRepository;
    runningPlans: RunningPlansRepository;
    runs: RunsRepository;
    exercises: ExercisesRepository;
    programs: ProgramsRepository;
    templates: TemplatesRepository;
    crossTraining: CrossTrainingRepository;
    caseload: CaseloadRepository;
    handouts: HandoutsRepository;
  }
}

/** Every repository on one database. The app decorates itself with these; the seed and the CLI use them directly. */
export function createRepositories(db: Database, now: Clock) {
  return {
    clinics: new ClinicsRepository(db, now),
    users: new UsersRepository(db, now),
    sessions: new SessionsRepository(db),
    audit: new AuditLog(db, now),
    patients: new PatientsRepository(db, now),
    runningPlans: new RunningPlansRepository(db, now),
    runs: new RunsRepository(db, now),
    exercises: new ExercisesRepository(db, now),
    programs: new ProgramsRepository(db, now),
    templates: new TemplatesRepository(db, now),
    crossTraining: new CrossTrainingRepository(db, now),
    caseload: new CaseloadRepository(db, now),
    handouts: new HandoutsRepository(db, now),
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
    app.decorate('runningPlans', repositories.runningPlans);
    app.decorate('runs', repositories.runs);
    app.decorate('exercises', repositories.exercises);
    app.decorate('programs', repositories.programs);
    app.decorate('templates', repositories.templates);
    app.decorate('crossTraining', repositories.crossTraining);
    app.decorate('caseload', repositories.caseload);
    app.decorate('handouts', repositories.handouts);
  },
  { name: 'repositories', dependencies: ['db'] },
);

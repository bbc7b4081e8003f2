import type { Role } from '@domain/contracts/users';
import { hashPassword } from '../auth/passwords';
import { systemClock, type Clock } from '../clock';
import type { Repositories } from '../plugins/repositories';
import { demoPatientRows } from './demo-patients';
import { demoCrossTraining } from './demo-cross-training';
import { demoPrograms } from './demo-programs';
import { demoRunning } from './demo-running';

/** Every demo account signs in with this password (the README lists the logins). */
export const demoPassword = 'stride-demo';

const demoClinic = {
  name: 'Demo Clinic',
  address: '1420 Riverside Avenue, Suite 200, Portland, OR 97214',
  // 555-01xx numbers are reserved for fiction: this one can never ring anybody.
  phone: '(503) 555-0142',
};

export const demoStaff: { email: string; displayName: string; role: Role }[] = [
  { email: 'manager@demo.test', displayName: 'Dana Whitfield', role: 'manager' },
  { email: 'therapist1@demo.test', displayName: 'Priya Raman', role: 'therapist' },
  { email: 'therapist2@demo.test', displayName: 'Marcus Bell', role: 'therapist' },
  { email: 'therapist3@demo.test', displayName: 'Elena Torres', role: 'therapist' },
];

export interface DemoSeed {
  clinicName: string;
  password: string;
  logins: { email: string; displayName: string; role: Role }[];
}

/**
 * Fills an empty database with a clinic to explore: never in production (the caller checks NODE_ENV),
 * never when any clinic exists, so running it at every start-up is safe. Returns what it created, or
 * undefined when it did nothing. Later features append their demo records as further steps below.
 * Patients' dates count back from `now`.
 */
export async function seedDemoClinic(
  repositories: Pick<
    Repositories,
    'clinics' | 'users' | 'patients' | 'runningPlans' | 'runs' | 'programs' | 'crossTraining'
  >,
  now: Clock = systemClock,
): Promise<DemoSeed | undefined> {
  if ((await repositories.clinics.list()).length > 0) return undefined;

  const clinic = await repositories.clinics.create(demoClinic);
  // One hash for every demo account: each argon2id hash costs ~50 ms of a cold start.
  const passwordHash = await hashPassword(demoPassword);
  const therapistIds: string[] = [];
  for (const member of demoStaff) {
    const user = await repositories.users.create({ ...member, clinicId: clinic.id, passwordHash });
    if (user?.role === 'therapist') therapistIds.push(user.id);
  }

  const [first, second, third] = therapistIds;
  const at = now();
  const patientRows = demoPatientRows(clinic.id, [first, second, third], at);
  await repositories.patients.createMany(patientRows);

  // Running plans and run logs, for the patients just stored (found again by name: names are unique here).
  const { items } = await repositories.patients.list(
    { clinicId: clinic.id },
    { page: 1, pageSize: 100, sort: 'name', direction: 'asc' },
  );
  const idOf = new Map(items.map((p) => [`${p.firstName} ${p.lastName}`, p.id]));
  const stored = patientRows.map((p) => ({ ...p, id: idOf.get(`${p.firstName} ${p.lastName}`)! }));
  const { plans, runs } = demoRunning(stored, at);
  for (const plan of plans) {
    const scope = { clinicId: plan.clinicId };
    const by = { userId: plan.therapistId, at: plan.savedAt };
    await repositories.runningPlans.create(scope, plan.patientId, plan.content, undefined, by);
    if (plan.edit) {
      await repositories.runningPlans.saveWeeks(scope, plan.patientId, 1, plan.edit, {
        userId: plan.therapistId,
        at: plan.edit.savedAt,
      });
    }
  }
  await repositories.runs.createMany(runs);

  // Strength programs: each version saved as the API saves it, so each follows the one before.
  for (const program of demoPrograms(stored, at)) {
    const scope = { clinicId: program.clinicId };
    for (const [i, version] of program.versions.entries()) {
      const saved = await repositories.programs.save(scope, program.patientId, i, () => version, {
        userId: program.therapistId,
        at: version.savedAt,
      });
      if (!saved.saved) throw new Error(`demo program not saved: ${saved.refused}`);
    }
  }

  // Cross-training plans, saved version by version like the programs.
  for (const plan of demoCrossTraining(stored, at)) {
    const scope = { clinicId: plan.clinicId };
    for (const [i, version] of plan.versions.entries()) {
      const saved = await repositories.crossTraining.save(scope, plan.patientId, i, () => version, {
        userId: plan.therapistId,
        at: version.savedAt,
      });
      if (!saved.saved) throw new Error(`demo cross-training plan not saved: ${saved.refused}`);
    }
  }

  return { clinicName: clinic.name, password: demoPassword, logins: demoStaff };
}

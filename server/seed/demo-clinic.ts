import type { Role } from '@domain/contracts/users';
import { hashPassword } from '../auth/passwords';
import { systemClock, type Clock } from '../clock';
import type { Repositories } from '../plugins/repositories';
import { demoPatientRows } from './demo-patients';

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
  repositories: Pick<Repositories, 'clinics' | 'users' | 'patients'>,
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
  await repositories.patients.createMany(demoPatientRows(clinic.id, [first, second, third], now()));

  return { clinicName: clinic.name, password: demoPassword, logins: demoStaff };
}

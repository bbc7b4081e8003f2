import * as z from 'zod';
import { displayName, emailAddress, newPassword, role } from '@domain/contracts/users';
import { hashPassword } from '../auth/passwords';
import type { Clinic } from '../clinics/repository';
import type { Repositories } from '../plugins/repositories';
import type { User } from '../users/repository';

/** A problem the person at the terminal can fix; its message is the one line they see. */
export class CliError extends Error {}

export interface AccountOptions {
  email?: string;
  role?: string;
  name?: string;
  /** Names the clinic: required when the database has none yet, or more than one. */
  clinic?: string;
}

/** Where audit events from the command line say they came from. */
export const commandLineAddress = 'command line';

const accountOptions = z.object({ '--email': emailAddress, '--role': role, '--name': displayName });

/**
 * Creates a staff account from the command line, and the clinic too when the database has none: how a
 * production installation gets its first manager. Same rules and audit records as the Team page.
 * Everything that can be checked is checked before `askPassword` is called, so nobody types a password
 * twice only to learn the email was mistyped.
 */
export async function createAccount(
  repositories: Repositories,
  options: AccountOptions,
  askPassword: () => Promise<string>,
): Promise<{ user: User; clinic: Clinic; clinicCreated: boolean }> {
  const parsed = accountOptions.safeParse({
    '--email': options.email,
    '--role': options.role,
    '--name': options.name,
  });
  if (!parsed.success) throw new CliError(describe(parsed.error.issues));
  const { '--email': email, '--role': chosenRole, '--name': name } = parsed.data;

  const choice = await chooseClinic(repositories, options.clinic?.trim());
  if (await repositories.users.findForSignIn(email)) throw emailTaken(email);

  const password = newPassword.safeParse(await askPassword());
  if (!password.success) throw new CliError(`password: ${describe(password.error.issues)}`);

  const clinicCreated = 'newClinicName' in choice;
  const clinic = clinicCreated
    ? await repositories.clinics.create({ name: choice.newClinicName, address: null, phone: null })
    : choice.clinic;
  const user = await repositories.users.create({
    clinicId: clinic.id,
    email,
    displayName: name,
    role: chosenRole,
    passwordHash: await hashPassword(password.data),
  });
  if (!user) throw emailTaken(email);

  const fromCommandLine = {
    clinicId: clinic.id,
    actorUserId: null,
    clientAddress: commandLineAddress,
  };
  if (clinicCreated) {
    await repositories.audit.record({
      ...fromCommandLine,
      action: 'clinic.created',
      recordType: 'clinic',
      recordId: clinic.id,
    });
  }
  await repositories.audit.record({
    ...fromCommandLine,
    action: 'team.member_created',
    recordType: 'user',
    recordId: user.id,
    detail: { email: user.email, role: user.role },
  });
  return { user, clinic, clinicCreated };
}

/** The clinic the account joins, or, when the database has none yet, the name of the one to create. */
async function chooseClinic(
  repositories: Repositories,
  name: string | undefined,
): Promise<{ clinic: Clinic } | { newClinicName: string }> {
  const clinics = await repositories.clinics.list();
  const names = clinics.map((c) => `"${c.name}"`).join(', ');
  if (clinics.length === 0) {
    if (!name)
      throw new CliError('The database has no clinic yet: name it with --clinic "Clinic name".');
    return { newClinicName: name };
  }
  if (!name) {
    if (clinics.length === 1) return { clinic: clinics[0] };
    throw new CliError(`Say which clinic with --clinic: ${names}.`);
  }
  const clinic = clinics.find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (!clinic) throw new CliError(`No clinic is called "${name}". The clinics are ${names}.`);
  return { clinic };
}

function describe(issues: z.core.$ZodIssue[]): string {
  return issues
    .map((i) => (i.path.length ? `${String(i.path[0])}: ${i.message}` : i.message))
    .join(' ');
}

function emailTaken(email: string): CliError {
  return new CliError(`An account with the email ${email} already exists.`);
}

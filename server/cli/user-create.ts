/**
 * `npm run user:create -- --email E --role manager|therapist --name "Full Name" [--clinic "Clinic name"]`
 * Creates a staff account in the database the server uses (same DATA_DIR / DATABASE_URL), asking for the
 * password on the terminal or reading it from stdin. With PGlite, stop the server first: one process at a time.
 */
import { parseArgs } from 'node:util';
import { systemClock } from '../clock';
import { ConfigError, parseConfig } from '../config';
import { DataDirLockedError } from '../db/data-dir-lock';
import { openDatabase } from '../db/open-database';
import { createRepositories } from '../plugins/repositories';
import { CliError, createAccount } from './create-account';
import { readPassword } from './read-password';

const usage =
  'Usage: npm run user:create -- --email E --role manager|therapist --name "Full Name" [--clinic "Clinic name"]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      clinic: { type: 'string' },
    },
  });
  const config = parseConfig(process.env);
  const database = await openDatabase(config);
  try {
    await database.migrate();
    const { user, clinic, clinicCreated } = await createAccount(
      createRepositories(database.db, systemClock),
      values,
      readPassword,
    );
    console.log(
      `Created ${user.role} ${user.displayName} <${user.email}> in ${clinicCreated ? 'the new clinic ' : ''}"${clinic.name}".`,
    );
  } finally {
    await database.close();
  }
}

function isParseArgsError(error: unknown): boolean {
  return String((error as NodeJS.ErrnoException)?.code).startsWith('ERR_PARSE_ARGS');
}

main().catch((error: unknown) => {
  const expected =
    error instanceof CliError ||
    error instanceof ConfigError ||
    error instanceof DataDirLockedError;
  const message = isParseArgsError(error)
    ? `${(error as Error).message.replace(/\.?$/, '.')} ${usage}`
    : expected
      ? (error as Error).message
      : String((error as Error)?.stack ?? error);
  console.error(`user:create: ${message}`);
  process.exitCode = 1;
});

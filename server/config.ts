import * as z from 'zod';

const nodeEnvs = ['development', 'production', 'test'] as const;

export interface Config {
  port: number;
  host: string;
  /** Where PGlite keeps its files; unused when databaseUrl is set. */
  dataDir: string;
  /** A postgres:// URL: use PostgreSQL instead of the embedded PGlite. */
  databaseUrl?: string;
  sessionIdleMinutes: number;
  nodeEnv: (typeof nodeEnvs)[number];
}

/** A configuration value the process cannot start with. The message is one line for the operator. */
export class ConfigError extends Error {}

// Each message completes "<NAME> ..." and is followed by what was given, so the operator sees both.
const envSchema = z.object({
  PORT: z
    .string()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535, {
      error: 'must be a whole number from 1 to 65535',
    })
    .transform(Number)
    .default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\/./.test(v), {
      error: 'must be a postgres:// or postgresql:// URL',
    })
    .optional(),
  SESSION_IDLE_MINUTES: z
    .string()
    .refine((v) => /^(\d+\.?\d*|\.\d+)$/.test(v) && Number(v) > 0, {
      error: 'must be a positive number of minutes, like 30 or 0.5',
    })
    .transform(Number)
    .default(30),
  NODE_ENV: z
    .enum(nodeEnvs, { error: `must be one of ${nodeEnvs.join(', ')}` })
    .default('development'),
});

/**
 * Reads the configuration from environment variables. Pure: pass `process.env` or a literal.
 * An empty variable counts as unset (compose files and CI often write `NAME=`).
 * Throws ConfigError naming every bad variable in one line.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const given = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((name) => (env[name] ? [[name, env[name]]] : [])),
  );
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name} ${issue.message} (got ${shown(name, given[name] ?? '')}).`;
    });
    throw new ConfigError(problems.join(' '));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    nodeEnv: e.NODE_ENV,
  };
}

/** A database URL may hold a password: show only its scheme. */
function shown(name: string, value: string): string {
  if (name === 'DATABASE_URL') return JSON.stringify(`${value.split(':')[0]}:…`);
  return JSON.stringify(value);
}

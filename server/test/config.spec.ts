import { ConfigError, parseConfig } from '../config';

function problemWith(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('uses the defaults when nothing is set', () => {
    expect(parseConfig({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: './data',
      databaseUrl: undefined,
      sessionIdleMinutes: 30,
      nodeEnv: 'development',
    });
  });

  it('reads every variable', () => {
    expect(
      parseConfig({
        PORT: '4310',
        HOST: '127.0.0.1',
        DATA_DIR: '/var/lib/stride',
        DATABASE_URL: 'postgresql://stride@db.internal:5432/stride',
        SESSION_IDLE_MINUTES: '0.05',
        NODE_ENV: 'production',
      }),
    ).toEqual({
      port: 4310,
      host: '127.0.0.1',
      dataDir: '/var/lib/stride',
      databaseUrl: 'postgresql://stride@db.internal:5432/stride',
      sessionIdleMinutes: 0.05,
      nodeEnv: 'production',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ PORT: '', DATABASE_URL: '' })).toEqual(
      jasmine.objectContaining({ port: 8080, databaseUrl: undefined }),
    );
  });

  for (const port of ['abc', '0', '65536', '80.5', '-1', '8080 ']) {
    it(`refuses PORT=${JSON.stringify(port)} with one line that shows the value`, () => {
      expect(problemWith({ PORT: port })).toBe(
        `PORT must be a whole number from 1 to 65535 (got ${JSON.stringify(port)}).`,
      );
    });
  }

  for (const minutes of ['0', '-5', 'ten', '1e3']) {
    it(`refuses SESSION_IDLE_MINUTES=${JSON.stringify(minutes)}`, () => {
      expect(problemWith({ SESSION_IDLE_MINUTES: minutes })).toBe(
        `SESSION_IDLE_MINUTES must be a positive number of minutes, like 30 or 0.5 (got ${JSON.stringify(minutes)}).`,
      );
    });
  }

  it('refuses a DATABASE_URL that is not PostgreSQL without printing its password', () => {
    const message = problemWith({ DATABASE_URL: 'mysql://stride:s3cret@db/stride' });
    expect(message).toBe(
      'DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql:…").',
    );
    expect(message).not.toContain('s3cret');
  });

  it('refuses an unknown NODE_ENV', () => {
    expect(problemWith({ NODE_ENV: 'prod' })).toBe(
      'NODE_ENV must be one of development, production, test (got "prod").',
    );
  });

  it('names every bad variable on a single line', () => {
    const message = problemWith({ PORT: 'abc', NODE_ENV: 'staging' });
    expect(message).toContain('PORT must');
    expect(message).toContain('NODE_ENV must');
    expect(message).not.toContain('\n');
  });
});

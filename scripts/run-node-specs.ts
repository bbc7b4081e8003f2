/**
 * Runs the Jasmine specs of domain/ and server/ on Node.
 *   (default)     domain + server specs, server specs on in-memory PGlite
 *   --postgres    server specs only, each suite on a throwaway PostgreSQL database
 *                 (TEST_PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 * Extra arguments narrow the run to spec files or folders, e.g. `npm run test:node -- domain`.
 */
import Jasmine from 'jasmine';
import { writeCounts } from './test-counts';

const args = process.argv.slice(2);
const postgres = args.includes('--postgres');
const filters = args.filter((a) => !a.startsWith('--'));

if (postgres) {
  process.env['TEST_PG_ADMIN_URL'] ??= 'postgres://postgres@127.0.0.1:5432/postgres';
} else {
  delete process.env['TEST_PG_ADMIN_URL'];
}

/** Domain specs that run in the browser under Karma instead (angular.json `test.include`), not twice. */
const karmaSpecs = ['domain/handout/dose-sentence.spec.ts'];

const runner = new Jasmine({ projectBaseDir: process.cwd() });
runner.exitOnCompletion = false;
runner.loadConfig({
  spec_dir: '.',
  spec_files: [
    ...(filters.length
      ? filters.map((f) => (f.endsWith('.ts') ? f : `${f.replace(/\/$/, '')}/**/*.spec.ts`))
      : postgres
        ? ['server/**/*.spec.ts']
        : ['domain/**/*.spec.ts', 'server/**/*.spec.ts']),
    ...karmaSpecs.map((spec) => `!${spec}`),
  ],
  random: true,
});
const counts = { passed: 0, failed: 0, skipped: 0 };
runner.addReporter({
  specDone(result) {
    if (result.status === 'passed') counts.passed++;
    else if (result.status === 'failed') counts.failed++;
    else counts.skipped++;
  },
});

async function main(): Promise<void> {
  const result = await runner.execute();
  writeCounts(postgres ? 'node-postgres' : 'node', counts);
  process.exitCode = result.overallStatus === 'passed' ? 0 : 1;
}

void main();

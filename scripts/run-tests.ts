/**
 * `npm test`: every test layer in turn, then one closing line of our own:
 *   tests: N passed, N failed[, N skipped]
 * A layer that crashes before reporting its counts counts as one failure, so a broken
 * runner can never look like a pass.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { readCounts, testResultsDir, type TestCounts } from './test-counts';

interface Layer {
  name: string;
  command: string;
  args: string[];
  minutes: number;
  /** Layers without counts files (lint, build) count as one check. */
  counted: boolean;
  env?: Record<string, string>;
}

const layers: Layer[] = [
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'], minutes: 5, counted: false },
  { name: 'node', command: 'npm', args: ['run', '--silent', 'test:node'], minutes: 5, counted: true },
  { name: 'node-postgres', command: 'npm', args: ['run', '--silent', 'test:node:pg'], minutes: 5, counted: true },
  { name: 'karma', command: 'npm', args: ['run', '--silent', 'test:karma'], minutes: 8, counted: true },
  { name: 'build', command: 'npm', args: ['run', '--silent', 'build'], minutes: 6, counted: false },
  { name: 'e2e', command: 'npm', args: ['run', '--silent', 'test:e2e'], minutes: 10, counted: true },
];

rmSync(testResultsDir, { recursive: true, force: true });

const total: TestCounts = { passed: 0, failed: 0, skipped: 0 };
const summary: string[] = [];
const started = Date.now();

for (const layer of layers) {
  console.log(`\n=== ${layer.name}: ${[layer.command, ...layer.args].join(' ')}`);
  const t0 = Date.now();
  const run = spawnSync(layer.command, layer.args, {
    stdio: 'inherit',
    timeout: layer.minutes * 60_000,
    env: { ...process.env, ...layer.env },
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  const ok = run.status === 0;
  let counts: TestCounts;
  if (layer.counted) {
    counts = readCounts(layer.name) ?? { passed: 0, failed: 1, skipped: 0 };
    // A runner that exited non-zero with no failed spec (a crash, a timeout) still fails the run.
    if (!ok && counts.failed === 0) counts = { ...counts, failed: counts.failed + 1 };
  } else {
    counts = ok ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  }
  const why = run.error ? ` (${run.error.message})` : run.signal ? ` (killed by ${run.signal})` : '';
  summary.push(
    `${layer.name.padEnd(14)} ${String(counts.passed).padStart(4)} passed ${String(counts.failed).padStart(3)} failed` +
      `${counts.skipped ? ` ${counts.skipped} skipped` : ''}  ${seconds}s${why}`,
  );
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

console.log(`\n${summary.join('\n')}\nwhole run ${((Date.now() - started) / 1000).toFixed(0)}s`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = total.failed === 0 ? 0 : 1;

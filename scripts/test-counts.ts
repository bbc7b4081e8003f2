import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What one test layer reports to the closing line of `npm test`. */
export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export const testResultsDir = join(process.cwd(), 'test-results');

export function writeCounts(layer: string, counts: TestCounts): void {
  const file = join(testResultsDir, `${layer}.counts.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(counts));
}

export function readCounts(layer: string): TestCounts | undefined {
  try {
    return JSON.parse(readFileSync(join(testResultsDir, `${layer}.counts.json`), 'utf8')) as TestCounts;
  } catch {
    return undefined;
  }
}

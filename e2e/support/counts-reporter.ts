import type { FullResult, Reporter, Suite } from '@playwright/test/reporter';
import { writeCounts } from '../../scripts/test-counts';

/** Writes the journeys' passed/failed/skipped for the closing line of `npm test`. */
export default class CountsReporter implements Reporter {
  private root?: Suite;

  onBegin(_config: unknown, suite: Suite): void {
    this.root = suite;
  }

  onEnd(_result: FullResult): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const test of this.root?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'expected') counts.passed++;
      else if (outcome === 'skipped') counts.skipped++;
      else counts.failed++; // 'unexpected', and 'flaky' too: a journey that needs a retry is not a pass
    }
    writeCounts('e2e', counts);
  }
}

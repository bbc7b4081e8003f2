import { existsSync, readFileSync } from 'node:fs';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const limit = 6000;

/**
 * Prints what the page looked like when a journey failed (Playwright's error context: the page's accessibility
 * snapshot), so a failure in CI, where the artefacts folder is not kept, can still be read from the log.
 */
export default class FailurePageReporter implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed' || result.status === 'skipped') return;
    for (const attachment of result.attachments) {
      if (attachment.name !== 'error-context') continue;
      const text =
        attachment.path && existsSync(attachment.path)
          ? readFileSync(attachment.path, 'utf8')
          : attachment.body?.toString('utf8');
      if (!text) continue;
      // The error itself is printed by the list reporter; the page snapshot is what the log lacks.
      const snapshotAt = text.indexOf('# Page snapshot');
      const page = snapshotAt >= 0 ? text.slice(snapshotAt) : text;
      const shown =
        page.length > limit
          ? `${page.slice(0, limit)}\n… (${page.length - limit} more characters)`
          : page;
      console.log(`\n--- page when "${test.title}" failed ---\n${shown}\n--- end of page ---\n`);
    }
  }
}

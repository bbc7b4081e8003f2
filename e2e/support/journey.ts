import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { demoPassword } from './demo-logins';

const screenshotDir = join(process.cwd(), 'test-results', 'screenshots');

/** Signs in through the form with the keyboard only, as a therapist at the desk would. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
}

/**
 * Fails the journey on any axe violation, listing rule, impact, the offending nodes and axe's own summary of each.
 * A page caught mid-change (a message fading in, a snack bar moving its words into its live region) is scanned again
 * once it has settled: only a violation that is still there fails, so a real one always does.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await settle(page);
  let { violations } = await new AxeBuilder({ page }).analyze();
  if (violations.length) {
    await page.waitForTimeout(500);
    await settle(page);
    ({ violations } = await new AxeBuilder({ page }).analyze());
  }
  const described = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ` +
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('; '),
  );
  expect(described).toEqual([]);
}

/**
 * axe reads colours as drawn: a field's hint fading back in after its error clears fails contrast half-way. Lets
 * finite animations finish first, and any that start while waiting (an indeterminate progress bar animates forever
 * and is left alone). A snack bar holds its message in an aria-hidden wrapper until it moves it into its live
 * region, 150 ms after opening; waits for that move too.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const running = () =>
      document
        .getAnimations()
        .filter((animation) => animation.playState === 'running')
        .filter((animation) =>
          Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity),
        );
    const nextFrame = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let round = 0; round < 10; round++) {
      await nextFrame();
      const animations = running();
      if (!animations.length) return;
      await Promise.all(animations.map((animation) => animation.finished.catch(() => undefined)));
    }
  });
  await page.waitForFunction(
    () => !document.querySelector('.mat-mdc-snack-bar-label > [aria-hidden]'),
  );
}

/** Saves a full-page screenshot for a person to look at (test-results/screenshots/NAME.png). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

import { expect, test, type Page } from '@playwright/test';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';

// Runs against the server started with SESSION_IDLE_MINUTES=0.1: sessions end after 6 s unused (room for a slow sign-in on a busy machine).
const idleLongEnough = 7_000;

async function openTeamPage(page: Page): Promise<void> {
  await signIn(page, demoLogins.manager);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Team' }).click();
  await expect(page).toHaveURL(/\/team$/);
  await expect(page.getByRole('table', { name: 'Team members' })).toBeVisible();
}

test.describe('an idle-expired session', () => {
  test('ends at the next click: sign-in explains why, then returns to the page', async ({ page }) => {
    await openTeamPage(page);
    await page.waitForTimeout(idleLongEnough);

    // Moving to the patient list asks the server for patients: that request meets the ended session.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Patients' }).click();
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fpatients/);
    await expect(page.getByRole('status')).toContainText(/session ended/i);
    await expectNoAxeViolations(page);
    await screenshot(page, 'sign-in-session-expired');

    await signIn(page, demoLogins.manager);
    await expect(page).toHaveURL(/\/patients/);
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  });

  test('found on reload still explains why before returning to the page', async ({ page }) => {
    await openTeamPage(page);
    await page.waitForTimeout(idleLongEnough);

    await page.reload();
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fteam/);
    await expect(page.getByRole('status')).toContainText(/session ended/i);

    await signIn(page, demoLogins.manager);
    await expect(page).toHaveURL(/\/team$/);
  });
});

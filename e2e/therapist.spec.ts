import { expect, test } from '@playwright/test';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';

test.describe("a therapist's day starts", () => {
  test('signs in with the keyboard and sees the shell with clinic, account menu and no manager items', async ({
    page,
  }) => {
    await signIn(page, demoLogins.therapist1);
    await expect(page).not.toHaveURL(/sign-in/);
    await expect(page.getByRole('banner')).toContainText('Demo Clinic');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav).toBeAttached();
    await expect(nav.getByRole('link', { name: 'Team' })).toHaveCount(0);
    // Their own caseload, not the clinic's.
    await expect(nav.getByRole('link', { name: 'Caseload', exact: true })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'My caseload', exact: true })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'therapist-patients');

    await expect(page).toHaveURL(/\/patients/);
    await expect(nav.getByRole('link', { name: 'Patients' })).toBeVisible();

    // Manager-only pages stay closed even when typed into the address bar.
    await page.goto('/team');
    await expect(page).not.toHaveURL(/\/team$/);
    await expect(page.getByText('Team is for clinic managers.')).toBeVisible();
  });

  test('signs out from the account menu and lands on the sign-in page', async ({ page }) => {
    await signIn(page, demoLogins.therapist3);
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByText('You have signed out.')).toBeVisible();
    // The session is gone on the server too: a deep link asks for sign-in again.
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('works on a phone-sized screen: the navigation opens from the menu button', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await signIn(page, demoLogins.therapist1);
    await expect(page.getByRole('banner')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Patients' })).toBeHidden();
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await expect(nav.getByRole('link', { name: 'Patients' })).toBeVisible();
    // Keyboard users land in the opened navigation, where Escape closes it again.
    await expect(nav.getByRole('link', { name: 'Patients' })).toBeFocused();
    await screenshot(page, 'therapist-nav-phone');
    await page.keyboard.press('Escape');
    await expect(nav.getByRole('link', { name: 'Patients' })).toBeHidden();
    await expectNoAxeViolations(page);
    await screenshot(page, 'therapist-patients-phone');
  });
});

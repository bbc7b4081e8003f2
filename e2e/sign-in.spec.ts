import { expect, test } from '@playwright/test';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';

test.describe('signing in', () => {
  test('a wrong password shows one generic message and keeps the email typed', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sign-in');

    await signIn(page, demoLogins.therapist2, 'not-the-password');
    await expect(page.getByRole('alert')).toContainText('Email or password is incorrect.');
    await expect(page.getByLabel('Email')).toHaveValue(demoLogins.therapist2);
    await expect(page).toHaveURL(/\/sign-in/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'sign-in-wrong-password');
  });

  test('an invalid email is flagged inline before anything is sent', async ({ page }) => {
    await page.goto('/sign-in');
    let loginCalls = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/auth/login')) loginCalls++;
    });
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('whatever');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter a valid email address')).toBeVisible();
    expect(loginCalls).toBe(0);
    await expectNoAxeViolations(page);
  });

  test('a deep link survives signing in: the page asked for opens afterwards', async ({ page }) => {
    await page.goto('/team');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fteam/);
    await signIn(page, demoLogins.manager);
    await expect(page).toHaveURL(/\/team$/);
    await expect(page.getByRole('heading', { level: 1, name: /team/i })).toBeVisible();
  });
});

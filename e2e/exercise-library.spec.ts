import { expect, test } from '@playwright/test';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';

test.describe("a therapist's exercise library", () => {
  test('finds an exercise by search, reads it, and copies it as a custom exercise', async ({ page }) => {
    await signIn(page, demoLogins.therapist1);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Exercise library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
    const list = page.getByRole('navigation', { name: 'Exercises' });
    await expect(list.getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'exercise-library');

    // `/` searches; Down arrow and Enter open the first match, whose details come up beside the list.
    await page.keyboard.press('/');
    await expect(page.getByLabel('Search exercises')).toBeFocused();
    await page.keyboard.type('glute bridge');
    await expect(list.getByRole('link').first()).toContainText(/bridge/i);
    await page.getByLabel('Search exercises').press('ArrowDown');
    await page.keyboard.press('Enter');
    const detail = page.getByRole('article');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(/bridge/i);
    await list.getByRole('link', { name: /^Glute bridge/ }).click();
    await expect(detail.getByRole('heading', { level: 2, name: 'Glute bridge' })).toBeVisible();
    await expect(detail.getByText('Squeeze your buttocks and lift your hips')).toBeVisible();
    await expect(detail.getByRole('link', { name: 'Single-leg bridge' })).toBeVisible();
    await expect(page).toHaveURL(/\/exercises\/glute-bridge/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'exercise-detail');

    // The ladder link opens the next exercise; the address keeps it across a reload.
    await detail.getByRole('link', { name: 'Single-leg bridge' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Single-leg bridge' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Single-leg bridge' })).toBeVisible();

    // Catalogue entries are read-only: copy one, rename it, save it as the clinic's own.
    await page.getByRole('link', { name: 'Copy as custom' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Single-leg bridge');
    await page.getByLabel('Name', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save exercise' }).click();
    await expect(page.getByRole('alert').or(page.locator('mat-error')).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'exercise-copy-errors');
    await page.getByLabel('Name', { exact: true }).fill('Single-leg bridge on a step');
    await page.getByRole('button', { name: 'Save exercise' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Single-leg bridge on a step' })).toBeVisible();
    await expect(page).toHaveURL(/\/exercises\/[0-9a-f-]{36}/);
  });
});

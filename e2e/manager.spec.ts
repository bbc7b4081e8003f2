import { expect, test } from '@playwright/test';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';

test.describe("a clinic manager's team", () => {
  test('sees Team in the navigation, adds a therapist, is told of a taken email, and deactivates them', async ({
    page,
  }) => {
    await signIn(page, demoLogins.manager);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Team' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'manager-patients');

    await nav.getByRole('link', { name: 'Team' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Team members' });
    await expect(table.getByRole('row')).toHaveCount(5); // header + manager + three therapists
    await expectNoAxeViolations(page);
    await screenshot(page, 'team');

    // A taken email comes back from the server and shows under the field; nothing typed is lost.
    await page.getByRole('button', { name: 'Add team member' }).click();
    const dialog = page.getByRole('dialog');
    // The dialog moves focus to its first field once open: typing before then can land in the wrong field.
    await expect(dialog.getByLabel('Name')).toBeFocused();
    await dialog.getByLabel('Name').fill('Jordan Lee');
    await dialog.getByLabel('Email').fill('THERAPIST1@demo.test');
    await dialog.getByLabel('Temporary password').fill('long-enough-password');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(dialog.getByText(/already/i)).toBeVisible();
    await expect(dialog.getByLabel('Name')).toHaveValue('Jordan Lee');
    await expectNoAxeViolations(page);
    await screenshot(page, 'team-add-member-email-taken');

    await dialog.getByLabel('Email').fill('jordan.lee@demo.test');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(dialog).toBeHidden();
    const row = table.getByRole('row', { name: /Jordan Lee/ });
    await expect(row).toContainText('Active');

    await row.getByRole('button', { name: 'Deactivate Jordan Lee' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
    await expect(row).toContainText('Inactive');

    // The deactivated therapist cannot sign in.
    await page.context().clearCookies();
    await signIn(page, 'jordan.lee@demo.test', 'long-enough-password');
    await expect(page.getByRole('alert')).toContainText('Email or password is incorrect.');
  });

  test('works the team page with the keyboard alone', async ({ page }) => {
    await signIn(page, demoLogins.manager);
    // Going to /team before the sign-in answer arrives would abort it and land back on sign-in.
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await page.goto('/team');
    await expect(page.getByRole('table', { name: 'Team members' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    const add = page.getByRole('button', { name: 'Add team member' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(add).toBeFocused();
  });
});

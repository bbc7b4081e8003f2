import { expect, test, type Page } from '@playwright/test';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';

async function choose(page: Page, field: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
}

async function searchPatients(page: Page, text: string): Promise<void> {
  const search = page.getByLabel('Search patients by name');
  await search.fill(text);
}

test.describe("a therapist's caseload", () => {
  test('creates a patient, finds them by search, edits and discharges them', async ({ page }) => {
    await signIn(page, demoLogins.therapist2);
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Patients' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'patients');

    await page.getByRole('link', { name: 'New patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New patient' })).toBeVisible();
    // Saving an empty form shows the contract's messages beside the fields; nothing is sent.
    await page.getByRole('button', { name: 'Save patient' }).click();
    await expect(page.getByText('Enter the first name.')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'patient-new-errors');

    await page.getByLabel('First name').fill('Imogen');
    await page.getByLabel('Last name').fill('Quarrington');
    await page.getByLabel('Date of birth').fill('1991-04-17');
    await choose(page, 'Diagnosis', /IT band syndrome/);
    await choose(page, 'Affected side', /Left/);
    await page.getByLabel('Start date').fill('2026-11-02');
    await page.getByLabel('Current weekly distance').fill('14');
    await choose(page, 'Unit', 'Miles');
    await page.getByRole('button', { name: 'Save patient' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Imogen Quarrington' })).toBeVisible();
    await expect(page.getByText('IT band syndrome').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'patient-page');

    // Found again from the list by a case-insensitive name prefix, opened with the keyboard.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Patients' }).click();
    await page.keyboard.press('/');
    await expect(page.getByLabel('Search patients by name')).toBeFocused();
    await page.keyboard.type('quarr');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row').nth(1)).toContainText('Quarrington');
    await page.getByLabel('Search patients by name').press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Imogen Quarrington' })).toBeVisible();

    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Current weekly distance').fill('16');
    await page.getByRole('button', { name: 'Save patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Imogen Quarrington' })).toBeVisible();
    await expect(page.getByText(/16(\.0)? mi/).first()).toBeVisible();

    await page.getByRole('button', { name: 'Discharge' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Discharge patient' }).click();
    await expect(dialog.getByText('Give a reason for the discharge.')).toBeVisible();
    await dialog.getByLabel('Reason').fill('Goals met: running 16 mi a week without pain.');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Discharge patient' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Discharged', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reactivate' })).toBeVisible();
    await screenshot(page, 'patient-discharged');
  });

  test('unsaved changes survive a reload and can be restored', async ({ page }) => {
    await signIn(page, demoLogins.therapist3);
    await page.getByRole('link', { name: 'New patient' }).click();
    await page.getByLabel('First name').fill('Theodora');
    await page.getByLabel('Last name').fill('Vance');
    await page.getByLabel('Last name').blur();
    page.once('dialog', (d) => void d.accept()); // the browser's leave-page warning
    await page.reload();
    await expect(page.getByText(/Restore unsaved changes/)).toBeVisible();
    await page.getByRole('button', { name: /Restore/ }).click();
    await expect(page.getByLabel('First name')).toHaveValue('Theodora');
    await expect(page.getByLabel('Last name')).toHaveValue('Vance');
  });
});

test.describe("a manager's reassignment", () => {
  test('moves a patient to another therapist: the first therapist no longer sees them', async ({ browser }) => {
    // Therapist 1 creates the patient through the API (same origin, their own session).
    const first = await (await browser.newContext()).newPage();
    await signIn(first, demoLogins.therapist1);
    await expect(first.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    const origin = new URL(first.url()).origin;
    const created = await first.request.post('/api/patients', {
      headers: { origin },
      data: {
        firstName: 'Wendell',
        lastName: 'Ashgrove',
        dateOfBirth: '1979-09-30',
        diagnosis: 'patellofemoral_pain',
        affectedSide: 'right',
        startDate: '2026-10-12',
        weeklyDistance: 20,
        distanceUnit: 'km',
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const manager = await (await browser.newContext()).newPage();
    await signIn(manager, demoLogins.manager);
    await searchPatients(manager, 'ashgrove');
    const table = manager.getByRole('table', { name: 'Patients' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await table.getByRole('row').nth(1).getByRole('link').first().click();
    await expect(manager.getByRole('heading', { level: 1, name: 'Wendell Ashgrove' })).toBeVisible();
    await manager.getByRole('button', { name: 'Reassign' }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Therapist' }).click();
    await manager.getByRole('option', { name: 'Marcus Bell' }).click();
    await expectNoAxeViolations(manager);
    await screenshot(manager, 'patient-reassign');
    await dialog.getByRole('button', { name: 'Reassign patient' }).click();
    await expect(dialog).toBeHidden();
    await expect(manager.getByText('Marcus Bell').first()).toBeVisible();

    // Therapist 1: gone from the list, and the old link says only that there is no such patient.
    await first.reload();
    await searchPatients(first, 'ashgrove');
    await expect(first.getByRole('table', { name: 'Patients' }).getByRole('row', { name: /Ashgrove/ })).toHaveCount(0);
    await first.goto(`/patients/${id}`);
    await expect(first.getByText('No such patient')).toBeVisible();
  });
});

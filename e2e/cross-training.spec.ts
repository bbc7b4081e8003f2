import { expect, test, type Page } from '@playwright/test';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';

/** This week's Monday, YYYY-MM-DD. */
function thisMonday(): string {
  const today = new Date();
  const monday = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return monday.toISOString().slice(0, 10);
}

async function createPatient(page: Page): Promise<string> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post('/api/patients', {
    headers: { origin },
    data: {
      firstName: 'Noor',
      lastName: 'Haddad',
      dateOfBirth: '1991-02-08',
      diagnosis: 'patellofemoral_pain',
      affectedSide: 'right',
      startDate: thisMonday(),
      weeklyDistance: 20,
      distanceUnit: 'km',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test.describe("a therapist's cross-training plan", () => {
  test('builds a 6-week swim + bike plan progressing 10 % a week, sees week 2 and saves version 1', async ({ page }) => {
    await signIn(page, demoLogins.therapist2);
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    const id = await createPatient(page);

    await page.goto(`/patients/${id}`);
    await page.getByRole('tab', { name: 'Cross-training' }).click();
    await expect(page.getByRole('heading', { name: 'No cross-training plan yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Make a cross-training plan' }).click();

    await page.getByLabel('Weeks').fill('6');
    await page.getByRole('radio', { name: 'Increase a percentage a week' }).click();
    await page.getByLabel('Increase per week').fill('10');
    await page.getByLabel('Cap per session').fill('45');

    await page.getByRole('button', { name: 'Add a session' }).click();
    const swim = page.getByRole('group', { name: /^Session 1/ });
    await choose(page, swim, 'Activity', 'Swimming');
    await swim.getByLabel('Minutes').fill('30');
    await swim.getByRole('radio', { name: 'Effort (RPE)' }).click();
    await swim.getByLabel('Effort (RPE 0–10)').fill('4');
    await expect(swim.getByText('4 — between Moderate and Strong (heavy)')).toBeVisible();
    await swim.getByRole('button', { name: 'Tue' }).click();

    await page.getByRole('button', { name: 'Add a session' }).click();
    const bike = page.getByRole('group', { name: /^Session 2/ });
    await choose(page, bike, 'Activity', 'Stationary cycling');
    await bike.getByLabel('Minutes').fill('20');
    await bike.getByRole('radio', { name: 'Heart-rate zone' }).click();
    await choose(page, bike, 'Heart-rate zone', 'Zone 4');
    await bike.getByRole('button', { name: 'Thu' }).click();
    await bike.getByRole('button', { name: 'Sat' }).click();

    // The contract's own message beside a field, then gone once fixed.
    await bike.getByLabel('Minutes').fill('2');
    await expect(bike.getByText('Enter 5 to 180 minutes.')).toBeVisible();
    await bike.getByLabel('Minutes').fill('20');
    await expect(bike.getByText('Enter 5 to 180 minutes.')).toBeHidden();

    await expect(page.getByLabel('Week 2, 1. Swimming, minutes')).toHaveValue('33');
    await expect(page.getByLabel('Week 2, 2. Stationary cycling, minutes')).toHaveValue('22');
    await expect(page.getByLabel('Week 6, 1. Swimming, minutes')).toHaveValue('45');
    const totalsWeek2 = page.locator('app-weekly-totals-table tbody tr').nth(1);
    await expect(totalsWeek2).toContainText('33 min, 1 session');
    await expect(totalsWeek2).toContainText('44 min, 2 sessions');
    await expect(page.getByText('ACSM / WHO physical activity guidelines', { exact: false })).toBeVisible();

    await expectNoAxeViolations(page);
    await screenshot(page, 'cross-training-plan');
    await page.getByRole('heading', { name: 'Week by week' }).scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: 'Week by week' }).evaluate((h) => h.scrollIntoView());
    await screenshot(page, 'cross-training-weeks');

    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByText(/Version 1, saved/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await expectNoAxeViolations(page);

    // A week set by hand is marked; Ctrl+Z outside a text field takes it back.
    const week3Swim = page.getByLabel('Week 3, 1. Swimming, minutes');
    await expect(week3Swim).toHaveValue('36');
    await week3Swim.fill('40');
    await expect(page.getByLabel('Week 3, 1. Swimming, minutes (set by hand)')).toHaveValue('40');
    await page.getByRole('button', { name: 'Save plan' }).focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel('Week 3, 1. Swimming, minutes')).toHaveValue('36');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

    // Unsaved edits: leaving the patient asks first.
    await swim.getByLabel('Minutes').fill('35');
    await page.getByRole('link', { name: 'Patients' }).click();
    await expect(page.getByRole('heading', { name: 'Discard unsaved changes?' })).toBeVisible();
    await page.getByRole('button', { name: 'Keep editing' }).click();
    await expect(swim.getByLabel('Minutes')).toHaveValue('35');
  });
});

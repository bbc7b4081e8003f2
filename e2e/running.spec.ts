import { expect, test, type Page } from '@playwright/test';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';

// Deterministic chart screenshots: the chart draws without animation for reduced motion.
test.use({ contextOptions: { reducedMotion: 'reduce' } });

/** YYYY-MM-DD of the Monday `weeksAgo` weeks before this week's Monday, plus `day` days. */
function weekDay(weeksAgo: number, day = 0): string {
  const today = new Date();
  const monday = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7) - 7 * weeksAgo + day);
  return monday.toISOString().slice(0, 10);
}

async function post(page: Page, path: string, data: object): Promise<{ id: string }> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(path, { headers: { origin }, data });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string };
}

test.describe("a therapist's running plan", () => {
  test('plans the mileage, logs a 35 % jump with next-morning pain 6, sees both flags and applies "reduce"', async ({ page }) => {
    await signIn(page, demoLogins.therapist3);
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    const { id } = await post(page, '/api/patients', {
      firstName: 'Rowan',
      lastName: 'Castellano',
      dateOfBirth: '1988-06-14',
      diagnosis: 'patellofemoral_pain',
      affectedSide: 'left',
      startDate: weekDay(3),
      weeklyDistance: 10,
      distanceUnit: 'mi',
    });
    // Three weeks ago 10 mi, two weeks ago 11 mi (logged at the desk earlier).
    for (const [date, distance] of [[weekDay(3, 1), 5], [weekDay(3, 4), 5], [weekDay(2, 1), 5], [weekDay(2, 4), 6]] as const) {
      await post(page, `/api/patients/${id}/runs`, { date, distance, distanceUnit: 'mi', painDuring: 1, painNextMorning: 1 });
    }

    await page.goto(`/patients/${id}`);
    await page.getByRole('tab', { name: 'Running' }).click();
    await expect(page.getByRole('heading', { name: 'Make a running plan' })).toBeVisible();
    await page.getByLabel('Current weekly distance').fill('10');
    await page.getByLabel('Target weekly distance').fill('20');
    await page.getByLabel('Start week').fill(weekDay(3));
    await expect(page.getByRole('heading', { name: 'Preview of the planned weeks' })).toBeVisible();
    await expect(page.getByText(/Buist/).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'running-plan-form');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByText(/Version 1, saved/)).toBeVisible();

    // Last week: 13.5 mi, 35 % above the 10 mi of two weeks before it, and the knee still sore next morning.
    await page.getByRole('button', { name: 'Log a run' }).click();
    await page.getByLabel('Date').fill(weekDay(1, 2));
    await page.getByLabel('Distance', { exact: true }).fill('13.5');
    await page.getByLabel('Pain during the run').fill('3');
    await page.getByLabel('Pain the next morning').fill('6');
    await page.getByRole('button', { name: 'Log run' }).click();

    const twoWeek = page.locator('li.amber', { hasText: '35 % more than' });
    await expect(twoWeek).toBeVisible();
    await expect(twoWeek).toContainText('Nielsen');
    const pain = page.locator('li.red', { hasText: 'Next-morning pain reached 6/10' });
    await expect(pain).toBeVisible();
    await expect(pain).toContainText('Silbernagel');
    await expectNoAxeViolations(page);
    await screenshot(page, 'running-flags');

    await pain.getByRole('button', { name: /^Reduce/ }).click();
    await expect(page.getByRole('heading', { name: /Reduce: what changes/ })).toBeVisible();
    await screenshot(page, 'running-suggestion-preview');
    await page.getByRole('button', { name: 'Apply and save' }).click();
    await expect(page.getByText(/Version 2, saved/)).toBeVisible();

    // The chart's numbers as a table, for screen readers and for this check.
    await page.getByRole('button', { name: /Show as table/ }).click();
    await expect(page.getByRole('region', { name: "The chart's numbers" })).toContainText('13.5');
    await expectNoAxeViolations(page);
    await screenshot(page, 'running-chart');
  });
});

test.describe("a therapist's unsaved running work", () => {
  test('survives a reload as a draft offered back, and leaving the patient asks first', async ({ page }) => {
    await signIn(page, demoLogins.therapist3);
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    const { id } = await post(page, '/api/patients', {
      firstName: 'Noor',
      lastName: 'Haddad',
      dateOfBirth: '1991-02-03',
      diagnosis: 'itbs',
      affectedSide: 'right',
      startDate: weekDay(0),
      weeklyDistance: 10,
      distanceUnit: 'mi',
    });
    await page.goto(`/patients/${id}`);
    await page.getByRole('tab', { name: 'Running' }).click();
    await page.getByLabel('Current weekly distance').fill('10');
    await page.getByLabel('Target weekly distance').fill('20');
    await page.getByLabel('Start week').fill(weekDay(0));
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByText(/Version 1, saved/)).toBeVisible();

    const firstWeek = page.getByLabel(/^Planned distance in mi, week of/).first();
    const planned = await firstWeek.inputValue();
    await firstWeek.fill('10.5');
    await firstWeek.press('Tab');
    await expect(page.getByText('Edited')).toBeVisible();
    await page.getByRole('button', { name: 'Log a run' }).click();
    await page.getByLabel('Distance', { exact: true }).fill('4.2');
    await page.getByLabel('Pain during the run').fill('2');

    // The browser asks before the reload; the work is kept all the same.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await page.reload();
    expect(await asked).toBe('beforeunload');
    await page.getByRole('tab', { name: 'Running' }).click();
    const offer = page.getByRole('region', { name: /Restore unsaved changes to the planned weeks and the run log/ });
    await expect(offer).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'running-draft-offer');
    await offer.getByRole('button', { name: 'Restore' }).click();
    await expect(offer).toBeHidden();
    await expect(firstWeek).toHaveValue('10.5');
    await expect(page.getByLabel('Distance', { exact: true })).toHaveValue('4.2');
    await expect(page.getByLabel('Pain during the run')).toHaveValue('2');

    // Leaving the patient asks; keeping on editing stays with the work, discarding forgets it.
    await page.getByRole('link', { name: 'Patients' }).click();
    const leave = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await expect(leave).toBeVisible();
    await leave.getByRole('button', { name: 'Keep editing' }).click();
    await expect(firstWeek).toHaveValue('10.5');
    await page.getByRole('link', { name: 'Patients' }).click();
    await leave.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();

    await page.goto(`/patients/${id}`);
    await page.getByRole('tab', { name: 'Running' }).click();
    await expect(firstWeek).toHaveValue(planned);
    await expect(page.getByRole('region', { name: /Restore unsaved/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Log a run' })).toBeVisible();
  });
});

import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';

/** The number on a KPI card, by its label. */
async function kpi(page: Page, label: string): Promise<number> {
  const card = page
    .locator('app-kpi-cards li')
    .filter({ has: page.locator('.label').getByText(label, { exact: true }) });
  return Number(await card.locator('.value').textContent());
}

/** A chart's card, by its heading. */
const chartCard = (page: Page, title: string | RegExp) =>
  page.locator('app-caseload-chart').filter({ has: page.getByRole('heading', { name: title }) });

test.describe("a clinic manager's caseload dashboard", () => {
  test('filters by diagnosis, drills down to the patients, and exports the numbers', async ({
    page,
  }) => {
    await signIn(page, demoLogins.manager);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Caseload', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
    await expect(page.locator('app-caseload-chart canvas')).toHaveCount(4);
    const allActive = await kpi(page, 'Active patients');
    expect(allActive).toBeGreaterThan(20);
    // Twelve Monday weeks by default, with intakes and discharges in them (the demo seed's history).
    const weekly = chartCard(page, 'New vs discharged per week');
    await weekly.getByRole('button', { name: 'Show as table' }).click();
    const weeks = weekly.locator('tbody tr');
    await expect(weeks).toHaveCount(12);
    await expectNoAxeViolations(page);
    await screenshot(page, 'caseload-manager');
    await page
      .locator('.charts')
      .screenshot({ path: 'test-results/screenshots/caseload-manager-charts.png' });

    // Filter: IT band syndrome only. The address bar carries the view.
    await page.getByRole('option', { name: 'IT band syndrome' }).click();
    await expect(page).toHaveURL(/diagnosis=itbs/);
    await expect(page.locator('.figures.stale')).toHaveCount(0);
    await expect.poll(() => kpi(page, 'Active patients')).toBeLessThan(allActive);
    const itbsActive = await kpi(page, 'Active patients');
    expect(itbsActive).toBeGreaterThan(0);
    const mix = chartCard(page, 'Diagnosis mix of active patients');
    await mix.getByRole('button', { name: 'Show as table' }).click();
    await expect(mix.locator('tbody tr')).toHaveCount(1);
    await expect(mix.locator('tbody tr')).toContainText(['IT band syndrome']);
    await screenshot(page, 'caseload-manager-itbs');
    await page
      .locator('.charts')
      .screenshot({ path: 'test-results/screenshots/caseload-manager-itbs-charts.png' });

    // Export: the downloaded file holds the numbers on screen.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^caseload-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('chart,week,therapist,diagnosis,measure,value');
    expect(lines).toContain(`Summary,,,,Active patients,${itbsActive}`);
    expect(lines).toContain(`Diagnosis mix,,,IT band syndrome,Active patients,${itbsActive}`);
    expect(lines.filter((l) => l.startsWith('New vs discharged per week,')).length).toBe(24);
    expect(lines.some((l) => l.includes('Patellofemoral'))).toBe(false);

    // Drill down: Priya Raman's IT band patients, from the chart's table (what a click on her bar opens).
    const perTherapist = chartCard(page, 'Active caseload per therapist');
    await perTherapist.getByRole('button', { name: 'Show as table' }).click();
    const priya = perTherapist.getByRole('row', { name: /Priya Raman/ });
    const count = Number(await priya.getByRole('link').first().textContent());
    expect(count).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await priya.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/patients\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('diagnosis')).toBe('itbs');
    expect(url.searchParams.get('status')).toBe('active');
    expect(url.searchParams.get('therapistId')).toMatch(/^[0-9a-f-]{36}$/);
    // The Patients page shows the same patients, with its own filter chips set the same way.
    await expect(
      page.getByText(count === 1 ? '1 patient match' : `${count} patients match`),
    ).toBeVisible();
    await expect(page.getByRole('option', { name: 'IT band syndrome' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('option', { name: 'Priya Raman' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  test('a click on a bar opens the Patients page filtered the same way', async ({ page }) => {
    await signIn(page, demoLogins.manager);
    // Signed in first: going to the address while the sign-in request is in flight would cancel it.
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    await page.goto('/caseload?diagnosis=itbs');
    const card = chartCard(page, /Flagged patients per therapist/);
    const canvas = card.locator('canvas');
    await expect(canvas).toBeVisible();
    // The active-caseload chart: click just above the axis in the middle of the first therapist's bar.
    const active = chartCard(page, 'Active caseload per therapist').locator('canvas');
    const box = (await active.boundingBox())!;
    await page.waitForTimeout(100); // the chart draws in the frame after layout
    await active.click({ position: { x: box.width / 2 - box.width / 3 + 10, y: box.height - 70 } });
    await expect(page).toHaveURL(/\/patients\?.*diagnosis=itbs/);
    expect(new URL(page.url()).searchParams.get('status')).toBe('active');
  });
});

test.describe("a therapist's own caseload", () => {
  test('sees only their own figures, even when the address asks for another therapist', async ({
    page,
  }) => {
    await signIn(page, demoLogins.therapist1);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'My caseload' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
    await expect(page.getByRole('option', { name: 'Marcus Bell' })).toHaveCount(0);
    const own = await kpi(page, 'Active patients');
    const perTherapist = chartCard(page, 'Active caseload per therapist');
    await perTherapist.getByRole('button', { name: 'Show as table' }).click();
    await expect(perTherapist.locator('tbody tr')).toHaveCount(1);
    await expect(perTherapist.locator('tbody tr')).toContainText(['Priya Raman']);
    await expectNoAxeViolations(page);
    await screenshot(page, 'caseload-therapist');

    await page.goto('/caseload?therapistId=00000000-0000-4000-8000-000000000000');
    await expect(page.locator('app-caseload-chart')).toHaveCount(4);
    expect(await kpi(page, 'Active patients')).toBe(own);
  });
});

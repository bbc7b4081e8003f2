import { expect, test, type Locator, type Page } from '@playwright/test';
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

/** A new plan: 6 weeks, 10 % a week up to 45 min; swimming 30 min at RPE 4 on Tue, bike 20 min zone 4 on Thu + Sat. */
async function buildSwimBikePlan(page: Page) {
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
  return { swim, bike };
}

/** Presses at the chip's name, drags in small steps (the CDK starts a drag after a few pixels) and drops on a day. */
async function drag(page: Page, chip: Locator, day: Locator): Promise<void> {
  const from = (await chip.boundingBox())!;
  const to = (await day.boundingBox())!;
  await page.mouse.move(from.x + 16, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 26, from.y + from.height / 2 + 6, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await page.mouse.up();
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

    const { swim, bike } = await buildSwimBikePlan(page);

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

  test('lays the plan out Monday to Sunday, moves sessions by keyboard, drag and menu, and hints come and go', async ({
    page,
  }) => {
    // The chart draws at once, without growing bars, so the screenshot shows its numbers.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await signIn(page, demoLogins.therapist2);
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    const id = await createPatient(page);
    await page.goto(`/patients/${id}`);
    await page.getByRole('tab', { name: 'Cross-training' }).click();
    await page.getByRole('button', { name: 'Make a cross-training plan' }).click();
    await buildSwimBikePlan(page);

    // The weekly totals as stacked bars (chart.js loads with the chart), the totals table as its alternative.
    const chart = page.getByRole('img', { name: /^Weekly cross-training minutes by activity/ });
    await expect(chart).toHaveAccessibleName(/70 min in week 1 to 109 min in week 6/);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'cross-training-totals-chart');

    const schedule = page.getByRole('region', { name: 'Weekly schedule' });
    const hints = schedule.getByRole('complementary', { name: /^Hints for week/ });
    const day = (name: string) => schedule.getByRole('list', { name, exact: true });
    await expect(schedule.getByRole('heading', { name: /^Week 1 of 6/ })).toBeVisible();
    await expect(day('Tuesday').getByRole('listitem', { name: 'Swimming, 30 min, moderate, Tuesday' })).toBeVisible();
    await expect(day('Saturday').getByRole('listitem', { name: /^Stationary cycling, 20 min, vigorous/ })).toBeVisible();
    await expect(hints).toContainText('No hints');

    // Runs on Monday, Wednesday, Friday and a hard one on Sunday fill all 7 days: two hints, with their source.
    await schedule.getByLabel('Run on Monday').selectOption('Easy run');
    await schedule.getByLabel('Run on Wednesday').selectOption('Easy run');
    await schedule.getByLabel('Run on Sunday').selectOption('Hard run');
    await expect(hints).toContainText('No hints');
    await schedule.getByLabel('Run on Friday').selectOption('Easy run');
    await expect(hints).toContainText('No rest day this week');
    await expect(hints).toContainText('7 training days this week');
    await expect(hints).toContainText('[practice] weekly schedule hints');
    await schedule.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await screenshot(page, 'cross-training-schedule-hints');

    // Keyboard: Alt+Right moves swimming to Wednesday in every week, the keyboard stays on it, Tuesday rests.
    await schedule.getByRole('listitem', { name: 'Swimming, 30 min, moderate, Tuesday' }).focus();
    await page.keyboard.press('Alt+ArrowRight');
    const swimWednesday = day('Wednesday').getByRole('listitem', { name: /^Swimming, 30 min, moderate, Wednesday/ });
    await expect(swimWednesday).toBeFocused();
    await expect(schedule.getByRole('status')).toHaveText(
      'Swimming moved from Tuesday to Wednesday in every week. Undo takes it back.',
    );
    await expect(day('Tuesday')).toContainText('Rest day');
    await expect(hints).toContainText('No hints');
    await schedule.getByRole('button', { name: 'Next week' }).click();
    await expect(day('Wednesday').getByRole('listitem', { name: /^Swimming, 33 min/ })).toBeVisible();
    await schedule.getByRole('button', { name: 'Previous week' }).click();
    await expectNoAxeViolations(page);
    await screenshot(page, 'cross-training-schedule-moved-by-keyboard');

    // Drag: swimming back onto Tuesday fills the week again and the hints return.
    await drag(page, swimWednesday, day('Tuesday'));
    await expect(day('Tuesday').getByRole('listitem', { name: /^Swimming/ })).toBeVisible();
    await expect(hints).toContainText('No rest day this week');
    await expectNoAxeViolations(page);

    // The chip's menu moves the bike off Saturday; Undo brings it back.
    await schedule.getByRole('button', { name: 'Move Stationary cycling from Saturday to…' }).click();
    await page.getByRole('menuitem', { name: 'Tuesday' }).click();
    await expect(day('Saturday')).toContainText('Rest day');
    await expect(hints).toContainText('No hints');
    await expectNoAxeViolations(page);
    await screenshot(page, 'cross-training-schedule-moved-by-menu');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(hints).toContainText('No rest day this week');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(hints).toContainText('No hints');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(hints).toContainText('No rest day this week');

    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByText(/Version 1, saved/)).toBeVisible();
    await page.reload();
    await page.getByRole('tab', { name: 'Cross-training' }).click();
    await expect(schedule.getByLabel('Run on Sunday')).toHaveValue('hard');
    await expect(day('Tuesday').getByRole('listitem', { name: /^Swimming/ })).toBeVisible();

    // Version 2 frees Tuesday again; version 1 is viewed from the history and restored as version 3.
    await schedule.getByRole('listitem', { name: 'Swimming, 30 min, moderate, Tuesday' }).focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(day('Monday').getByRole('listitem', { name: /^Swimming/ })).toBeFocused();
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByText(/Version 2, saved .*: Changed Swimming \(days Tue → Mon\)\./)).toBeVisible();
    await page.getByRole('button', { name: 'Versions' }).click();
    const history = page.getByRole('table', { name: 'Saved versions, newest first' });
    await expect(history.getByRole('row')).toHaveCount(3);
    await page.getByRole('button', { name: 'View version 1' }).click();
    const shown = page.getByRole('region', { name: /^Version 1, saved/ });
    await expect(shown).toContainText('Swimming: 30 min, effort 4 — between Moderate and Strong (heavy), Tuesday');
    await expectNoAxeViolations(page);
    await shown.scrollIntoViewIfNeeded();
    await screenshot(page, 'cross-training-versions');
    await shown.getByRole('button', { name: 'Restore as a new version' }).click();
    await expect(page.getByText(/Version 3, saved .*: Restored version 1\./)).toBeVisible();
    await expect(history.getByRole('row')).toHaveCount(4);
    await expect(day('Tuesday').getByRole('listitem', { name: /^Swimming/ })).toBeVisible();
  });

  test("a demo patient's week joins the plan's sessions, the program's strength days and the running plan's distance", async ({
    page,
  }) => {
    await signIn(page, demoLogins.therapist1);
    await page.getByLabel('Search patients by name').fill('García');
    await expect(page.getByText('1 patient match')).toBeVisible();
    await page.getByRole('link', { name: 'García, Ana' }).click();
    await page.getByRole('tab', { name: 'Cross-training' }).click();
    await expect(page.getByText(/Version 2, saved .*Changed Stationary cycling \(days Thu → Fri\)/)).toBeVisible();

    const schedule = page.getByRole('region', { name: 'Weekly schedule' });
    await expect(schedule.getByText(/^Running plan: \d+\.\d (km|mi) this week\.$/)).toBeVisible();
    await expect(schedule.getByRole('heading', { name: /^Week \d of [678]/ })).toBeVisible();
    await expect(schedule.getByRole('list', { name: 'Monday', exact: true })).toContainText('Strength');
    await expect(schedule.getByRole('list', { name: 'Saturday', exact: true })).toContainText('Hard run');
    await expect(schedule.getByRole('listitem', { name: /^Swimming, \d+ min, moderate, Tuesday$/ })).toBeVisible();
    await schedule.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await screenshot(page, 'cross-training-demo-patient');
  });
});

import { expect, test, type Page } from '@playwright/test';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';

async function newPatient(page: Page): Promise<string> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post('/api/patients', {
    headers: { origin },
    data: {
      firstName: 'Noor',
      lastName: 'Haddad',
      dateOfBirth: '1990-03-02',
      diagnosis: 'patellofemoral_pain',
      affectedSide: 'right',
      startDate: new Date().toISOString().slice(0, 10),
      weeklyDistance: 20,
      distanceUnit: 'km',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** The Program tab's live region, where moves, steps and saves are said. */
const announcer = (page: Page) => page.locator('app-program-tab > div.visually-hidden[aria-live="polite"]');

/** The exercise names of one builder section, top to bottom. */
function sectionNames(page: Page, section: string) {
  return page.getByRole('list', { name: new RegExp(`^${section}`) }).locator('h4.name');
}

test.describe("a therapist's strength program", () => {
  test('builds a patellofemoral program from the template, reorders by keyboard, fixes a bad dose, saves, progresses and compares', async ({ page }) => {
    // Five axe scans and three saves: on the shared 2-core machine this journey has taken close to a minute.
    test.setTimeout(120_000);
    await signIn(page, demoLogins.therapist2);
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    const id = await newPatient(page);

    await page.goto(`/patients/${id}`);
    // The builder's chunk, the library and the program load after the page: on a busy 2-core machine that has
    // taken over 5 s.
    await expect(page.getByRole('heading', { name: 'Strength program' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('No program saved yet')).toBeVisible();

    // From the built-in template, with its sources shown.
    await page.getByRole('button', { name: 'Templates' }).click();
    await expect(page.getByText(/Crossley et al\. 2016/).first()).toBeVisible();
    await expect(page.getByText(/Esculier et al\. 2018/).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('heading', { name: 'Built-in protocols' }).evaluate((h) => h.scrollIntoView());
    await screenshot(page, 'program-templates');
    await page
      .getByRole('button', { name: 'Use Patellofemoral pain: hip and knee (replaces the program)' })
      .click();
    await expect(page.getByText(/Version 1 · 5 exercises/)).toBeVisible();
    await page.getByRole('button', { name: 'Templates' }).click();
    await expect(sectionNames(page, 'Quadriceps')).toHaveText(['Body-weight squat', 'Step-up']);

    // Reorder by keyboard: Alt+Up on the step-up's handle, announced in the live region.
    await page.getByRole('button', { name: /^Reorder Step-up/ }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(sectionNames(page, 'Quadriceps')).toHaveText(['Step-up', 'Body-weight squat']);
    await expect(announcer(page)).toHaveText('Step-up moved to Quadriceps, position 1 of 2.');
    // Focus stays on the moved row, so a second press moves it again (here it is already first).
    await expect(page.getByRole('button', { name: /^Reorder Step-up/ })).toBeFocused();

    // An invalid dose shows the contract's message beside the field and is not taken.
    const squat = page.locator('app-program-item', { hasText: 'Body-weight squat' });
    await squat.getByRole('button', { name: 'Edit dose' }).click();
    const sets = squat.getByRole('spinbutton', { name: 'Sets' });
    await sets.fill('15');
    await sets.press('Tab');
    await expect(squat.getByText('Enter 1 to 10 sets.')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'program-invalid-dose');
    await sets.fill('4');
    await sets.press('Tab');
    await expect(squat.getByText('Enter 1 to 10 sets.')).toBeHidden();
    await expect(squat.locator('.summary')).toContainText('4 sets of 10 repetitions');

    // Undo and redo the dose edit.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(squat.locator('.summary')).toContainText('3 sets of 10 repetitions');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(squat.locator('.summary')).toContainText('4 sets of 10 repetitions');

    await page.getByRole('button', { name: 'Save as new version' }).click();
    await expect(page.getByText(/Version 2 · 5 exercises/)).toBeVisible();

    // Progress the glute bridge: the ladder's next exercise, said in words.
    await page.getByRole('button', { name: 'Progress Glute bridge' }).click();
    await expect(announcer(page)).toContainText('Progressed from Glute bridge to Single-leg bridge');
    await expect(sectionNames(page, 'Glutes & hip')).toContainText(['Single-leg bridge']);
    await page.getByLabel('Change summary (optional)').fill('Bridge progressed');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await expect(page.getByText(/Version 3 · 5 exercises/)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'program-builder');

    // Compare version 1 with version 3.
    await page.getByRole('button', { name: 'Versions' }).click();
    const history = page.getByRole('table', { name: 'Saved versions, newest first' });
    await expect(history.getByRole('row')).toHaveCount(4);
    await expect(history).toContainText('Bridge progressed');
    await page.getByRole('combobox', { name: 'Compare version' }).click();
    await page.getByRole('option', { name: 'Version 1' }).click();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const comparison = page.getByRole('region', { name: 'Version 1 compared with version 3' });
    await expect(comparison).toContainText('Body-weight squat: sets 3 → 4');
    await expect(comparison).toContainText('Single-leg bridge: replaced Glute bridge');
    await expectNoAxeViolations(page);
    await comparison.scrollIntoViewIfNeeded();
    await screenshot(page, 'program-versions-compared');
  });

  test('keeps unsaved work over a reload, and saving over a newer version offers the 409 choice', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, demoLogins.therapist2);
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    const id = await newPatient(page);
    const origin = new URL(page.url()).origin;

    await page.goto(`/patients/${id}`);
    await expect(page.getByRole('heading', { name: 'Strength program' })).toBeVisible({
      timeout: 20_000,
    });
    await page.getByRole('button', { name: 'Templates' }).click();
    await page
      .getByRole('button', { name: 'Use Patellofemoral pain: hip and knee (replaces the program)' })
      .click();
    await expect(page.getByText(/Version 1 · 5 exercises/)).toBeVisible();

    // (a) A dose edited, not saved, then the page reloaded: the draft is offered back.
    const squat = page.locator('app-program-item', { hasText: 'Body-weight squat' });
    await squat.getByRole('button', { name: 'Edit dose' }).click();
    const sets = squat.getByRole('spinbutton', { name: 'Sets' });
    await sets.fill('4');
    await sets.press('Tab');
    await expect(squat.locator('.summary')).toContainText('4 sets of 10 repetitions');
    await expect(page.locator('strong.unsaved')).toBeVisible();
    // The draft is written just after the edit is drawn (a timer): let it land before the reload.
    await expect
      .poll(() =>
        page.evaluate(
          (key) => Object.keys(sessionStorage).some((k) => k.startsWith('stride-rx.draft.') && k.endsWith(key)),
          `.program.${id}`,
        ),
      )
      .toBe(true);

    // The tab promises no beforeunload prompt; accept one if it comes, so the reload goes on either way.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`/patients/${id}$`));
    await expect(page.getByRole('heading', { name: 'Strength program' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByText(/Version 1 · 5 exercises/)).toBeVisible();
    const offer = page.getByRole('region', { name: /^Restore unsaved changes from / });
    await expect(offer).toBeVisible();
    await expect(squat.locator('.summary')).toContainText('3 sets of 10 repetitions');
    await offer.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(offer).toBeHidden();
    await expect(squat.locator('.summary')).toContainText('4 sets of 10 repetitions');
    await expect(page.locator('strong.unsaved')).toBeVisible();

    // (b) Version 2 saved here, then version 3 by a colleague (the API), then a save from here at version 2.
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await expect(page.getByText(/Version 2 · 5 exercises/)).toBeVisible();
    const current = await page.request.get(`/api/patients/${id}/program`);
    expect(current.status()).toBe(200);
    const { program } = ((await current.json()) as { current: { program: unknown } }).current;
    const theirs = await page.request.put(`/api/patients/${id}/program`, {
      headers: { origin },
      data: { version: 2, program, changeSummary: 'A colleague checked the doses' },
    });
    expect(theirs.status(), await theirs.text()).toBe(200);
    expect(((await theirs.json()) as { version: number }).version).toBe(3);

    await page.getByRole('button', { name: 'Progress Glute bridge' }).click();
    await expect(announcer(page)).toContainText(
      'Progressed from Glute bridge to Single-leg bridge',
    );
    await page.getByRole('button', { name: 'Save as new version' }).click();
    const stale = page.getByRole('region', {
      name: 'Someone else saved this program while you were editing',
    });
    await expect(stale).toBeVisible();
    await expect(stale).toContainText('saved version 3');
    await expect(stale).toContainText('A colleague checked the doses');
    await expect(
      stale.getByRole('button', { name: 'Keep mine as the next version' }),
    ).toBeVisible();
    await expect(stale.getByRole('button', { name: 'See their version' })).toBeVisible();
    await expect(stale.getByRole('heading')).toBeFocused();
    await expect(page.getByText(/Version 2 · 5 exercises/)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'program-stale-choice');

    await stale.getByRole('button', { name: 'Keep mine as the next version' }).click();
    await expect(page.getByText(/Version 4 · 5 exercises/)).toBeVisible();
    await expect(stale).toBeHidden();
    await expect(sectionNames(page, 'Glutes & hip')).toContainText(['Single-leg bridge']);
    await expect(page.locator('strong.unsaved')).toBeHidden();
  });
});

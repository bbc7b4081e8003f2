import { expect, test } from '@playwright/test';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';
import { solidPng } from './support/solid-png';

const demoAddress = '1420 Riverside Avenue, Suite 200, Portland, OR 97214';
const demoPhone = '(503) 555-0142';

test.describe("a clinic manager's clinic details", () => {
  test('edits the address and phone, is told of a bad phone, uploads a logo and is told of a renamed file', async ({
    page,
  }) => {
    await signIn(page, demoLogins.manager);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Clinic' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clinic' })).toBeVisible();
    const address = page.getByLabel('Address');
    const phone = page.getByLabel('Phone');
    await expect(page.getByLabel('Clinic name')).toHaveValue('Demo Clinic');
    await expect(phone).toHaveValue(demoPhone);
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinic');

    // A bad phone is caught in the form, in the contract's words, and focus goes to it.
    await address.fill('1420 Riverside Avenue, Suite 200\nPortland, OR 97214');
    await phone.fill('call the desk');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect(
      page.getByText('Enter a phone number of 7 to 15 digits, like (555) 010-2030.'),
    ).toBeVisible();
    await expect(phone).toBeFocused();
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinic-bad-phone');

    await page.getByLabel('Clinic name').fill('Demo Clinic Riverside');
    await phone.fill('(503) 555-0199');
    await phone.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Demo Clinic Riverside');
    await page.reload();
    await expect(address).toHaveValue('1420 Riverside Avenue, Suite 200\nPortland, OR 97214');
    await expect(phone).toHaveValue('(503) 555-0199');

    // A logo is checked by its bytes: a real PNG is kept and shown, a text file named logo.png is not.
    const logoFile = page.locator('input[type="file"]');
    await logoFile.setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: solidPng(180, 60, [0x1b, 0x5e, 0x20]),
    });
    await expect(page.getByText('Logo saved. New handouts print it.')).toBeVisible();
    const logo = page.getByRole('img', { name: 'Logo of Demo Clinic' });
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(180);
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinic-logo');

    await logoFile.setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('Opening hours and parking notes, not a picture.'),
    });
    await expect(
      page.getByText('This file is not a PNG or JPEG picture, whatever its name says.'),
    ).toBeVisible();
    await expect(logo).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinic-logo-refused');

    // Leave the demo clinic as the seed made it for the journeys after this one.
    await page.getByRole('button', { name: 'Remove the logo' }).click();
    await expect(page.getByText('Logo removed. New handouts print no logo.')).toBeVisible();
    await page.getByLabel('Clinic name').fill('Demo Clinic');
    await address.fill(demoAddress);
    await phone.fill(demoPhone);
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.getByRole('banner')).not.toContainText('Riverside');
  });

  test('works the clinic page with the keyboard alone', async ({ page }) => {
    await signIn(page, demoLogins.manager);
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await page.goto('/clinic');
    const name = page.getByLabel('Clinic name');
    await expect(name).toHaveValue('Demo Clinic');
    await name.focus();
    for (const next of [
      page.getByLabel('Address'),
      page.getByLabel('Phone'),
      page.getByRole('button', { name: 'Save details' }),
      page.getByRole('button', { name: 'Upload a logo' }),
    ]) {
      await page.keyboard.press('Tab');
      await expect(next).toBeFocused();
    }
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    expect((await chooser).isMultiple()).toBe(false);
  });

  test('is not offered to a therapist', async ({ page }) => {
    await signIn(page, demoLogins.therapist1);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Patients' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Clinic' })).toHaveCount(0);
    await page.goto('/clinic');
    await expect(page.getByText("The clinic's details are for clinic managers.")).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Clinic' })).toHaveCount(0);
  });
});

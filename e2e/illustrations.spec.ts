import { expect, test } from '@playwright/test';
import { demoLogins } from './support/demo-logins';
import { expectNoAxeViolations, screenshot, signIn } from './support/journey';

// A real 1×1 PNG, so the browser can draw what the server serves back.
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test.describe('exercise illustrations', () => {
  // Three axe scans of pages holding 58 drawings, on a 2-core machine shared with other builds.
  test.setTimeout(180_000);

  test('the library shows every exercise drawn, and a custom exercise takes an uploaded photo', async ({
    page,
  }) => {
    await signIn(page, demoLogins.therapist1);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Exercise library' })
      .click();
    const list = page.getByRole('navigation', { name: 'Exercises' });
    const pictures = list.locator('svg[role="img"]');
    await expect(pictures.first()).toBeVisible({ timeout: 30_000 });
    expect(await pictures.count()).toBeGreaterThanOrEqual(45);
    await expect(pictures.first()).toHaveAttribute(
      'aria-label',
      /start and end positions\. .+; .+\./,
    );

    await list.getByRole('link', { name: /^Glute bridge/ }).click();
    const detail = page.getByRole('article');
    const drawing = detail.getByRole('img', { name: /^Glute bridge, start and end positions\./ });
    await expect(drawing).toBeVisible();
    await expect(drawing).toHaveAttribute('aria-label', /Lying on back, knees bent; lift the hips/);
    expect((await drawing.boundingBox())!.width).toBeGreaterThan(250);
    await expectNoAxeViolations(page);
    await screenshot(page, 'illustrations-library-detail');

    // A copy keeps the drawing of the exercise it came from, until the clinic uploads its own picture.
    await page.getByRole('link', { name: 'Copy as custom' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Bridge with our photo');
    await expect(
      page.getByRole('img', { name: /^Bridge with our photo, start and end positions/ }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Save exercise' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Bridge with our photo' }),
    ).toBeVisible();
    await page.getByRole('article').getByRole('link', { name: 'Edit' }).click();

    const upload = page.getByLabel('Choose a picture');
    const status = page.getByRole('status').filter({ hasText: /picture|PNG/i });
    await upload.setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('Not a picture, only text.'),
    });
    await expect(status).toHaveText(
      'This file is not a PNG or JPEG picture, whatever its name says. Choose a PNG or JPEG picture.',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'illustrations-upload-refused');

    await upload.setInputFiles({ name: 'bridge.png', mimeType: 'image/png', buffer: onePixelPng });
    await expect(status).toHaveText('Picture saved.');
    await page.getByRole('button', { name: 'Cancel' }).click();
    const photo = page
      .getByRole('article')
      .getByRole('img', { name: 'Bridge with our photo: picture from the clinic.' });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await expectNoAxeViolations(page);
  });
});

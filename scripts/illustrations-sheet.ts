/**
 * Writes a contact sheet of every catalogue exercise's illustration, to review by eye before a release:
 *   test-results/illustrations/sheet.html   all exercises, name, picture and alt text
 *   test-results/illustrations/sheet.png    the same page rendered in Debian Chromium
 *   test-results/illustrations/sheet-N.png  the sheet in slices of 12, large enough to judge each figure
 * `--grey` renders in grey scale, as an office printer would.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { catalogue } from '../domain/exercises/catalogue';
import { drawExercise } from '../domain/illustrations/exercise-illustrations';

const outDir = join(process.cwd(), 'test-results', 'illustrations');
const grey = process.argv.includes('--grey');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const cells = catalogue.map((exercise, i) => {
  const drawn = drawExercise(exercise);
  const picture = drawn ? drawn.svg : '<p class="missing">No illustration</p>';
  return `<figure data-index="${i}"><figcaption><b>${i + 1}. ${escapeHtml(exercise.name)}</b> <code>${exercise.id}</code></figcaption>${picture}<p>${escapeHtml(drawn?.alt ?? '')}</p></figure>`;
});

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Exercise illustrations</title>
<style>
body { font: 12px sans-serif; margin: 12px; ${grey ? 'filter: grayscale(1);' : ''} }
main { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
figure { margin: 0; border: 1px solid #ccc; padding: 6px; break-inside: avoid; }
figure svg { width: 100%; height: 190px; display: block; }
figure p { margin: 4px 0 0; color: #333; }
.missing { color: #b00; font-weight: bold; }
</style></head><body><h1>Exercise illustrations (${catalogue.length})</h1><main>${cells.join('')}</main></body></html>`;

mkdirSync(outDir, { recursive: true });
const htmlPath = join(outDir, 'sheet.html');
writeFileSync(htmlPath, html);

async function screenshot(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`file://${htmlPath}`);
    await page.screenshot({ path: join(outDir, 'sheet.png'), fullPage: true });
    const figures = page.locator('figure');
    const count = await figures.count();
    for (let start = 0; start < count; start += 12) {
      const first = await figures.nth(start).boundingBox();
      const last = await figures.nth(Math.min(start + 11, count - 1)).boundingBox();
      if (!first || !last) continue;
      await page.screenshot({
        path: join(outDir, `sheet-${start / 12 + 1}.png`),
        fullPage: true,
        clip: { x: 0, y: first.y - 4, width: 1200, height: last.y + last.height - first.y + 8 },
      });
    }
  } finally {
    await browser.close();
  }
}

void screenshot().then(() => console.log(`Contact sheet: ${htmlPath} (+ sheet.png and slices)`));

import { type Page, chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { catalogue } from '../domain/exercises/catalogue';
import { addItem, emptyProgram } from '../domain/programs/program';
import { median, percentile } from './percentiles';
import { signInCookie } from './session-cookie';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A patient whose saved program holds 30 catalogue exercises at their default doses; returns the patient's id. */
async function patientWith30Exercises(url: string, cookie: string): Promise<string> {
  const send = async (method: string, path: string, body: object, status: number) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, origin: url, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== status) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  const { id } = await send('POST', '/api/patients', {
    firstName: 'Bench', lastName: 'Thirty', dateOfBirth: '1985-05-05', diagnosis: 'patellofemoral_pain',
    affectedSide: 'right', startDate: new Date().toISOString().slice(0, 10), weeklyDistance: 8, distanceUnit: 'mi',
  }, 201);
  const program = catalogue
    .slice(0, 30)
    .reduce((p, e) => addItem(p, e.section, { exerciseId: e.id, dose: e.defaultDose }), emptyProgram());
  await send('PUT', `/api/patients/${id}/program`, { version: 0, program }, 200);
  return id;
}

/**
 * Waits until the page has measured `count` dose edits. A PerformanceObserver, not `waitForFunction`: that polls on
 * every animation frame, running the bench's own script inside the frames being measured.
 */
function measuredEdits(page: Page, count: number): Promise<void> {
  // No named functions inside: the bench runs through tsx, whose helper names them with a function the page lacks.
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        if (performance.getEntriesByName('program-dose-edit').length >= n) return resolve();
        new PerformanceObserver((_entries, observer) => {
          if (performance.getEntriesByName('program-dose-edit').length < n) return;
          observer.disconnect();
          resolve();
        }).observe({ entryTypes: ['measure'] });
      }),
    count,
  );
}

/**
 * One dose edit in a 30-exercise program, from the dispatch to the view drawn: the Program tab's performance
 * measure `program-dose-edit`. Each sample changes the sets of the first exercise (alternately 4 and 3) and leaves
 * the field, as a therapist does.
 */
export async function measureDoseEdit(url: string, email: string, password: string, edits = 30) {
  const patientId = await patientWith30Exercises(url, await signInCookie(url, email, password));
  const browser = await chromium.launch({ executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Password').press('Enter');
    await page.waitForURL((u) => u.pathname.startsWith('/patients'));
    await page.goto(`${url}/patients/${patientId}`);
    await page.getByText(/Version 1 · 30 exercises/).waitFor();
    const first = page.locator('app-program-item').first();
    await first.getByRole('button', { name: 'Edit dose' }).click();
    const sets = first.getByRole('spinbutton', { name: 'Sets' });
    const warmUp = 3;
    for (let i = 0; i < edits + warmUp; i++) {
      await sets.fill(String(i % 2 ? 3 : 4));
      await sets.press('Tab');
      await measuredEdits(page, i + 1);
    }
    const all = await page.evaluate(() =>
      performance.getEntriesByName('program-dose-edit').map((entry) => entry.duration),
    );
    const samples = all.slice(warmUp);
    return {
      exercises: 30,
      edits,
      medianMs: median(samples),
      p95Ms: percentile(samples, 95),
      samples: samples.map((s) => Math.round(s * 10) / 10),
    };
  } finally {
    await browser.close();
  }
}

/** The relative chunks a chunk imports statically (esbuild output: `from"./chunk-X.js"`). */
function staticImports(dir: string, file: string): string[] {
  const text = readFileSync(join(dir, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]);
}

function closure(dir: string, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(dir, file).forEach(visit);
  };
  visit(start);
  return seen;
}

const gzip = (dir: string, file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/**
 * The builder's lazy chunk: the file holding the Program tab (`app-program-tab`), gzip level 9; and, for
 * information, what opening the tab fetches beyond what the way there (initial bundle, shell, patients list,
 * patient page) already loaded: its chunk plus the shared chunks only it needs there.
 */
export function measureBuilderChunk(browserDir: string, lazyChunks: { file: string }[], initialFiles: { file: string }[]) {
  const find = (marker: string) => {
    const file = lazyChunks.find((c) => readFileSync(join(browserDir, c.file), 'utf8').includes(marker))?.file;
    if (!file) throw new Error(`No chunk holds ${marker}`);
    return file;
  };
  const builder = find('"app-program-tab"');
  const onTheWay = ['"app-shell"', '"app-patients-page"', '"app-patient-page"'].map(find);
  const loaded = new Set<string>();
  for (const f of [...initialFiles.map((i) => i.file).filter((f) => f.endsWith('.js')), ...onTheWay]) {
    closure(browserDir, f).forEach((x) => loaded.add(x));
  }
  const fetched = [...closure(browserDir, builder)].filter((f) => !loaded.has(f));
  return {
    file: builder,
    gzipBytes: gzip(browserDir, builder),
    openingTheTab: {
      files: fetched,
      gzipBytes: fetched.reduce((total, f) => total + gzip(browserDir, f), 0),
    },
  };
}

/**
 * Issue 8 targets: the handout for 20 exercises with a 16-week running plan renders within 300 ms, and its PDF
 * within 2 s. Timed here: building the document (domain/handout, what every preview and record does), the PDF
 * endpoint cold (first PDF after the server starts, Chromium launched) and warm, and the SPA print page's render.
 */
import { chromium } from '@playwright/test';
import { swimBikePlan } from '../domain/cross-training/sample-plan';
import { catalogue } from '../domain/exercises/catalogue';
import { buildHandout } from '../domain/handout/build-handout';
import { defaultHandoutOptions, type HandoutLanguage } from '../domain/handout/handout-options';
import { sampleHandoutSources } from '../domain/handout/sample-handout';
import { addItem, emptyProgram, type Program } from '../domain/programs/program';
import { addWeeks, mondayOf } from '../domain/training-load/calendar-weeks';
import { generatePlan, withPlanDefaults } from '../domain/training-load/plan-generator';
import { measureStandInPdf } from './handout-print-stand-in';
import { median, percentile } from './percentiles';
import { signInCookie } from './session-cookie';

/** The print page's measure (src/app/handouts/handout-print-page). */
const renderMeasure = 'handout-render';

const twentyExercises = (): Program =>
  catalogue
    .slice(0, 20)
    .reduce(
      (p, e) => addItem(p, e.section, { exerciseId: e.id, dose: e.defaultDose }),
      emptyProgram(),
    );

/** 10 → 25 mi ending with a race 15 weeks after the start: 16 planned weeks. */
function sixteenWeekPlan(start: string) {
  const settings = withPlanDefaults({
    baselineMetres: 16093,
    targetMetres: 40234,
    startWeek: start,
    raceDate: addWeeks(start, 15),
    unit: 'mi',
  });
  const weeks = generatePlan(settings).weeks;
  if (weeks.length !== 16) throw new Error(`bench plan has ${weeks.length} weeks, not 16`);
  return { settings, weeks };
}

const sourcesIn = (language: HandoutLanguage) =>
  sampleHandoutSources({
    options: { ...defaultHandoutOptions, language },
    program: { version: 1, program: twentyExercises() },
    crossTraining: { version: 1, plan: swimBikePlan() },
    running: {
      ...sampleHandoutSources().running!,
      kind: 'mileage',
      ...sixteenWeekPlan('2026-11-30'),
    },
  });

export function measureHandoutBuilder(runs = 300) {
  const byLanguage = (language: HandoutLanguage) => {
    const sources = sourcesIn(language);
    for (let i = 0; i < 30; i++) buildHandout(sources);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      buildHandout(sources);
      samples.push(performance.now() - start);
    }
    return { runs, medianMs: median(samples), p95Ms: percentile(samples, 95) };
  };
  return { exercises: 20, runningWeeks: 16, en: byLanguage('en'), es: byLanguage('es') };
}

/** Chromium's share of the PDF, on a stand-in layout of the same 20-exercise handout (see handout-print-stand-in). */
export function measureStandInHandoutPdf() {
  return measureStandInPdf(buildHandout(sourcesIn('en')));
}

/**
 * A new patient with 20 exercises and a 16-week plan, one handout recorded; then its PDF once cold (the server's
 * first, so Chromium starts) and `warmRuns` times warm. Call on a freshly started server.
 */
export async function measureHandoutPdf(
  url: string,
  email: string,
  password: string,
  warmRuns = 5,
) {
  const cookie = await signInCookie(url, email, password);
  const send = async (method: string, path: string, body: object | undefined, status: number) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, origin: url, ...(body && { 'content-type': 'application/json' }) },
      body: body && JSON.stringify(body),
    });
    if (res.status !== status)
      throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return res;
  };
  const today = new Date().toISOString().slice(0, 10);
  const patient = (await (
    await send(
      'POST',
      '/api/patients',
      {
        firstName: 'Bench',
        lastName: 'Handout',
        dateOfBirth: '1985-05-05',
        diagnosis: 'patellofemoral_pain',
        affectedSide: 'right',
        startDate: today,
        weeklyDistance: 10,
        distanceUnit: 'mi',
      },
      201,
    )
  ).json()) as { id: string };
  const base = `/api/patients/${patient.id}`;
  await send('PUT', `${base}/program`, { version: 0, program: twentyExercises() }, 200);
  await send(
    'PUT',
    `${base}/cross-training`,
    { version: 0, plan: swimBikePlan({ startWeek: mondayOf(today) }) },
    200,
  );
  const start = mondayOf(today);
  await send(
    'POST',
    `${base}/running-plan`,
    {
      kind: 'mileage',
      baselineDistance: 10,
      targetDistance: 25,
      startWeek: start,
      raceDate: addWeeks(start, 15),
    },
    201,
  );
  const { versions } = (await (
    await send('GET', `${base}/handout/preview`, undefined, 200)
  ).json()) as {
    versions: object;
  };
  const record = (await (
    await send('POST', `${base}/handouts`, { options: defaultHandoutOptions, versions }, 201)
  ).json()) as { id: string };

  const pdf = async () => {
    const started = performance.now();
    const res = await fetch(`${url}${base}/handouts/${record.id}/pdf`, { headers: { cookie } });
    const body = Buffer.from(await res.arrayBuffer());
    return {
      ms: performance.now() - started,
      status: res.status,
      bytes: body.length,
      error: res.ok ? null : body.toString(),
    };
  };
  const cold = await pdf();
  if (cold.status !== 200) return { error: `PDF answered ${cold.status}: ${cold.error}` };
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) {
    const run = await pdf();
    if (run.status !== 200) return { error: `warm PDF answered ${run.status}: ${run.error}` };
    warm.push(run.ms);
  }
  return {
    exercises: 20,
    runningWeeks: 16,
    printPath: `/patients/${patient.id}/handouts/${record.id}/print`,
    bytes: cold.bytes,
    coldMs: Math.round(cold.ms),
    warm: { runs: warmRuns, medianMs: median(warm), p95Ms: percentile(warm, 95) },
  };
}

/**
 * The print page's render of that handout (the SPA's part of the 300 ms target): its `handout-render` measure, from
 * the recorded document arriving to the page laid out with its pictures. Each run loads the page afresh.
 */
export async function measureHandoutRender(
  url: string,
  email: string,
  password: string,
  printPath: string,
  runs = 10,
) {
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Password').press('Enter');
    await page.waitForURL((u) => u.pathname.startsWith('/patients'));
    const render: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const started = performance.now();
      await page.goto(`${url}${printPath}`);
      await page.locator('[data-handout-ready]').waitFor({ state: 'attached' });
      const loaded = performance.now() - started;
      const ms = await page.evaluate(
        (name) => performance.getEntriesByName(name).at(-1)?.duration ?? -1,
        renderMeasure,
      );
      if (ms < 0) throw new Error(`the print page recorded no ${renderMeasure} measure`);
      if (i === 0) continue; // the first load fills the browser's cache
      render.push(ms);
      ready.push(loaded);
    }
    return {
      runs,
      medianMs: median(render),
      p95Ms: percentile(render, 95),
      pageReadyForInformation: { medianMs: median(ready), p95Ms: percentile(ready, 95) },
    };
  } finally {
    await browser.close();
  }
}

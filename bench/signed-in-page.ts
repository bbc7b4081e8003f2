import { chromium, type Page } from '@playwright/test';

/** Debian Chromium as the journeys start it: no sandbox as root, no calls out of this machine's closed network. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface SignIn {
  url: string;
  email: string;
  password: string;
  /** Animations finished at once, so a measure times the app's work, not a transition. */
  reducedMotion?: boolean;
  /** Runs in the page before any of its scripts, from the sign-in page on (a watcher the measure reads). */
  initScript?: () => void;
}

/** Runs `work` in a 1280 × 800 page of a fresh Chromium, signed in through the sign-in page; closes the browser after. */
export async function withSignedInPage<T>(
  { url, email, password, reducedMotion = false, initScript }: SignIn,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      ...(reducedMotion && { reducedMotion: 'reduce' as const }),
    });
    if (initScript) await page.addInitScript(initScript);
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Password').press('Enter');
    await page.waitForURL((u) => u.pathname.startsWith('/patients'));
    return await work(page);
  } finally {
    await browser.close();
  }
}

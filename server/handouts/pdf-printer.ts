import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import type { PaperSize } from '@domain/handout/handout-options';

/** What to print: a page of this server's SPA, opened as the signed-in user. */
export interface PrintJob {
  /** Absolute URL of the print layout on this server. */
  url: string;
  /** The user's session cookie, set for that URL's origin only. */
  cookie: { name: string; value: string };
  /** The paper when the page sets none itself (the print layout's @page rule sizes it, as for the browser's Print). */
  paper: PaperSize;
}

/** Prints pages to PDF; `available` is false on a server without a browser to print with (the route answers 503). */
export interface PdfPrinter {
  readonly available: boolean;
  print(job: PrintJob): Promise<Buffer>;
  close(): Promise<void>;
}

/** Debian's Chromium, unless `CHROMIUM_PATH` names another. */
export const defaultChromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The print layout sets this attribute once every picture and table is laid out. */
export const handoutReadySelector = '[data-handout-ready]';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The system's Chromium (Debian `chromium`), started on the first PDF and kept running for the next: a cold start
 * costs about a second, a warm print a fraction of it. Each print gets its own browser context, so one user's
 * cookie never reaches another's page.
 */
export function chromiumPrinter(executablePath: string, timeoutMs = 15_000): PdfPrinter {
  let browser: Promise<Browser> | undefined;
  const launch = () =>
    chromium.launch({ executablePath, args: chromiumFlags, headless: true }).then((b) => {
      b.on('disconnected', () => (browser = undefined));
      return b;
    });
  return {
    available: existsSync(executablePath),
    async print({ url, cookie, paper }) {
      browser ??= launch();
      const context = await (await browser).newContext();
      try {
        // For the whole origin (path /), so the page's own API calls carry it as the SPA's do.
        const origin = new URL(url).origin;
        await context.addCookies([{ ...cookie, url: origin, httpOnly: true, sameSite: 'Strict' }]);
        const page = await context.newPage();
        page.setDefaultTimeout(timeoutMs);
        await page.goto(url);
        await page.waitForSelector(handoutReadySelector, { state: 'attached' });
        await page.emulateMedia({ media: 'print' });
        // The page's own @page rule gives size, margins and the footer ("Page 2 of 3" in its margin boxes), so the
        // PDF has the same pages as the browser's Print; no Chromium header or footer of ours on top.
        return await page.pdf({
          format: paper === 'a4' ? 'A4' : 'Letter',
          preferCSSPageSize: true,
          printBackground: true,
        });
      } finally {
        await context.close();
      }
    },
    async close() {
      const running = browser;
      browser = undefined;
      if (running) await (await running).close();
    },
  };
}

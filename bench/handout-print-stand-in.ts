/**
 * Chromium's part of a handout PDF, timed without the SPA: a stand-in print layout on a loopback server draws a
 * built handout as plain HTML (every exercise with its drawing, steps, cues and dose; the schedule; the running
 * table), marks it ready, and the server's printer prints it. The real figure is `pdf` (the SPA's print route
 * through the API); this one tells how much of it is Chromium starting and printing.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandoutDocument } from '../domain/handout/handout-document';
import { chromiumPrinter, defaultChromiumPath } from '../server/handouts/pdf-printer';
import { median, percentile } from './percentiles';

const layoutScript = `
const h = await (await fetch('/handout.json')).json();
const el = (tag, text) => Object.assign(document.createElement(tag), text === undefined ? {} : { textContent: text });
const page = document.body;
page.append(el('h1', h.title), el('p', h.patient.name + ' · ' + h.therapist.name + ' · ' + h.date.text));
for (const group of h.strength?.groups ?? []) {
  page.append(el('h2', group.heading));
  for (const e of group.exercises) {
    const block = el('section');
    block.style.breakInside = 'avoid';
    block.append(el('h3', e.name));
    if (e.picture.kind === 'drawing') block.insertAdjacentHTML('beforeend', e.picture.svg);
    const steps = el('ol');
    for (const s of e.steps) steps.append(el('li', s));
    block.append(steps, el('p', e.cues.join(' ')), el('p', e.dose));
    page.append(block);
  }
}
const table = (rows) => {
  const t = el('table');
  for (const cells of rows) {
    const tr = el('tr');
    for (const c of cells) tr.append(el('td', c));
    t.append(tr);
  }
  return t;
};
if (h.schedule) page.append(el('h2', h.schedule.heading), table(h.schedule.days.map((d) => [d.day, d.activities.join(', ')])));
if (h.running) page.append(el('h2', h.running.heading), table(h.running.rows.map((r) => [r.weekOf, r.distance, r.runDays])));
page.setAttribute('data-handout-ready', '');
`;

export async function measureStandInPdf(document: HandoutDocument, warmRuns = 5) {
  const files: Record<string, [string, string]> = {
    '/layout.js': ['text/javascript', layoutScript],
    '/handout.json': ['application/json', JSON.stringify(document)],
  };
  const server = createServer((request, response) => {
    const [type, body] = files[request.url ?? ''] ?? [
      'text/html',
      '<!doctype html><html><head><style>svg{max-width:50%;height:auto}' +
        '@page{margin:12mm 12mm 16mm;@bottom-right{content:"Page " counter(page) " of " counter(pages)}}</style>' +
        '<script src="/layout.js" type="module"></script></head><body></body></html>',
    ];
    response.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const printer = chromiumPrinter(defaultChromiumPath);
  const job = {
    url: `http://127.0.0.1:${port}/print`,
    cookie: { name: 'stride_session', value: 'stand-in' },
    paper: document.options.paper,
  };
  try {
    const time = async () => {
      const started = performance.now();
      const pdf = await printer.print(job);
      return { ms: performance.now() - started, bytes: pdf.length };
    };
    const cold = await time();
    const warm: number[] = [];
    for (let i = 0; i < warmRuns; i++) warm.push((await time()).ms);
    return {
      bytes: cold.bytes,
      coldMs: Math.round(cold.ms),
      warm: { runs: warmRuns, medianMs: median(warm), p95Ms: percentile(warm, 95) },
    };
  } finally {
    await printer.close();
    server.close();
  }
}

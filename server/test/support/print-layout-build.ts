import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in for the SPA's print layout, in a temporary folder served as the SPA build: on
 * /patients/:id/handouts/:handoutId/print it reads the handout through the API with the browser's own session
 * cookie, writes the patient's name and the title, numbers the pages in its @page margin boxes as the real layout
 * does (leaving the paper size to the printer), then marks the page ready. Without a session it never does.
 */
export function fakePrintLayoutBuild(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'stride-print-'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><script src="/print-layout.js" type="module"></script></head><body></body></html>',
  );
  writeFileSync(
    join(root, 'print-layout.js'),
    [
      "const [, , id, , handoutId] = location.pathname.split('/');",
      'const response = await fetch(`/api/patients/${id}/handouts/${handoutId}`);',
      'if (response.ok) {',
      '  const { document: handout } = await response.json();',
      "  const heading = window.document.createElement('h1');",
      '  heading.textContent = `${handout.title}: ${handout.patient.name}`;',
      '  window.document.body.append(heading);',
      "  const style = window.document.createElement('style');",
      '  style.textContent = `@page { margin: 12mm 12mm 16mm; @bottom-left { content: "${handout.footer.text}"; }` +',
      '    ` @bottom-right { content: "Page " counter(page) " of " counter(pages); } }`;',
      '  window.document.head.append(style);',
      "  window.document.body.setAttribute('data-handout-ready', '');",
      '}',
    ].join('\n'),
  );
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

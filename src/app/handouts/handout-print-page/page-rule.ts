import type { HandoutDocument } from '@domain/handout/handout-document';

/**
 * The handout's @page rule: paper size, margins, and the footer in the page's margin boxes — the plan versions and
 * date on the left, "Page X of Y" on the right. Chromium (131 and later) fills counter(pages) in margin boxes both
 * when the browser prints and in page.pdf(), so the browser's print and the server's PDF number pages the same way
 * without Playwright's footerTemplate.
 */
export function pageRule(document: HandoutDocument): string {
  const size = document.options.paper === 'a4' ? 'A4' : 'letter';
  const font = `${document.options.largePrint ? '12pt' : '8.5pt'} Roboto, Arial, Helvetica, sans-serif`;
  return (
    `@page { size: ${size}; margin: 12mm 12mm 16mm;` +
    ` @bottom-left { content: ${cssString(document.footer.text)}; font: ${font}; color: #000; vertical-align: top; }` +
    ` @bottom-right { content: ${pageOfContent(document.footer.pageOf)}; font: ${font}; color: #000;` +
    ` vertical-align: top; white-space: nowrap; } }`
  );
}

/** "Página {page} de {pages}" → "Página " counter(page) " de " counter(pages). */
export function pageOfContent(pageOf: string): string {
  return pageOf
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

/** Text as a CSS string: quotes and backslashes escaped, line breaks and markup-like characters as escapes. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\n\r\f]/g, ' ')
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ');
  return `"${escaped}"`;
}

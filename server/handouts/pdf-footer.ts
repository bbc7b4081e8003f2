import type { HandoutDocument } from '@domain/handout/handout-document';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Chromium's page footer for a handout: plan versions and date on the left, "Page 2 of 3" on the right, in the
 * handout's language. Chromium fills in the `pageNumber` and `totalPages` spans; the template has no page styles,
 * so it carries its own size (larger for large print).
 */
export function pdfFooterHtml(document: HandoutDocument): string {
  const pageOf = escapeHtml(document.footer.pageOf)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  const size = document.options.largePrint ? '11pt' : '8pt';
  return (
    `<div style="font-family: sans-serif; font-size: ${size}; color: #000; width: 100%; margin: 0 12mm; ` +
    `display: flex; justify-content: space-between; gap: 8mm">` +
    `<span>${escapeHtml(document.footer.text)}</span><span>${pageOf}</span></div>`
  );
}

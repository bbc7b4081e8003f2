import { execFileSync } from 'node:child_process';

/** Number of pages, from poppler's `pdfinfo`. */
export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

/** The words of each page (`pdftotext -f N -l N`), whitespace run together so a wrapped line still matches. */
export function pdfPages(file: string): string[] {
  const pages = pdfPageCount(file);
  return Array.from({ length: pages }, (_, i) =>
    flat(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })),
  );
}

/** Whitespace run together: how a sentence reads whatever the line breaks. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Pages `first`..`last` as PNG at 80 dpi (`pdftoppm`), written as `<prefix>-<n>.png`. */
export function pdfToPng(file: string, prefix: string, first: number, last: number): void {
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(first), '-l', String(last), file, prefix]);
}

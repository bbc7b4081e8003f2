import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const spaIndexHtml =
  '<!doctype html><html><head><script src="main-7KQ2XZ4M.js" type="module"></script></head></html>';

/** A stand-in for dist/stride-rx/browser in a temporary folder: an index, a hashed bundle, an unhashed icon. */
export function fakeSpaBuild(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'stride-spa-'));
  writeFileSync(join(root, 'index.html'), spaIndexHtml);
  writeFileSync(join(root, 'main-7KQ2XZ4M.js'), 'console.log("stride")');
  writeFileSync(join(root, 'favicon.ico'), '');
  mkdirSync(join(root, 'media'));
  writeFileSync(join(root, 'media', 'roboto-latin-400-normal-AB12CD34.woff2'), '');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

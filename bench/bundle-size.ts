import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface BundleSizes {
  initial: { rawBytes: number; gzipBytes: number; jsRawBytes: number; jsGzipBytes: number; files: FileSize[] };
  lazyChunks: FileSize[];
}

function sizeOf(dir: string, file: string): FileSize {
  const bytes = readFileSync(join(dir, file));
  return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

const sum = (files: FileSize[], key: 'rawBytes' | 'gzipBytes') => files.reduce((total, f) => total + f[key], 0);

/**
 * Initial = what index.html loads before the app can start (scripts, module preloads, styles);
 * every other JavaScript file is a lazy chunk fetched on navigation.
 */
export function measureBundle(browserDir: string): BundleSizes {
  const html = readFileSync(join(browserDir, 'index.html'), 'utf8');
  const referenced = new Set(
    [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1].replace(/^\.?\//, '')),
  );
  const initialFiles = [...referenced].map((f) => sizeOf(browserDir, f));
  const js = initialFiles.filter((f) => f.file.endsWith('.js'));
  const lazyChunks = readdirSync(browserDir)
    .filter((f) => f.endsWith('.js') && !referenced.has(f))
    .map((f) => sizeOf(browserDir, f))
    .sort((a, b) => b.rawBytes - a.rawBytes);
  return {
    initial: {
      rawBytes: sum(initialFiles, 'rawBytes'),
      gzipBytes: sum(initialFiles, 'gzipBytes'),
      jsRawBytes: sum(js, 'rawBytes'),
      jsGzipBytes: sum(js, 'gzipBytes'),
      files: initialFiles,
    },
    lazyChunks,
  };
}

import { InjectionToken } from '@angular/core';

/** Saves a downloaded file the way a link with `download` does. */
export function savePdf(pdf: Blob, fileName: string): void {
  const url = URL.createObjectURL(pdf);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** How the tab saves a PDF: a token so specs can see the file instead of downloading it. */
export const pdfSaver = new InjectionToken<(pdf: Blob, fileName: string) => void>('PDF saver', {
  providedIn: 'root',
  factory: () => savePdf,
});

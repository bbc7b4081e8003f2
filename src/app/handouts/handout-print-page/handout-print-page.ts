import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  afterRenderEffect,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { HandoutRecord } from '@domain/contracts/handouts';
import { toApiError } from '../../core/api/to-api-error';
import { HandoutView } from '../handout-view/handout-view';
import { HandoutsClient } from '../handouts-client';
import { pageRule } from './page-rule';

/** Performance timeline names: `handout-render` is read by the e2e journey. */
export const documentLoadedMark = 'handout-document-loaded';
export const renderMeasure = 'handout-render';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; record: HandoutRecord }
  | { status: 'failed'; message: string };

/**
 * `/patients/:id/handouts/:handoutId/print`: a recorded handout exactly as it was printed, outside the app's shell
 * so nothing but the handout reaches paper. Reprinting opens this same page. When the document and its pictures
 * have loaded, the root gets `data-handout-ready` (the server's PDF printer waits for it); `?print=1` then opens
 * the print dialog.
 */
@Component({
  selector: 'app-handout-print-page',
  imports: [HandoutView, RouterLink],
  templateUrl: './handout-print-page.html',
  styleUrl: './handout-print-page.scss',
  host: { '[attr.data-handout-ready]': "ready() ? '' : null" },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoutPrintPage {
  private readonly client = inject(HandoutsClient);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly page = inject(DOCUMENT);

  readonly id = input.required<string>();
  readonly handoutId = input.required<string>();
  /** `?print=1`: open the print dialog once ready. */
  readonly print = input<string>();

  protected readonly load = signal<Load>({ status: 'loading' });
  protected readonly ready = signal(false);

  constructor() {
    effect((onCleanup) => {
      const [id, handoutId] = [this.id(), this.handoutId()];
      this.load.set({ status: 'loading' });
      this.ready.set(false);
      const request = this.client.handout(id, handoutId).subscribe({
        next: (record) => {
          performance.mark(documentLoadedMark);
          this.load.set({ status: 'ready', record });
        },
        error: (failure: unknown) => this.load.set({ status: 'failed', message: failureMessage(failure) }),
      });
      onCleanup(() => request.unsubscribe());
    });
    effect((onCleanup) => {
      const load = this.load();
      if (load.status !== 'ready') return;
      const style = this.page.createElement('style');
      style.setAttribute('data-handout-page', '');
      style.textContent = pageRule(load.record.document);
      this.page.head.appendChild(style);
      onCleanup(() => style.remove());
    });
    afterRenderEffect(() => {
      if (this.load().status !== 'ready' || this.ready()) return;
      void this.whenPicturesLoaded().then(() => {
        // From the document's arrival to laid out with its pictures: the render budget (300 ms).
        performance.measure(renderMeasure, documentLoadedMark);
        this.ready.set(true);
        // An automated browser (the server's PDF printer) never gets the dialog: Chromium refuses to make a PDF
        // of a page whose print dialog is open ("Page is already being printed").
        if (this.print() === '1' && !this.page.defaultView?.navigator.webdriver) this.openPrintDialog();
      });
    });
  }

  protected openPrintDialog(): void {
    this.page.defaultView?.print();
  }

  /** Pictures and fonts first: a PDF or a print made before them would have holes. A broken picture counts as done. */
  private async whenPicturesLoaded(): Promise<void> {
    const images = Array.from(this.host.nativeElement.querySelectorAll('img'));
    await Promise.all(
      images.map((image) =>
        image.complete
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              image.addEventListener('load', () => resolve(), { once: true });
              image.addEventListener('error', () => resolve(), { once: true });
            }),
      ),
    );
    await this.page.fonts.ready;
  }
}

function failureMessage(failure: unknown): string {
  if (failure instanceof HttpErrorResponse && failure.status === 404) {
    return 'There is no such handout, or the patient is not assigned to you.';
  }
  if (!(failure instanceof HttpErrorResponse)) {
    return 'This handout could not be read. Tell your clinic manager if it keeps happening.';
  }
  return toApiError(failure).message;
}

import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  type HandoutPreview,
  type HandoutRecord,
  handoutPreview,
} from '@domain/contracts/handouts';
import {
  type HandoutOptions,
  defaultHandoutOptions,
  handoutOptions,
} from '@domain/handout/handout-options';
import { Subject, Subscription, catchError, map, of, switchMap } from 'rxjs';
import { currentOnConflict } from '../../core/api/current-on-conflict';
import { toApiError } from '../../core/api/to-api-error';
import { FormDrafts } from '../../ui/forms/form-drafts';
import { HandoutsClient } from '../handouts-client';
import { printRoute } from '../print-route';
import { pdfSaver } from './save-pdf';

export type PreviewState =
  | { status: 'idle' }
  | { status: 'loading'; preview: HandoutPreview | null }
  | { status: 'ready'; preview: HandoutPreview }
  | { status: 'failed'; message: string; preview: HandoutPreview | null };

export type HandoutAction =
  | { status: 'idle' }
  | { status: 'working'; doing: 'print' | 'pdf' }
  | { status: 'stale'; message: string }
  | { status: 'failed'; message: string }
  | { status: 'pdfUnavailable'; message: string; record: HandoutRecord }
  | { status: 'downloaded'; record: HandoutRecord };

export const staleMessage =
  'A plan was saved after this preview was made. The preview now shows the plans as they are: check it, then ' +
  'print again.';
export const pdfUnavailableMessage =
  'The handout is recorded, but the server cannot make a PDF right now. Use Print and choose "Save as PDF" ' +
  'in the print dialog, or try again later.';
export const noSectionMessage = 'Choose at least one section to print.';

const draftKey = (patientId: string) => `handout.${patientId}`;

/**
 * The Handout tab's state: the options (remembered per patient and user in the session's drafts), the live preview
 * and the Print / Download PDF actions. Local to the tab rather than an NgRx feature: nothing else reads it, it
 * lives exactly as long as the tab, and every write is one request whose answer the tab shows.
 */
@Injectable()
export class HandoutTabState {
  private readonly client = inject(HandoutsClient);
  private readonly drafts = inject(FormDrafts);
  private readonly router = inject(Router);
  private readonly savePdf = inject(pdfSaver);
  private readonly previews = new Subject<{ patientId: string; options: HandoutOptions }>();
  private write: Subscription | undefined;
  private patientId = '';
  private userId = '';

  readonly options = signal<HandoutOptions>(defaultHandoutOptions);
  readonly preview = signal<PreviewState>({ status: 'idle' });
  readonly action = signal<HandoutAction>({ status: 'idle' });
  /** The preview on screen, kept while the next one loads so the page does not jump. */
  readonly shown = computed(() => {
    const state = this.preview();
    return state.status === 'idle' ? null : state.preview;
  });
  readonly canPrint = computed(
    () =>
      this.preview().status === 'ready' &&
      this.action().status !== 'working' &&
      this.options().sections.length > 0,
  );

  constructor() {
    const previewing = this.previews
      .pipe(
        switchMap(({ patientId, options }) =>
          this.client.preview(patientId, options).pipe(
            map((preview): PreviewState => ({ status: 'ready', preview })),
            catchError((failure: unknown) =>
              of<PreviewState>({
                status: 'failed',
                message: toApiError(failure).message,
                preview: this.shown(),
              }),
            ),
          ),
        ),
      )
      .subscribe((state) => this.preview.set(state));
    inject(DestroyRef).onDestroy(() => {
      previewing.unsubscribe();
      this.write?.unsubscribe();
    });
  }

  /** The tab opened on a patient: the options last used for them (this session), then the preview. */
  open(patientId: string, userId: string): void {
    this.patientId = patientId;
    this.userId = userId;
    const draft = this.drafts.load<unknown>(userId, draftKey(patientId));
    const remembered = handoutOptions.safeParse(draft?.value);
    this.options.set(remembered.success ? remembered.data : defaultHandoutOptions);
    this.action.set({ status: 'idle' });
    this.refresh();
  }

  changeOptions(options: HandoutOptions): void {
    this.options.set(options);
    this.drafts.save(this.userId, draftKey(this.patientId), {
      savedAt: new Date().toISOString(),
      baseVersion: null,
      baseValue: null,
      value: options,
    });
    if (this.action().status !== 'working') this.action.set({ status: 'idle' });
    this.refresh();
  }

  refresh(): void {
    const options = this.options();
    if (options.sections.length === 0) {
      this.preview.set({ status: 'failed', message: noSectionMessage, preview: this.shown() });
      return;
    }
    this.preview.set({ status: 'loading', preview: this.shown() });
    this.previews.next({ patientId: this.patientId, options });
  }

  /** Records the handout as previewed, then opens the print layout, which opens the print dialog. */
  print(): void {
    this.record('print', (record) => {
      this.action.set({ status: 'idle' });
      void this.router.navigate(printRoute(record.patientId, record.id), {
        queryParams: { print: 1 },
      });
    });
  }

  /** Records the handout as previewed, then saves the server's PDF of it. */
  download(): void {
    this.record('pdf', (record) => {
      this.write = this.client.pdf(record.patientId, record.id).subscribe({
        next: (pdf) => {
          this.savePdf(pdf, fileName(record));
          this.action.set({ status: 'downloaded', record });
        },
        error: (failure: unknown) => {
          const unavailable = failure instanceof HttpErrorResponse && failure.status === 503;
          this.action.set(
            unavailable
              ? { status: 'pdfUnavailable', message: pdfUnavailableMessage, record }
              : {
                  status: 'failed',
                  message: `The handout is recorded, but the PDF did not arrive. ${toApiError(failure).message}`,
                },
          );
        },
      });
    });
  }

  private record(doing: 'print' | 'pdf', then: (record: HandoutRecord) => void): void {
    const state = this.preview();
    if (state.status !== 'ready' || this.action().status === 'working') return;
    this.action.set({ status: 'working', doing });
    this.write?.unsubscribe();
    this.write = this.client
      .record(this.patientId, { options: this.options(), versions: state.preview.versions })
      .subscribe({
        next: then,
        error: (failure: unknown) => {
          const current = currentOnConflict(failure, handoutPreview);
          if (current) {
            // Nothing is lost: the options stay, and the preview is the one the server will print now.
            this.preview.set({ status: 'ready', preview: current });
            this.action.set({ status: 'stale', message: staleMessage });
          } else {
            this.action.set({ status: 'failed', message: toApiError(failure).message });
          }
        },
      });
  }
}

function fileName(record: HandoutRecord): string {
  return `handout-${record.document.date.iso}-${record.options.language}-${record.options.paper}.pdf`;
}

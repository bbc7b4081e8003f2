import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { defaultHandoutOptions, type HandoutOptions } from '@domain/handout/handout-options';
import { Subject, of, throwError } from 'rxjs';
import type { HandoutPreview } from '@domain/contracts/handouts';
import { sampleHandout, sampleHandoutRecord, samplePreview } from '../../../testing/sample-handout';
import { draftStorage } from '../../ui/forms/form-drafts';
import { HandoutsClient } from '../handouts-client';
import { HandoutTabState, noSectionMessage, pdfUnavailableMessage, staleMessage } from './handout-tab-state';
import { pdfSaver } from './save-pdf';

const patientId = '3f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const userId = '9d1f2e3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const spanishA4: HandoutOptions = { ...defaultHandoutOptions, paper: 'a4', language: 'es' };

describe('HandoutTabState', () => {
  let client: jasmine.SpyObj<HandoutsClient>;
  let storage: Storage;
  let saved: jasmine.Spy;
  let router: Router;

  function create(): HandoutTabState {
    TestBed.configureTestingModule({
      providers: [
        HandoutTabState,
        provideRouter([]),
        { provide: HandoutsClient, useValue: client },
        { provide: draftStorage, useValue: storage },
        { provide: pdfSaver, useValue: saved },
      ],
    });
    router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    return TestBed.inject(HandoutTabState);
  }

  beforeEach(() => {
    client = jasmine.createSpyObj<HandoutsClient>('HandoutsClient', ['preview', 'record', 'pdf', 'history', 'handout']);
    client.preview.and.returnValue(of(samplePreview()));
    storage = window.sessionStorage;
    storage.clear();
    saved = jasmine.createSpy('savePdf');
  });

  afterEach(() => storage.clear());

  it('opens on every section, Letter, normal print, English, and previews them', () => {
    const state = create();
    state.open(patientId, userId);
    expect(state.options()).toEqual(defaultHandoutOptions);
    expect(client.preview).toHaveBeenCalledOnceWith(patientId, defaultHandoutOptions);
    expect(state.preview()).toEqual({ status: 'ready', preview: samplePreview() });
    expect(state.canPrint()).toBeTrue();
  });

  it('remembers the options per patient across a reload, and previews with them', () => {
    create().open(patientId, userId);
    TestBed.inject(HandoutTabState).changeOptions(spanishA4);
    TestBed.resetTestingModule();
    client.preview.calls.reset();
    const reloaded = create();
    reloaded.open(patientId, userId);
    expect(reloaded.options()).toEqual(spanishA4);
    expect(client.preview).toHaveBeenCalledOnceWith(patientId, spanishA4);
    reloaded.open('another-patient', userId);
    expect(reloaded.options()).toEqual(defaultHandoutOptions);
  });

  it('ignores a remembered value that is not a set of options', () => {
    storage.setItem(
      `stride-rx.draft.${userId}.handout.${patientId}`,
      JSON.stringify({ savedAt: 'x', value: { sections: ['everything'] } }),
    );
    const state = create();
    state.open(patientId, userId);
    expect(state.options()).toEqual(defaultHandoutOptions);
  });

  it('keeps the last preview on screen while the next loads, and only the latest answer counts', () => {
    const state = create();
    state.open(patientId, userId);
    const slow = new Subject<HandoutPreview>();
    const fast = new Subject<HandoutPreview>();
    client.preview.and.returnValues(slow, fast);
    state.changeOptions({ ...defaultHandoutOptions, largePrint: true });
    expect(state.preview()).toEqual({ status: 'loading', preview: samplePreview() });
    state.changeOptions(spanishA4);
    const spanish = samplePreview(sampleHandout({ language: 'es' }));
    fast.next(spanish);
    slow.next(samplePreview());
    expect(state.shown()).toEqual(spanish);
  });

  it('asks for a section instead of previewing none, and cannot print', () => {
    const state = create();
    state.open(patientId, userId);
    client.preview.calls.reset();
    state.changeOptions({ ...defaultHandoutOptions, sections: [] });
    expect(client.preview).not.toHaveBeenCalled();
    expect(state.preview()).toEqual(jasmine.objectContaining({ status: 'failed', message: noSectionMessage }));
    expect(state.canPrint()).toBeFalse();
  });

  it("says why a preview failed and keeps what was on screen", () => {
    const state = create();
    state.open(patientId, userId);
    client.preview.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    state.refresh();
    expect(state.preview()).toEqual({
      status: 'failed',
      message: jasmine.stringContaining("can't reach the server") as unknown as string,
      preview: samplePreview(),
    });
  });

  it("prints: records the previewed versions with the options, then opens the print layout's dialog", () => {
    const record = sampleHandoutRecord();
    client.record.and.returnValue(of(record));
    const state = create();
    state.open(patientId, userId);
    state.print();
    expect(client.record).toHaveBeenCalledOnceWith(patientId, {
      options: defaultHandoutOptions,
      versions: samplePreview().versions,
    });
    expect(router.navigate).toHaveBeenCalledOnceWith(
      ['/patients', record.patientId, 'handouts', record.id, 'print'],
      { queryParams: { print: 1 } },
    );
  });

  it('shows the plans as they are now when one was saved after the preview, and prints nothing', () => {
    const current = samplePreview(sampleHandout({ title: 'Newer plan' }));
    current.versions = { ...current.versions, running: 3 };
    client.record.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 409, error: { error: 'stale_version', message: 'Stale.', current } })),
    );
    const state = create();
    state.open(patientId, userId);
    state.changeOptions(spanishA4);
    state.print();
    expect(state.preview()).toEqual({ status: 'ready', preview: current });
    expect(state.action()).toEqual({ status: 'stale', message: staleMessage });
    expect(state.options()).toEqual(spanishA4);
    expect(router.navigate).not.toHaveBeenCalled();
    client.record.and.returnValue(of(sampleHandoutRecord()));
    state.print();
    expect(client.record.calls.mostRecent().args[1].versions.running).toBe(3);
  });

  it('downloads the PDF of the recorded handout', () => {
    const record = sampleHandoutRecord();
    const pdf = new Blob(['%PDF'], { type: 'application/pdf' });
    client.record.and.returnValue(of(record));
    client.pdf.and.returnValue(of(pdf));
    const state = create();
    state.open(patientId, userId);
    state.download();
    expect(client.pdf).toHaveBeenCalledOnceWith(record.patientId, record.id);
    expect(saved).toHaveBeenCalledOnceWith(pdf, 'handout-2026-12-02-en-letter.pdf');
    expect(state.action()).toEqual({ status: 'downloaded', record });
  });

  it('says plainly when the server cannot make PDFs, and keeps the record', () => {
    const record = sampleHandoutRecord();
    client.record.and.returnValue(of(record));
    client.pdf.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 503, error: { error: 'pdf_unavailable', message: 'No.' } })),
    );
    const state = create();
    state.open(patientId, userId);
    state.download();
    expect(state.action()).toEqual({ status: 'pdfUnavailable', message: pdfUnavailableMessage, record });
    expect(saved).not.toHaveBeenCalled();
  });

  it('does not record twice while a print is on its way', () => {
    client.record.and.returnValue(new Subject());
    const state = create();
    state.open(patientId, userId);
    state.print();
    state.download();
    expect(client.record).toHaveBeenCalledTimes(1);
    expect(state.canPrint()).toBeFalse();
  });
});

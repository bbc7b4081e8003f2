import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { defaultHandoutOptions } from '@domain/handout/handout-options';
import { of, throwError } from 'rxjs';
import { sampleHandout, sampleHandoutRecord, samplePreview } from '../../../testing/sample-handout';
import { samplePatient } from '../../../testing/sample-patients';
import { therapist } from '../../../testing/sample-users';
import { authFeature } from '../../core/auth/state/auth.feature';
import { selectSelectedPatient } from '../../patients/state/patients.selectors';
import { HandoutsClient } from '../handouts-client';
import { HandoutTab } from './handout-tab';

describe('HandoutTab', () => {
  let fixture: ComponentFixture<HandoutTab>;
  let client: jasmine.SpyObj<HandoutsClient>;
  const ana = samplePatient();

  async function show(): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({
          selectors: [
            { selector: selectSelectedPatient, value: ana },
            { selector: authFeature.selectUser, value: therapist },
          ],
        }),
        { provide: HandoutsClient, useValue: client },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(HandoutTab);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function button(page: HTMLElement, label: string): HTMLButtonElement {
    return [...page.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(label))!;
  }

  // Overridden selectors stay overridden for the next spec file unless reset.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  beforeEach(() => {
    sessionStorage.clear();
    client = jasmine.createSpyObj<HandoutsClient>('HandoutsClient', ['preview', 'record', 'pdf']);
    client.preview.and.returnValue(of(samplePreview()));
  });

  afterEach(() => sessionStorage.clear());

  it("previews the patient's handout with the options, and offers Print and Download PDF", async () => {
    const page = await show();
    expect(client.preview).toHaveBeenCalledOnceWith(ana.id, defaultHandoutOptions);
    expect(page.querySelector('.preview app-handout-view h1')!.textContent).toBe('Your exercise plan');
    expect(page.querySelectorAll('mat-checkbox').length).toBe(5);
    expect(button(page, 'Print').disabled).toBeFalse();
    expect(button(page, 'Download PDF').disabled).toBeFalse();
    expect(page.querySelector('app-missing-translations section')).toBeNull();
  });

  it('lists every missing translation for the therapist', async () => {
    const missing = [
      { where: 'Exercise "Band walk"', text: 'Band walk' },
      { where: 'Notes on "Band walk"', text: 'Use the green band.' },
    ];
    client.preview.and.returnValue(of(samplePreview(sampleHandout({ language: 'es', missingTranslations: missing }))));
    const page = await show();
    const list = page.querySelector('app-missing-translations')!;
    expect(list.querySelector('h2')!.textContent).toContain('Not translated: 2 texts print in English');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent!.trim())).toEqual([
      'Exercise "Band walk": Band walk',
      'Notes on "Band walk": Use the green band.',
    ]);
  });

  it('previews again in the language chosen', async () => {
    const page = await show();
    const spanish = [...page.querySelectorAll<HTMLElement>('mat-radio-button')].find((r) =>
      r.textContent!.includes('Spanish'),
    )!;
    spanish.querySelector('input')!.click();
    await fixture.whenStable();
    expect(client.preview.calls.mostRecent().args[1].language).toBe('es');
  });

  it('says a plan changed since the preview, and shows the new one', async () => {
    const current = samplePreview(sampleHandout({ title: 'Your new plan' }));
    client.record.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 409, error: { error: 'stale_version', message: 'Stale.', current } })),
    );
    const page = await show();
    button(page, 'Print').click();
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')!.textContent).toContain('A plan was saved after this preview');
    expect(page.querySelector('.preview h1')!.textContent).toBe('Your new plan');
  });

  it('says when the server cannot make the PDF, with a link to the recorded handout', async () => {
    const record = sampleHandoutRecord();
    client.record.and.returnValue(of(record));
    client.pdf.and.returnValue(throwError(() => new HttpErrorResponse({ status: 503 })));
    const page = await show();
    button(page, 'Download PDF').click();
    await fixture.whenStable();
    const alert = page.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('cannot make a PDF right now');
    expect(alert.querySelector('a')!.getAttribute('href')).toBe(
      `/patients/${record.patientId}/handouts/${record.id}/print`,
    );
  });
});

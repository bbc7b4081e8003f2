import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { of, throwError } from 'rxjs';
import { samplePatient } from '../../../testing/sample-patients';
import { sampleHandoutRecord } from '../../../testing/sample-handout';
import { selectSelectedPatient } from '../../patients/state/patients.selectors';
import { HandoutsClient } from '../handouts-client';
import { HandoutsGiven } from './handouts-given';

describe('HandoutsGiven', () => {
  let fixture: ComponentFixture<HandoutsGiven>;
  let client: jasmine.SpyObj<HandoutsClient>;
  const ana = samplePatient();

  async function show(): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ selectors: [{ selector: selectSelectedPatient, value: ana }] }),
        { provide: HandoutsClient, useValue: client },
      ],
    });
    fixture = TestBed.createComponent(HandoutsGiven);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  // Overridden selectors stay overridden for the next spec file unless reset.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  beforeEach(() => {
    client = jasmine.createSpyObj<HandoutsClient>('HandoutsClient', ['history']);
  });

  it('lists each handout given with who printed it, language, paper, sections and a reprint link', async () => {
    const { document: _, ...spanish } = sampleHandoutRecord({
      id: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
      options: { sections: ['strength', 'running'], paper: 'a4', largePrint: true, language: 'es' },
    });
    client.history.and.returnValue(of([spanish]));
    const view = await show();
    expect(client.history).toHaveBeenCalledOnceWith(ana.id);
    const cells = [...view.querySelectorAll('tbody tr td')].map((td) => td.textContent!.trim());
    expect(cells.slice(1)).toEqual([
      'Tom Reyes',
      'Spanish (Español)',
      'A4, large print',
      'Strength exercises, Running plan',
      'Reprint',
    ]);
    expect(view.querySelector('tbody a')!.getAttribute('href')).toBe(
      `/patients/${spanish.patientId}/handouts/${spanish.id}/print`,
    );
  });

  it('says when no handout has been printed yet', async () => {
    client.history.and.returnValue(of([]));
    expect((await show()).textContent).toContain('No handout has been printed for this patient yet.');
  });

  it('says when the list could not load', async () => {
    client.history.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    expect((await show()).querySelector('[role="alert"]')!.textContent).toContain("couldn't load");
  });
});

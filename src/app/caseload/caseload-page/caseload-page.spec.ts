import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@domain/contracts/auth';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { marcusId, sampleSummary } from '../../../testing/sample-caseload';
import { manager, therapist } from '../../../testing/sample-users';
import { initialAuthState } from '../../core/auth/state/auth.feature';
import { defaultView } from '../caseload-view';
import { caseloadPageActions } from '../state/caseload.actions';
import { type CaseloadState, initialCaseloadState } from '../state/caseload.feature';
import { CaseloadPage } from './caseload-page';

describe('CaseloadPage', () => {
  let store: MockStore;
  let page: HTMLElement;
  let harness: RouterTestingHarness;
  let router: Router;

  async function render(
    user: CurrentUser,
    caseload: Partial<CaseloadState> = {},
    url = '/caseload',
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'caseload', component: CaseloadPage }]),
        provideMockStore({
          initialState: {
            auth: { ...initialAuthState, status: 'signedIn', user },
            caseload: { ...initialCaseloadState, summary: sampleSummary(), ...caseload },
          },
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create(url);
    page = harness.routeNativeElement!;
  }

  const chips = (label: string) =>
    [...page.querySelectorAll<HTMLElement>('mat-chip-option')].find((chip) =>
      chip.textContent!.includes(label),
    )!;

  it('loads the view in the address bar', async () => {
    await render(manager, {}, '/caseload?from=2026-09-07&status=active');
    expect(store.dispatch).toHaveBeenCalledWith(
      caseloadPageActions.viewChanged({
        view: { ...defaultView, from: '2026-09-07', status: ['active'] },
      }),
    );
  });

  it('is the clinic’s Caseload for a manager, with a therapist filter', async () => {
    await render(manager);
    expect(page.querySelector('h1')!.textContent).toBe('Caseload');
    expect(chips('Marcus Bell')).toBeDefined();
    expect(page.querySelectorAll('app-caseload-chart').length).toBe(4);
  });

  it('is "My caseload" for a therapist, without a therapist filter', async () => {
    await render(therapist);
    expect(page.querySelector('h1')!.textContent).toBe('My caseload');
    expect(chips('Marcus Bell')).toBeUndefined();
  });

  it('puts a changed filter in the address bar', async () => {
    await render(manager, {}, '/caseload?from=2026-09-07');
    const option = chips('IT band syndrome').querySelector<HTMLElement>('[role="option"], button')!;
    option.click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/caseload?from=2026-09-07&diagnosis=itbs');
  });

  it('shows the server’s message for a bad range', async () => {
    const error = {
      error: 'validation_failed',
      message: 'Some fields need attention.',
      fields: { to: ['The range ends before it starts.'] },
    };
    await render(manager, { error });
    expect(page.querySelector('[role="alert"]')!.textContent).toContain(
      'The range ends before it starts.',
    );
    expect(page.querySelector('input')!.getAttribute('aria-describedby')).toBe(
      'caseload-filter-error',
    );
  });

  it('exports the numbers behind the charts as a CSV file', async () => {
    await render(manager);
    const blobs: Blob[] = [];
    spyOn(URL, 'createObjectURL').and.callFake((blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:caseload';
    });
    spyOn(HTMLAnchorElement.prototype, 'click');
    const exportButton = [...page.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Export CSV'),
    )!;
    exportButton.click();
    expect(blobs.length).toBe(1);
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    // A UTF-8 byte-order mark first, for spreadsheet programs.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blobs[0].text();
    expect(text).toContain('chart,week,therapist,diagnosis,measure,value\r\n');
    expect(text).toContain(
      'Flagged patients per therapist,2026-11-23,Marcus Bell,,Flagged patients,1',
    );
  });

  it('opens the Patients page filtered as the clicked bar', async () => {
    await render(manager);
    const navigate = spyOn(router, 'navigate').and.resolveTo(true);
    const chart = harness.fixture.debugElement.query(
      (debug) => debug.name === 'app-caseload-chart',
    );
    chart.triggerEventHandler('picked', { therapistId: marcusId, status: 'active' });
    expect(navigate).toHaveBeenCalledWith(['/patients'], {
      queryParams: { therapistId: marcusId, status: 'active' },
    });
  });
});

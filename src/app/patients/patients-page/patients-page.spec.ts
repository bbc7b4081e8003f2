import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@domain/contracts/auth';
import type { Patient } from '@domain/contracts/patients';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import {
  benLee,
  priyaShah,
  samplePatient,
  summaryOf,
  tomReyes,
} from '../../../testing/sample-patients';
import { manager, therapist } from '../../../testing/sample-users';
import { initialAuthState } from '../../core/auth/state/auth.feature';
import { ListQuery, defaultListQuery } from '../patient-list-query';
import { patientsPageActions } from '../state/patients.actions';
import { PatientsState, initialPatientsState, patientsAdapter } from '../state/patients.feature';
import { PatientsPage, searchDebounceMs } from './patients-page';

@Component({
  selector: 'app-patient-stub',
  template: '<h1>Patient</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class PatientStub {}

const ana = samplePatient();

function withRows(patients: Patient[], changes: Partial<PatientsState> = {}): PatientsState {
  return patientsAdapter.setAll(patients.map(summaryOf), {
    ...initialPatientsState,
    total: patients.length,
    ...changes,
  });
}

describe('PatientsPage', () => {
  let store: MockStore;
  let harness: RouterTestingHarness;
  let page: HTMLElement;
  let user: CurrentUser;

  async function render(
    patients: PatientsState = withRows([ana, benLee]),
    url = '/patients',
    signedIn: CurrentUser = therapist,
  ): Promise<void> {
    user = signedIn;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'patients', component: PatientsPage },
          { path: 'patients/:id', component: PatientStub },
        ]),
        provideMockStore({ initialState: state(patients) }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    harness = await RouterTestingHarness.create(url);
    page = harness.routeNativeElement!;
  }

  function state(patients: PatientsState) {
    return { auth: { ...initialAuthState, status: 'signedIn', user }, patients };
  }

  async function setPatients(patients: PatientsState): Promise<void> {
    store.setState(state(patients));
    await harness.fixture.whenStable();
  }

  function search(): HTMLInputElement {
    return page.querySelector<HTMLInputElement>('input[type="search"]')!;
  }

  function rowLinks(): HTMLAnchorElement[] {
    return [...page.querySelectorAll<HTMLAnchorElement>('table tbody a')];
  }

  function key(target: EventTarget, name: string): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  }

  function option(name: string): HTMLElement {
    return [...page.querySelectorAll<HTMLElement>('[role="option"]')].find(
      (element) => element.textContent!.trim() === name,
    )!;
  }

  function dispatched(creator: { type: string }): ListQuery[] {
    return (store.dispatch as jasmine.Spy).calls
      .allArgs()
      .map(([action]) => action)
      .filter((action) => action.type === creator.type)
      .map((action) => action.query);
  }

  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('names the page, the table and the way to add a patient', async () => {
    await render();
    expect(page.querySelectorAll('h1').length).toBe(1);
    expect(page.querySelector('h1')!.textContent).toBe('Patients');
    expect(page.querySelector('table')!.getAttribute('aria-label')).toBe('Patients');
    const add = page.querySelector<HTMLAnchorElement>('a[href="/patients/new"]')!;
    expect(add.textContent!.trim()).toContain('New patient');
    expect(page.querySelector('mat-label')!.textContent).toBe('Search patients by name');
  });

  it('shows each patient with age, diagnosis, side and a status badge', async () => {
    await render();
    const headers = [...page.querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(headers).toEqual([
      'Name',
      'Age',
      'Diagnosis',
      'Side',
      'Status',
      'Start date',
      'Last updated',
    ]);
    const cells = [...page.querySelectorAll('tbody tr')[1].querySelectorAll('td')].map((td) =>
      td.textContent!.trim(),
    );
    expect(cells.slice(0, 5)).toEqual([
      'Lee, Ben',
      jasmine.stringMatching(/^1[78]$/),
      "Patellofemoral pain (runner's knee)",
      'Both knees',
      'On hold',
    ]);
    expect(page.querySelector('[role="status"]')!.textContent).toBe('2 patients');
  });

  it('loads the list the address bar asks for, so back and reload restore it', async () => {
    await render(withRows([ana]), '/patients?q=silva&status=active,on_hold&sort=updatedAt&direction=desc');
    expect(store.dispatch).toHaveBeenCalledWith(patientsPageActions.opened());
    expect(dispatched(patientsPageActions.queryChanged)).toEqual([
      {
        ...defaultListQuery,
        q: 'silva',
        status: ['active', 'on_hold'],
        sort: 'updatedAt',
        direction: 'desc',
      },
    ]);
  });

  it('shows the search from the address bar in the search field', async () => {
    await render(withRows([ana], { query: { ...defaultListQuery, q: 'silva' } }));
    expect(search().value).toBe('silva');
  });

  it('searches once typing pauses for 300 ms, from page 1', async () => {
    const onPage3 = { ...defaultListQuery, page: 3 };
    await render(withRows([ana, benLee], { query: onPage3 }));
    search().value = 'an';
    search().dispatchEvent(new Event('input'));
    await wait(searchDebounceMs / 3);
    search().value = 'ana ';
    search().dispatchEvent(new Event('input'));
    await wait(searchDebounceMs / 3);
    expect(dispatched(patientsPageActions.searchChanged)).toEqual([]);
    await wait(searchDebounceMs + 50);
    expect(dispatched(patientsPageActions.searchChanged)).toEqual([
      { ...onPage3, page: 1, q: 'ana' },
    ]);
  });

  it('jumps to the search with /, except while typing in a field', async () => {
    await render();
    const event = key(document.body, '/');
    expect(event.defaultPrevented).toBeTrue();
    expect(document.activeElement).toBe(search());

    const other = document.createElement('input');
    document.body.appendChild(other);
    other.focus();
    const typed = key(other, '/');
    expect(typed.defaultPrevented).toBeFalse();
    expect(document.activeElement).toBe(other);
    other.remove();
  });

  it('moves the active row with the arrow keys and opens it with Enter', async () => {
    await render();
    key(search(), 'ArrowDown');
    expect(document.activeElement).toBe(rowLinks()[0]);
    key(rowLinks()[0], 'ArrowDown');
    expect(document.activeElement).toBe(rowLinks()[1]);
    await harness.fixture.whenStable();
    expect(rowLinks().map((link) => link.tabIndex)).toEqual([-1, 0]);
    key(rowLinks()[1], 'ArrowDown');
    expect(document.activeElement).toBe(rowLinks()[1]);
    key(rowLinks()[1], 'ArrowUp');
    expect(document.activeElement).toBe(rowLinks()[0]);

    const enter = key(rowLinks()[0], 'Enter');
    expect(enter.defaultPrevented).toBeTrue();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(`/patients/${ana.id}`);
  });

  it('opens a patient from a click anywhere on the row', async () => {
    await render();
    page.querySelectorAll<HTMLElement>('tbody tr')[1].querySelector('td:nth-child(3)')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(`/patients/${benLee.id}`);
  });

  it('filters by status and diagnosis with chips, from page 1', async () => {
    const onPage2 = { ...defaultListQuery, page: 2, status: ['active' as const] };
    await render(withRows([ana], { query: onPage2 }));
    expect(option('Active').getAttribute('aria-selected')).toBe('true');
    option('On hold').click();
    expect(dispatched(patientsPageActions.statusFilterChanged)).toEqual([
      { ...onPage2, page: 1, status: ['active', 'on_hold'] },
    ]);
    option('IT band syndrome').click();
    expect(dispatched(patientsPageActions.diagnosisFilterChanged)).toEqual([
      { ...onPage2, page: 1, diagnosis: ['itbs'] },
    ]);
  });

  it('clears the chips in one go', async () => {
    const filtered = { ...defaultListQuery, q: 'ana', diagnosis: ['itbs' as const] };
    await render(withRows([ana], { query: filtered }));
    const clear = [...page.querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === 'Clear filters',
    )!;
    clear.click();
    expect(dispatched(patientsPageActions.filtersCleared)).toEqual([
      { ...filtered, diagnosis: [] },
    ]);
  });

  it('sorts on the server by a column header', async () => {
    await render();
    expect(page.querySelector('th[aria-sort="ascending"]')!.textContent!.trim()).toBe('Name');
    const startDate = [...page.querySelectorAll<HTMLElement>('th')].find(
      (th) => th.textContent!.trim() === 'Start date',
    )!;
    startDate.click();
    expect(dispatched(patientsPageActions.sortChanged)).toEqual([
      { ...defaultListQuery, sort: 'startDate', direction: 'asc' },
    ]);
  });

  it('pages on the server, 50 patients a page', async () => {
    await render(withRows([ana, benLee], { total: 120 }));
    expect(page.querySelector('.mat-mdc-paginator-range-label')!.textContent!.trim()).toBe(
      '1 – 50 of 120',
    );
    page.querySelector<HTMLButtonElement>('button[aria-label="Next page"]')!.click();
    expect(dispatched(patientsPageActions.pageChanged)).toEqual([
      { ...defaultListQuery, page: 2 },
    ]);
  });

  it('gives a manager the therapist column and a therapist filter', async () => {
    await render(withRows([ana], { therapists: [tomReyes, priyaShah] }), '/patients', manager);
    expect(page.textContent).toContain('Therapist');
    expect(page.querySelector('tbody tr')!.textContent).toContain('Tom Reyes');
    option('Priya Shah').click();
    expect(dispatched(patientsPageActions.therapistFilterChanged)).toEqual([
      { ...defaultListQuery, therapistId: priyaShah.id },
    ]);
  });

  it('shows no therapist filter or column to a therapist', async () => {
    await render(withRows([ana], { therapists: [tomReyes] }));
    expect(option('Tom Reyes')).toBeUndefined();
    const headers = [...page.querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(headers).not.toContain('Therapist');
  });

  it('says so while the first page loads, and keeps rows on screen while the next loads', async () => {
    await render(withRows([], { loading: true }));
    expect(page.textContent).toContain('Loading patients…');
    expect(page.querySelector('mat-progress-bar')).not.toBeNull();
    await setPatients(withRows([ana], { loading: true }));
    expect(page.querySelectorAll('tbody tr').length).toBe(1);
    expect(page.querySelector('mat-progress-bar')).not.toBeNull();
  });

  it('tells a therapist with no patients what to do', async () => {
    await render(withRows([]));
    expect(page.querySelector('table')).toBeNull();
    expect(page.textContent).toContain('No patients are assigned to you yet.');
  });

  it('offers every patient when a search finds none', async () => {
    const searched = { ...defaultListQuery, q: 'zzz', status: ['discharged' as const] };
    await render(withRows([], { query: searched }));
    expect(page.textContent).toContain('No patients match this search and these filters.');
    const showAll = [...page.querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === 'Show all patients',
    )!;
    showAll.click();
    expect(dispatched(patientsPageActions.filtersCleared)).toEqual([defaultListQuery]);
    expect(search().value).toBe('');
  });

  it('says why the list did not load and retries it', async () => {
    const error = { error: 'network_error', message: "Stride Rx can't reach the server." };
    await render(withRows([], { loadError: error }));
    expect(page.textContent).toContain("The list of patients couldn't load.");
    const retry = [...page.querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === 'Retry',
    )!;
    retry.click();
    expect(dispatched(patientsPageActions.retrySelected)).toEqual([defaultListQuery]);
  });
});

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@domain/contracts/auth';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { manager, therapist } from '../../../testing/sample-users';
import { RoleRestriction } from '../auth/role-guard';
import { userMenuActions } from '../auth/state/auth.actions';
import { initialAuthState } from '../auth/state/auth.feature';
import { Shell } from './shell';

@Component({
  selector: 'app-stub-page',
  template: '<h1>Page</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StubPage {}

const managersOnly: RoleRestriction = { roles: ['manager'], refusal: 'For managers.' };

describe('Shell', () => {
  let store: MockStore;
  let shell: HTMLElement;
  let harness: RouterTestingHarness;

  async function render(user: CurrentUser): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: '',
            component: Shell,
            children: [
              { path: '', pathMatch: 'full', redirectTo: 'patients' },
              { path: 'patients', component: StubPage },
              { path: 'caseload', component: StubPage },
              { path: 'team', component: StubPage, data: { restriction: managersOnly } },
            ],
          },
        ]),
        provideMockStore({
          initialState: { auth: { ...initialAuthState, status: 'signedIn', user } },
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    harness = await RouterTestingHarness.create('/');
    shell = harness.routeNativeElement!;
  }

  function navLabels(): string[] {
    const titles = shell.querySelectorAll('nav[aria-label="Main navigation"] a [matListItemTitle]');
    return [...titles].map((title) => title.textContent!.trim());
  }

  function accountButton(): HTMLButtonElement {
    return shell.querySelector<HTMLButtonElement>('button[aria-label^="Account:"]')!;
  }

  it('offers a manager the patients, the caseload and the Team page', async () => {
    await render(manager);
    expect(navLabels()).toEqual(['Patients', 'Caseload', 'Team']);
  });

  it('offers a therapist their own caseload and keeps Team out of their navigation', async () => {
    await render(therapist);
    expect(navLabels()).toEqual(['Patients', 'My caseload']);
  });

  it('starts at the patient list, marked as the current page', async () => {
    await render(therapist);
    const current = shell.querySelector('nav a[aria-current="page"]')!;
    expect(current.getAttribute('href')).toBe('/patients');
  });

  it('names the app, the clinic and the signed-in user in the toolbar', async () => {
    await render(manager);
    const toolbar = shell.querySelector('header mat-toolbar')!;
    expect(toolbar.textContent).toContain('Stride Rx');
    expect(toolbar.textContent).toContain('Demo Clinic');
    expect(accountButton().getAttribute('aria-label')).toBe('Account: Maria Lopez');
  });

  it('starts with a skip link to the main content', async () => {
    await render(manager);
    const firstFocusable = shell.querySelector('a[href], button')!;
    expect(firstFocusable.textContent!.trim()).toBe('Skip to main content');
    (firstFocusable as HTMLElement).click();
    expect(document.activeElement).toBe(shell.querySelector('main'));
  });

  it('shows name and role in the account menu and signs out from it', async () => {
    await render(manager);
    accountButton().click();
    await harness.fixture.whenStable();
    const menu = document.querySelector<HTMLElement>('.mat-mdc-menu-panel')!;
    expect(menu.textContent).toContain('Maria Lopez');
    expect(menu.textContent).toContain('Clinic manager');
    const signOut = menu.querySelector<HTMLButtonElement>('button[mat-menu-item]')!;
    expect(signOut.textContent).toContain('Sign out');
    signOut.click();
    expect(store.dispatch).toHaveBeenCalledOnceWith(userMenuActions.signOutSelected());
  });
});

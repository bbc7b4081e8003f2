import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser } from '@domain/contracts/auth';
import { provideMockStore } from '@ngrx/store/testing';
import { manager, therapist } from '../../../testing/sample-users';
import { initialAuthState } from '../auth/state/auth.feature';
import { HomePage } from './home-page';

describe('HomePage', () => {
  async function render(user: CurrentUser): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: { auth: { ...initialAuthState, status: 'signedIn', user } },
        }),
      ],
    });
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('greets the user by name with their clinic and role', async () => {
    const page = await render(therapist);
    expect(page.querySelectorAll('h1').length).toBe(1);
    expect(page.querySelector('h1')!.textContent).toBe('Welcome, Tom Reyes');
    expect(page.textContent).toContain('Demo Clinic · Therapist');
  });

  it('points a manager to the team', async () => {
    const page = await render(manager);
    expect(page.querySelector('a[href="/team"]')!.textContent!.trim()).toBe('Manage the team');
  });

  it('tells a therapist plainly that the caseload comes next', async () => {
    const page = await render(therapist);
    expect(page.textContent).toContain('The patient caseload arrives with the next release');
    expect(page.querySelector('a[href="/team"]')).toBeNull();
  });
});

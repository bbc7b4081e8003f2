import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { ApiError } from '@domain/contracts/api-error';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { signInPageActions } from '../auth/state/auth.actions';
import { AuthState, initialAuthState } from '../auth/state/auth.feature';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let store: MockStore;
  let page: HTMLElement;

  const signedOut: AuthState = { ...initialAuthState, status: 'signedOut' };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideMockStore({ initialState: { auth: signedOut } })],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(SignInPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  function input(label: 'email' | 'password'): HTMLInputElement {
    return page.querySelector(`input[formControlName="${label}"]`)!;
  }

  async function type(label: 'email' | 'password', value: string): Promise<void> {
    input(label).value = value;
    input(label).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    page.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }

  async function setAuth(changes: Partial<AuthState>): Promise<void> {
    store.setState({ auth: { ...signedOut, ...changes } });
    await fixture.whenStable();
  }

  function errors(): string[] {
    return [...page.querySelectorAll('mat-error')].map((error) => error.textContent!.trim());
  }

  function alertText(): string {
    return page.querySelector('[role="alert"]')!.textContent!.trim();
  }

  it('shows the name of the app, its purpose, and labelled fields', () => {
    expect(page.querySelector('h1')!.textContent).toBe('Stride Rx');
    expect(page.querySelector('.tagline')!.textContent).toContain('knee pain');
    const labels = [...page.querySelectorAll('mat-label')].map((label) => label.textContent);
    expect(labels).toEqual(['Email', 'Password']);
    expect(input('email').autocomplete).toBe('username');
    expect(input('password').autocomplete).toBe('current-password');
  });

  it("shows the contract's messages inline and sends nothing when the fields are wrong", async () => {
    await type('email', 'not-an-email');
    await submit();
    expect(errors()).toEqual([
      'Enter a valid email address, like name@clinic.com.',
      'Enter your password.',
    ]);
    expect(store.dispatch).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(input('email'));
  });

  it('submits the credentials as the contract parses them', async () => {
    await type('email', '  Manager@Demo.Test ');
    await type('password', 'stride-demo');
    await submit();
    expect(store.dispatch).toHaveBeenCalledOnceWith(
      signInPageActions.signInSubmitted({
        credentials: { email: 'manager@demo.test', password: 'stride-demo' },
      }),
    );
  });

  it('does not submit twice while signing in', async () => {
    await type('email', 'manager@demo.test');
    await type('password', 'stride-demo');
    await setAuth({ signingIn: true });
    await submit();
    expect(store.dispatch).not.toHaveBeenCalled();
    expect(page.querySelector('mat-progress-bar')).not.toBeNull();
  });

  it('reads out a wrong email or password', async () => {
    const error: ApiError = {
      error: 'invalid_credentials',
      message: 'Email or password is incorrect.',
    };
    await setAuth({ signInError: error });
    expect(alertText()).toBe('Email or password is incorrect.');
  });

  it('reads out too many attempts', async () => {
    const error: ApiError = {
      error: 'too_many_attempts',
      message: 'Too many sign-in attempts. Try again in 15 minutes.',
    };
    await setAuth({ signInError: error });
    expect(alertText()).toBe('Too many sign-in attempts. Try again in 15 minutes.');
  });

  it("shows the server's field messages under the field", async () => {
    await type('email', 'manager@demo.test');
    await type('password', 'stride-demo');
    await submit();
    const error: ApiError = {
      error: 'validation_failed',
      message: 'Check the highlighted fields.',
      fields: { email: ['That address cannot sign in here.'] },
    };
    await setAuth({ signInError: error });
    expect(errors()).toEqual(['That address cannot sign in here.']);
    expect(alertText()).toBe('');
  });

  it('says why the sign-in page is showing', async () => {
    await setAuth({ notice: 'You have signed out.' });
    expect(page.querySelector('[role="status"]')!.textContent!.trim()).toBe('You have signed out.');
  });

  it('puts the cursor in the Email field', () => {
    expect(document.activeElement).toBe(input('email'));
  });
});

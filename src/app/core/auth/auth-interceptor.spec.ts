import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { authInterceptor } from './auth-interceptor';
import { authInterceptorActions } from './state/auth.actions';

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideMockStore(),
        { provide: Router, useValue: { url: '/team?page=2' } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
  });

  afterEach(() => backend.verify());

  function request(method: 'GET' | 'POST', url: string) {
    const outcome = { value: undefined as unknown, error: undefined as unknown, completed: false };
    http.request(method, url).subscribe({
      next: (value) => (outcome.value = value),
      error: (error: unknown) => (outcome.error = error),
      complete: () => (outcome.completed = true),
    });
    return outcome;
  }

  it('turns a session_expired 401 into Session Expired with the current page, using the server message', () => {
    const outcome = request('GET', '/api/team');
    backend
      .expectOne('/api/team')
      .flush(
        { error: 'session_expired', message: 'Your session timed out.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    expect(store.dispatch).toHaveBeenCalledOnceWith(
      authInterceptorActions.sessionExpired({
        message: 'Your session timed out.',
        returnUrl: '/team?page=2',
      }),
    );
    // The caller hears nothing more: the sign-in page explains what happened.
    expect(outcome.error).toBeUndefined();
    expect(outcome.completed).toBeTrue();
  });

  it('supplies the idle-timeout wording when the server gives none', () => {
    request('GET', '/api/team');
    backend
      .expectOne('/api/team')
      .flush({ error: 'session_expired' }, { status: 401, statusText: 'Unauthorized' });
    expect(store.dispatch).toHaveBeenCalledOnceWith(
      authInterceptorActions.sessionExpired({
        message:
          'Your session ended after a period without activity. Sign in to continue where you left off.',
        returnUrl: '/team?page=2',
      }),
    );
  });

  it('treats signed_out from a feature call as the end of the session too', () => {
    request('POST', '/api/team');
    backend
      .expectOne('/api/team')
      .flush({ error: 'signed_out' }, { status: 401, statusText: 'Unauthorized' });
    expect(store.dispatch).toHaveBeenCalledTimes(1);
  });

  it('leaves a wrong password at sign-in to the sign-in page', () => {
    const outcome = request('POST', '/api/auth/login');
    backend
      .expectOne('/api/auth/login')
      .flush(
        { error: 'invalid_credentials', message: 'Email or password is incorrect.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    expect(store.dispatch).not.toHaveBeenCalled();
    expect(outcome.error).toBeDefined();
  });

  it('leaves the start-up session check to the auth guard', () => {
    const outcome = request('GET', '/api/auth/me');
    backend
      .expectOne('/api/auth/me')
      .flush({ error: 'signed_out' }, { status: 401, statusText: 'Unauthorized' });
    expect(store.dispatch).not.toHaveBeenCalled();
    expect(outcome.error).toBeDefined();
  });

  it('passes other errors through', () => {
    const outcome = request('GET', '/api/team');
    backend
      .expectOne('/api/team')
      .flush(
        { error: 'forbidden', message: 'Managers only.' },
        { status: 403, statusText: 'Forbidden' },
      );
    expect(store.dispatch).not.toHaveBeenCalled();
    expect(outcome.error).toBeDefined();
  });
});

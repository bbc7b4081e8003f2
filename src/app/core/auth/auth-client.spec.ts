import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { manager } from '../../../testing/sample-users';
import { AuthClient } from './auth-client';

describe('AuthClient', () => {
  let client: AuthClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    client = TestBed.inject(AuthClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('posts the credentials to /api/auth/login', () => {
    const credentials = { email: 'manager@demo.test', password: 'stride-demo' };
    client.signIn(credentials).subscribe();
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(credentials);
    request.flush(manager);
  });

  it('posts to /api/auth/logout', () => {
    client.signOut().subscribe();
    const request = backend.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('gets the current user from /api/auth/me', () => {
    let user: unknown;
    client.currentUser().subscribe((value) => (user = value));
    backend.expectOne({ method: 'GET', url: '/api/auth/me' }).flush(manager);
    expect(user).toEqual(manager);
  });
});

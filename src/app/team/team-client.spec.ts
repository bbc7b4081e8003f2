import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { teamMember } from '../../testing/sample-users';
import { TeamClient } from './team-client';

describe('TeamClient', () => {
  let client: TeamClient;
  let backend: HttpTestingController;
  const tom = teamMember();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    client = TestBed.inject(TeamClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists the members', () => {
    let members: unknown;
    client.members().subscribe((value) => (members = value));
    backend.expectOne({ method: 'GET', url: '/api/team' }).flush({ members: [tom] });
    expect(members).toEqual([tom]);
  });

  it('posts a new member', () => {
    const request = { email: 'ana@demo.test', displayName: 'Ana', password: 'temporary-pass' };
    client.add(request).subscribe();
    const call = backend.expectOne({ method: 'POST', url: '/api/team' });
    expect(call.request.body).toEqual(request);
    call.flush(tom);
  });

  it('puts the active flag', () => {
    client.setActive(tom.id, false).subscribe();
    const call = backend.expectOne({ method: 'PUT', url: `/api/team/${tom.id}/active` });
    expect(call.request.body).toEqual({ active: false });
    call.flush({ ...tom, active: false });
  });

  it('puts a new password', () => {
    client.resetPassword(tom.id, 'temporary-pass').subscribe();
    const call = backend.expectOne({ method: 'PUT', url: `/api/team/${tom.id}/password` });
    expect(call.request.body).toEqual({ password: 'temporary-pass' });
    call.flush(null, { status: 204, statusText: 'No Content' });
  });
});

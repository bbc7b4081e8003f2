import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CreatePatientRequest } from '@domain/contracts/patients';
import { auditEntries, samplePatient, summaryOf, tomReyes } from '../../testing/sample-patients';
import { defaultListQuery } from './patient-list-query';
import { PatientsClient } from './patients-client';

describe('PatientsClient', () => {
  let client: PatientsClient;
  let backend: HttpTestingController;
  const ana = samplePatient();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    client = TestBed.inject(PatientsClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('gets one page of the list with the query as parameters', () => {
    const list = { items: [summaryOf(ana)], total: 1, page: 2, pageSize: 50 };
    let received: unknown;
    client.list({ ...defaultListQuery, page: 2, q: 'silva' }).subscribe((value) => (received = value));
    const call = backend.expectOne(
      (request) => request.method === 'GET' && request.url === '/api/patients',
    );
    expect(call.request.params.toString()).toBe(
      'page=2&pageSize=50&sort=name&direction=asc&q=silva',
    );
    call.flush(list);
    expect(received).toEqual(list);
  });

  it('gets, creates and updates a patient', () => {
    client.get(ana.id).subscribe();
    backend.expectOne({ method: 'GET', url: `/api/patients/${ana.id}` }).flush(ana);

    const { id: _id, version: _v, ...record } = ana;
    const fields = record as CreatePatientRequest;
    client.create(fields).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/patients' }).request.body).toEqual(
      fields,
    );

    client.update(ana.id, { ...fields, version: 3, status: 'active' }).subscribe();
    const put = backend.expectOne({ method: 'PUT', url: `/api/patients/${ana.id}` });
    expect(put.request.body.version).toBe(3);
    put.flush(ana);
  });

  it('posts discharge, reactivate and reassign with the version', () => {
    client.discharge(ana.id, { version: 3, dischargedOn: '2026-11-25', reason: 'Goals met' }).subscribe();
    expect(
      backend.expectOne({ method: 'POST', url: `/api/patients/${ana.id}/discharge` }).request.body,
    ).toEqual({ version: 3, dischargedOn: '2026-11-25', reason: 'Goals met' });

    client.reactivate(ana.id, { version: 4 }).subscribe();
    expect(
      backend.expectOne({ method: 'POST', url: `/api/patients/${ana.id}/reactivate` }).request
        .body,
    ).toEqual({ version: 4 });

    client.reassign(ana.id, { version: 5, therapistId: tomReyes.id }).subscribe();
    expect(
      backend.expectOne({ method: 'POST', url: `/api/patients/${ana.id}/reassign` }).request.body,
    ).toEqual({ version: 5, therapistId: tomReyes.id });
  });

  it("unwraps the audit trail's entries and the therapist list", () => {
    let entries: unknown;
    let therapists: unknown;
    client.audit(ana.id).subscribe((value) => (entries = value));
    client.therapists().subscribe((value) => (therapists = value));
    backend
      .expectOne({ method: 'GET', url: `/api/patients/${ana.id}/audit` })
      .flush({ entries: auditEntries });
    backend.expectOne({ method: 'GET', url: '/api/therapists' }).flush({ therapists: [tomReyes] });
    expect(entries).toEqual(auditEntries);
    expect(therapists).toEqual([tomReyes]);
  });
});

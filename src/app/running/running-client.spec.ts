import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  CreateRunRequest,
  CreateRunningPlanRequest,
  SaveRunningPlanRequest,
} from '@domain/contracts/running';
import {
  sampleMileagePlan,
  sampleRun,
  sampleVersions,
} from '../../testing/sample-running';
import { RunningClient } from './running-client';

describe('RunningClient', () => {
  let client: RunningClient;
  let backend: HttpTestingController;
  const patientId = '7f3e2d1c-0b9a-4876-9543-210fedcba987';
  const planUrl = `/api/patients/${patientId}/running-plan`;
  const runsUrl = `/api/patients/${patientId}/runs`;
  const plan = sampleMileagePlan();
  const mileage: CreateRunningPlanRequest = {
    kind: 'mileage',
    baselineDistance: 10,
    targetDistance: 20,
    distanceUnit: 'mi',
    startWeek: '2026-11-30',
  };
  const run: CreateRunRequest = {
    date: '2026-11-24',
    distance: 4,
    distanceUnit: 'mi',
    painDuring: 2,
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    client = TestBed.inject(RunningClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it("gets the patient's plan, or null before one is made", () => {
    const received: unknown[] = [];
    client.plan(patientId).subscribe((value) => received.push(value));
    backend.expectOne({ method: 'GET', url: planUrl }).flush({ plan });
    client.plan(patientId).subscribe((value) => received.push(value));
    backend.expectOne({ method: 'GET', url: planUrl }).flush({ plan: null });
    expect(received).toEqual([plan, null]);
  });

  it('makes a first plan without a version to replace', () => {
    client.createPlan(patientId, mileage, null).subscribe();
    const post = backend.expectOne((request) => request.url === planUrl);
    expect(post.request.method).toBe('POST');
    expect(post.request.params.keys()).toEqual([]);
    expect(post.request.body).toEqual(mileage);
    post.flush(plan);
  });

  it('names the version a new plan replaces', () => {
    client.createPlan(patientId, mileage, 2).subscribe();
    const post = backend.expectOne((request) => request.url === planUrl);
    expect(post.request.urlWithParams).toBe(`${planUrl}?replacesVersion=2`);
    post.flush(plan);
  });

  it('saves edited weeks with the version they were read at', () => {
    const request: SaveRunningPlanRequest = {
      version: 2,
      distanceUnit: 'mi',
      weeks: [{ weekStart: '2026-10-05', distance: 10, kind: 'hold' }],
    };
    client.savePlan(patientId, request).subscribe();
    const put = backend.expectOne({ method: 'PUT', url: planUrl });
    expect(put.request.body).toEqual(request);
    put.flush(plan);
  });

  it("lists the plan's saved versions", () => {
    let received: unknown;
    client.versions(patientId).subscribe((value) => (received = value));
    backend
      .expectOne({ method: 'GET', url: `${planUrl}/versions` })
      .flush({ versions: sampleVersions });
    expect(received).toEqual(sampleVersions);
  });

  it('lists runs, between two dates when asked', () => {
    const runs = [sampleRun()];
    let received: unknown;
    client.runs(patientId).subscribe((value) => (received = value));
    const all = backend.expectOne((request) => request.url === runsUrl);
    expect(all.request.params.keys()).toEqual([]);
    all.flush({ runs });
    expect(received).toEqual(runs);

    client.runs(patientId, { from: '2026-10-01', to: '2026-11-30' }).subscribe();
    const between = backend.expectOne((request) => request.url === runsUrl);
    expect(between.request.params.toString()).toBe('from=2026-10-01&to=2026-11-30');
    between.flush({ runs: [] });
  });

  it('logs, edits and deletes a run', () => {
    const saved = sampleRun();
    client.createRun(patientId, run).subscribe();
    expect(backend.expectOne({ method: 'POST', url: runsUrl }).request.body).toEqual(run);

    client.updateRun(patientId, saved.id, { ...run, version: 1 }).subscribe();
    const put = backend.expectOne({ method: 'PUT', url: `${runsUrl}/${saved.id}` });
    expect(put.request.body.version).toBe(1);
    put.flush(saved);

    client.deleteRun(patientId, saved.id).subscribe();
    backend
      .expectOne({ method: 'DELETE', url: `${runsUrl}/${saved.id}` })
      .flush(null, { status: 204, statusText: 'No Content' });
  });

  it('keeps ids inside their path segment', () => {
    client.runs('a/b').subscribe();
    backend.expectOne((request) => request.url === '/api/patients/a%2Fb/runs').flush({ runs: [] });
  });
});

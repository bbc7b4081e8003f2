import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { catalogueResponse, customExercise } from '../../testing/sample-exercises';
import { ExercisesClient } from './exercises-client';

describe('ExercisesClient', () => {
  let client: ExercisesClient;
  let backend: HttpTestingController;
  const custom = customExercise();
  const { id: _id, origin: _origin, version: _version, ...fields } = custom;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    client = TestBed.inject(ExercisesClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reads the whole library at once', () => {
    const items = [catalogueResponse('wall-sit'), custom];
    let received: unknown;
    client.list().subscribe((value) => (received = value));
    const call = backend.expectOne({ method: 'GET', url: '/api/exercises' });
    expect(call.request.params.keys()).toEqual([]);
    call.flush({ items });
    expect(received).toEqual(items);
  });

  it('reads one exercise, its id escaped', () => {
    let received: unknown;
    client.get('goblet-squat').subscribe((value) => (received = value));
    backend
      .expectOne({ method: 'GET', url: '/api/exercises/goblet-squat' })
      .flush(catalogueResponse('goblet-squat'));
    expect(received).toEqual(catalogueResponse('goblet-squat'));
    client.get('a/b').subscribe({ error: () => undefined });
    backend
      .expectOne({ method: 'GET', url: '/api/exercises/a%2Fb' })
      .flush(
        { error: 'not_found', message: 'No such exercise.' },
        { status: 404, statusText: 'Not Found' },
      );
  });

  it('creates a custom exercise and answers with the saved one', () => {
    let received: unknown;
    client.create(fields).subscribe((value) => (received = value));
    const post = backend.expectOne({ method: 'POST', url: '/api/exercises' });
    expect(post.request.body).toEqual(fields);
    post.flush(custom, { status: 201, statusText: 'Created' });
    expect(received).toEqual(custom);
  });

  it('updates a custom exercise with the version it was read at', () => {
    client.update(custom.id, { ...fields, version: 2 }).subscribe();
    const put = backend.expectOne({ method: 'PUT', url: `/api/exercises/${custom.id}` });
    expect(put.request.body).toEqual({ ...fields, version: 2 });
    put.flush({ ...custom, version: 3 });
  });
});

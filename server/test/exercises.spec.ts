import { and, asc, eq } from 'drizzle-orm';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import { catalogue, catalogueExercise } from '@domain/exercises/catalogue';
import { filterExercises } from '@domain/exercises/exercise-filter';
import { auditEvents, customExercises, exerciseImages } from '../db/schema';
import { createClinicWithStaff } from './support/fixtures';
import { call, signIn, testHost, testOrigin } from './support/http';
import { imageUploadMessages, maxImageBytes } from '@domain/illustrations/image-upload';
import { customExerciseBody } from './support/program-fixtures';
import { useTestApp } from './support/test-app';

describe('exercise library API', () => {
  const t = useTestApp();

  async function signedIn(role: 'therapist' | 'manager' = 'therapist') {
    const staff = await createClinicWithStaff(t.repositories);
    const cookie = await signIn(t.app, staff[role].email);
    return { ...staff, cookie };
  }

  async function created(cookie: string, body = customExerciseBody()) {
    const response = await call(t.app, 'POST', '/api/exercises', { cookie, body });
    expect(response.statusCode).withContext(response.body).toBe(201);
    return response.json() as ExerciseResponse;
  }

  const storedRows = (clinicId: string) =>
    t.database.db
      .select()
      .from(customExercises)
      .where(eq(customExercises.clinicId, clinicId))
      .orderBy(asc(customExercises.createdAt));

  const asCatalogue = (id: string) => ({
    ...catalogueExercise(id)!,
    origin: 'catalogue',
    basedOn: null,
    version: null,
  });

  describe('GET /api/exercises', () => {
    it('lists the whole catalogue, read-only, in catalogue order', async () => {
      const { cookie } = await signedIn();
      const response = await call(t.app, 'GET', '/api/exercises', { cookie });
      expect(response.statusCode).toBe(200);
      const { items } = response.json() as { items: ExerciseResponse[] };
      expect(items.length).toBe(catalogue.length);
      expect(items.length).toBeGreaterThanOrEqual(45);
      expect(items).toEqual(catalogue.map((e) => asCatalogue(e.id) as ExerciseResponse));
    });

    it('adds the clinic’s own exercises after the catalogue, by name, and no other clinic’s', async () => {
      const { cookie } = await signedIn();
      const zed = await created(cookie, customExerciseBody({ name: 'Zig-zag step-up' }));
      const ab = await created(cookie, customExerciseBody({ name: 'Ankle-weight step-up' }));
      const elsewhere = await signedIn('manager');
      await created(elsewhere.cookie, customExerciseBody({ name: 'Another clinic’s step-up' }));

      const { items } = (await call(t.app, 'GET', '/api/exercises', { cookie })).json();
      expect(items.slice(catalogue.length)).toEqual([ab, zed]);
      const custom = await call(t.app, 'GET', '/api/exercises?origin=custom', { cookie });
      expect(custom.json().items).toEqual([ab, zed]);
      const builtIn = await call(t.app, 'GET', '/api/exercises?origin=catalogue', { cookie });
      expect(builtIn.json().items.length).toBe(catalogue.length);
    });

    it('applies the search and filters of the query string to both', async () => {
      const { cookie } = await signedIn();
      const mine = await created(cookie);
      const get = async (query: string) =>
        (await call(t.app, 'GET', `/api/exercises?${query}`, { cookie }))
          .json()
          .items.map((e: ExerciseResponse) => e.id);

      expect(await get('q=split%20squat')).toEqual(['split-squat', 'bulgarian-split-squat']);
      expect(await get('q=pause')).toEqual([mine.id]);
      expect(await get('difficulty=5')).toEqual(['nordic-curl']);
      expect(await get('equipment=wall')).toEqual(['wall-sit']);
      expect(await get('muscleGroup=calf&difficulty=1,2')).toEqual(
        filterExercises(catalogue, { muscleGroup: ['calf'], difficulty: [1, 2] }).map((e) => e.id),
      );
      const suitable = await get('suitableFor=meniscus_nonop');
      expect(suitable).toContain('mini-squat');
      expect(suitable).not.toContain('bodyweight-squat');
      expect(suitable).toContain(mine.id);
    });

    it('answers unknown filter values with 400 and the messages of each field', async () => {
      const { cookie } = await signedIn();
      const response = await call(
        t.app,
        'GET',
        '/api/exercises?muscleGroup=biceps&difficulty=6&suitableFor=flu',
        { cookie },
      );
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: {
          'muscleGroup.0': ['Unknown muscle group.'],
          'difficulty.0': ['Difficulty is 1 to 5.'],
          suitableFor: ['Choose a diagnosis.'],
        },
      });
    });

    it('needs a signed-in user', async () => {
      const response = await call(t.app, 'GET', '/api/exercises');
      expect(response.statusCode).toBe(401);
    });
  });

  describe('GET /api/exercises/:id', () => {
    it('gives a catalogue exercise by its slug and a custom one by its id', async () => {
      const { cookie } = await signedIn();
      const goblet = await call(t.app, 'GET', '/api/exercises/goblet-squat', { cookie });
      expect(goblet.statusCode).toBe(200);
      expect(goblet.json()).toEqual(asCatalogue('goblet-squat'));

      const mine = await created(cookie);
      const found = await call(t.app, 'GET', `/api/exercises/${mine.id}`, { cookie });
      expect(found.json()).toEqual(mine);
    });

    it('answers an unknown id, a malformed one and another clinic’s exercise with the same 404', async () => {
      const { cookie } = await signedIn();
      const elsewhere = await signedIn('manager');
      const theirs = await created(elsewhere.cookie);
      for (const id of [
        theirs.id,
        '3f1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13',
        'Goblet%20Squat',
        'x'.repeat(80),
      ]) {
        const response = await call(t.app, 'GET', `/api/exercises/${id}`, { cookie });
        expect(response.statusCode).withContext(id).toBe(404);
        expect(response.json()).toEqual({ error: 'not_found', message: 'No such exercise.' });
      }
    });
  });

  describe('POST /api/exercises', () => {
    it('stores a copy of a catalogue exercise as the clinic’s own, version 1, with a new id', async () => {
      const { cookie, clinic, therapist } = await signedIn();
      const body = customExerciseBody();
      const exercise = await created(cookie, body);
      const { basedOn: _basedOn, ...fields } = body;
      expect(exercise).toEqual({
        ...(fields as Omit<ExerciseResponse, 'id' | 'origin' | 'basedOn' | 'version'>),
        id: jasmine.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-/),
        origin: 'custom',
        basedOn: 'step-up',
        version: 1,
      });
      const [row] = await storedRows(clinic.id);
      expect([row.id, row.createdBy, row.updatedBy, row.version]).toEqual([
        exercise.id,
        therapist.id,
        therapist.id,
        1,
      ]);
    });

    it('lets a manager add one, and ladder links to the clinic’s own exercises', async () => {
      const { cookie } = await signedIn('manager');
      const easier = await created(
        cookie,
        customExerciseBody({ name: 'Low step-up', progressionId: null }),
      );
      const harder = await created(
        cookie,
        customExerciseBody({
          name: 'High step-up',
          regressionId: easier.id,
          progressionId: 'lateral-step-down',
        }),
      );
      expect([harder.regressionId, harder.progressionId]).toEqual([easier.id, 'lateral-step-down']);
    });

    it('answers links to exercises outside the clinic’s library with 400 on each field', async () => {
      const { cookie, clinic } = await signedIn();
      const elsewhere = await signedIn('manager');
      const theirs = await created(elsewhere.cookie);
      const response = await call(t.app, 'POST', '/api/exercises', {
        cookie,
        body: customExerciseBody({
          basedOn: 'moon-walk',
          regressionId: theirs.id,
          progressionId: '3f1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13',
        }),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: {
          basedOn: ['No such exercise in the library.'],
          regressionId: ['No such exercise in the library.'],
          progressionId: ['No such exercise in the library.'],
        },
      });
      expect(await storedRows(clinic.id)).toEqual([]);
    });

    it('answers fields the contract refuses with 400 and plain messages', async () => {
      const { cookie, clinic } = await signedIn();
      const body = customExerciseBody({ name: '', steps: ['Step up.'] });
      const response = await call(t.app, 'POST', '/api/exercises', {
        cookie,
        body: { ...body, defaultDose: { ...body.defaultDose, sets: 11, tempo: '2-0' } },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual({
        name: ['Name the exercise.'],
        steps: ['Give 3 to 6 steps.'],
        'defaultDose.sets': ['Enter 1 to 10 sets.'],
        'defaultDose.tempo': ['Write the tempo as seconds down-pause-up, like 2-0-2.'],
      });
      expect(await storedRows(clinic.id)).toEqual([]);
    });
  });

  describe('PUT /api/exercises/:id', () => {
    it('saves an edit made at the current version and moves the version on', async () => {
      const { cookie, clinic, manager, therapist } = await signedIn();
      const mine = await created(cookie);
      const asManager = await signIn(t.app, manager.email);
      const response = await call(t.app, 'PUT', `/api/exercises/${mine.id}`, {
        cookie: asManager,
        body: { ...customExerciseBody({ name: 'Step-up, 3 s pause', difficulty: 3 }), version: 1 },
      });
      expect(response.statusCode).withContext(response.body).toBe(200);
      expect(response.json()).toEqual({
        ...mine,
        name: 'Step-up, 3 s pause',
        difficulty: 3,
        version: 2,
      });
      const [row] = await storedRows(clinic.id);
      expect([row.version, row.createdBy, row.updatedBy]).toEqual([2, therapist.id, manager.id]);
    });

    it('answers a stale version with 409 and the exercise as it is, and overwrites nothing', async () => {
      const { cookie, clinic } = await signedIn();
      const mine = await created(cookie);
      const first = await call(t.app, 'PUT', `/api/exercises/${mine.id}`, {
        cookie,
        body: { ...customExerciseBody({ name: 'First edit' }), version: 1 },
      });
      const before = await storedRows(clinic.id);
      const second = await call(t.app, 'PUT', `/api/exercises/${mine.id}`, {
        cookie,
        body: { ...customExerciseBody({ name: 'Second edit' }), version: 1 },
      });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toEqual({
        error: 'stale_version',
        message:
          'Someone saved this exercise after you opened it. Review their changes, then save again.',
        current: first.json(),
      });
      expect(await storedRows(clinic.id)).toEqual(before);
    });

    it('refuses to change a catalogue exercise with 409', async () => {
      const { cookie } = await signedIn('manager');
      const response = await call(t.app, 'PUT', '/api/exercises/step-up', {
        cookie,
        body: { ...customExerciseBody(), version: 1 },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        error: 'catalogue_read_only',
        message:
          'Catalogue exercises cannot be changed. Copy this one into a custom exercise and edit the copy.',
      });
      expect(catalogueExercise('step-up')!.name).toBe('Step-up');
    });

    it('answers another clinic’s exercise and an unknown one with 404, changing nothing', async () => {
      const { cookie } = await signedIn();
      const elsewhere = await signedIn('manager');
      const theirs = await created(elsewhere.cookie);
      for (const id of [theirs.id, '3f1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13', 'my-step-up']) {
        const response = await call(t.app, 'PUT', `/api/exercises/${id}`, {
          cookie,
          body: { ...customExerciseBody({ name: 'Taken over' }), version: 1 },
        });
        expect(response.statusCode).withContext(id).toBe(404);
        expect(response.json()).toEqual({ error: 'not_found', message: 'No such exercise.' });
      }
      expect((await storedRows(elsewhere.clinic.id))[0].fields.name).toBe('Step-up with a pause');
    });

    it('refuses an exercise as its own regression or progression', async () => {
      const { cookie } = await signedIn();
      const mine = await created(cookie);
      const response = await call(t.app, 'PUT', `/api/exercises/${mine.id}`, {
        cookie,
        body: { ...customExerciseBody({ regressionId: mine.id }), version: 1 },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual({
        regressionId: ['An exercise cannot be its own regression.'],
      });
    });
  });

  describe('audit', () => {
    it('records every read and write of the library, with who and which exercise', async () => {
      const { cookie, clinic, therapist } = await signedIn();
      const as = { cookie, remoteAddress: '10.41.0.1' };
      await call(t.app, 'GET', '/api/exercises?q=squat', as);
      const mine = (
        await call(t.app, 'POST', '/api/exercises', { ...as, body: customExerciseBody() })
      ).json();
      await call(t.app, 'GET', `/api/exercises/${mine.id}`, as);
      await call(t.app, 'GET', '/api/exercises/clamshell', as);
      const edit = { ...customExerciseBody({ name: 'Edited' }), version: 1 };
      await call(t.app, 'PUT', `/api/exercises/${mine.id}`, { ...as, body: edit });
      await call(t.app, 'PUT', `/api/exercises/${mine.id}`, { ...as, body: edit }); // stale

      const events = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.clientAddress, '10.41.0.1'), eq(auditEvents.clinicId, clinic.id)))
        .orderBy(asc(auditEvents.id));
      const squats = filterExercises(catalogue, { q: 'squat' }).length;
      expect(events.map((e) => [e.action, e.recordType, e.recordId, e.detail])).toEqual([
        ['exercise.listed', 'exercise', null, { query: { q: 'squat' }, count: squats }],
        ['exercise.created', 'exercise', mine.id, { version: 1, basedOn: 'step-up' }],
        ['exercise.viewed', 'exercise', mine.id, { origin: 'custom' }],
        ['exercise.viewed', 'exercise', 'clamshell', { origin: 'catalogue' }],
        ['exercise.updated', 'exercise', mine.id, { version: 2 }],
        [
          'exercise.viewed',
          'exercise',
          mine.id,
          { origin: 'custom', version: 2, because: 'stale_version', sentVersion: 1 },
        ],
      ]);
      for (const event of events) expect(event.actorUserId).toBe(therapist.id);
    });
  });

  describe('custom exercise pictures', () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    const upload = (
      cookie: string,
      id: string,
      body: Buffer,
      type = 'image/png',
      remoteAddress?: string,
    ) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/exercises/${id}/image`,
        headers: { host: testHost, origin: testOrigin, cookie, 'content-type': type },
        payload: body,
        remoteAddress,
      });

    it('stores a PNG, lists its URL with the exercise and serves it back with its content type', async () => {
      const { cookie } = await signedIn();
      const mine = await created(cookie);
      const response = await upload(cookie, mine.id, png);
      expect(response.statusCode).withContext(response.body).toBe(200);
      const { imageUrl } = response.json() as { imageUrl: string };
      expect(imageUrl).toMatch(new RegExp(`^/api/exercises/${mine.id}/image\\?v=[0-9a-f-]{36}$`));

      const listed = (await call(t.app, 'GET', `/api/exercises/${mine.id}`, { cookie })).json();
      expect(listed.imageUrl).toBe(imageUrl);
      const served = await call(t.app, 'GET', imageUrl, { cookie });
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe('image/png');
      expect(served.rawPayload.equals(png)).toBeTrue();
    });

    it('decides the type from the bytes: a JPEG sent as octet-stream is served as image/jpeg', async () => {
      const { cookie } = await signedIn();
      const mine = await created(cookie);
      const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 1)]);
      expect((await upload(cookie, mine.id, jpeg, 'application/octet-stream')).statusCode).toBe(
        200,
      );
      const served = await call(t.app, 'GET', `/api/exercises/${mine.id}/image`, { cookie });
      expect(served.headers['content-type']).toBe('image/jpeg');
    });

    it('refuses a text file renamed .png and a picture over 2 MB with 400 and a message that says why', async () => {
      const { cookie } = await signedIn();
      const mine = await created(cookie);
      const text = await upload(cookie, mine.id, Buffer.from('just some notes, not a picture'));
      expect(text.statusCode).toBe(400);
      expect(text.json()).toEqual({
        error: 'invalid_image',
        message: imageUploadMessages.notAnImage,
      });

      const big = Buffer.concat([png, Buffer.alloc(maxImageBytes, 1)]);
      const tooBig = await upload(cookie, mine.id, big);
      expect(tooBig.statusCode).toBe(400);
      expect(tooBig.json().message).toBe(imageUploadMessages.tooLarge);
      expect(
        (await call(t.app, 'GET', `/api/exercises/${mine.id}/image`, { cookie })).statusCode,
      ).toBe(404);
    });

    it('keeps a picture inside its clinic and refuses one for a catalogue exercise', async () => {
      const { cookie } = await signedIn();
      const mine = await created(cookie);
      await upload(cookie, mine.id, png);
      const other = await signedIn('manager');
      expect((await upload(other.cookie, mine.id, png)).statusCode).toBe(404);
      expect(
        (await call(t.app, 'GET', `/api/exercises/${mine.id}/image`, { cookie: other.cookie }))
          .statusCode,
      ).toBe(404);
      expect((await call(t.app, 'GET', `/api/exercises/${mine.id}/image`)).statusCode).toBe(401);
      expect((await upload(cookie, 'clamshell', png)).statusCode).toBe(409);
    });

    it('removes a picture, and audits the upload and the removal', async () => {
      const { cookie, clinic } = await signedIn();
      const mine = await created(cookie);
      await upload(cookie, mine.id, png, 'image/png', '10.41.0.2');
      const removed = await t.app.inject({
        method: 'DELETE',
        url: `/api/exercises/${mine.id}/image`,
        headers: { host: testHost, origin: testOrigin, cookie },
        remoteAddress: '10.41.0.2',
      });
      expect(removed.statusCode).toBe(204);
      const after = (await call(t.app, 'GET', `/api/exercises/${mine.id}`, { cookie })).json();
      expect(after.imageUrl).toBeUndefined();
      const events = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.clientAddress, '10.41.0.2'), eq(auditEvents.clinicId, clinic.id)))
        .orderBy(asc(auditEvents.id));
      expect(events.map((e) => [e.action, e.recordId, e.detail])).toEqual([
        ['exercise.image_uploaded', mine.id, { contentType: 'image/png', bytes: png.length }],
        ['exercise.image_removed', mine.id, null],
      ]);
    });

    it('keeps every picture for the handouts that printed it: a new upload or a removal changes only what is shown', async () => {
      const { cookie } = await signedIn();
      const mine = await created(cookie);
      const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 1)]);
      const first = (await upload(cookie, mine.id, png)).json().imageUrl as string;
      const second = (await upload(cookie, mine.id, jpeg)).json().imageUrl as string;
      expect(second).not.toBe(first);
      const served = async (url: string) => {
        const response = await call(t.app, 'GET', url, { cookie });
        return [
          response.statusCode,
          response.headers['content-type'],
          response.headers['cache-control'],
        ];
      };
      const current = `/api/exercises/${mine.id}/image`;
      expect(await served(first)).toEqual([
        200,
        'image/png',
        'private, max-age=31536000, immutable',
      ]);
      expect(await served(second)).toEqual([
        200,
        'image/jpeg',
        'private, max-age=31536000, immutable',
      ]);
      expect(await served(current)).toEqual([200, 'image/jpeg', 'private, no-cache']);
      // A handout printed before pictures had ids names it by its upload time: the current picture.
      expect(await served(`${current}?v=1764000000000`)).toEqual([
        200,
        'image/jpeg',
        'private, no-cache',
      ]);

      await call(t.app, 'DELETE', current, { cookie });
      expect((await call(t.app, 'GET', current, { cookie })).statusCode).toBe(404);
      expect(await served(first)).toEqual([
        200,
        'image/png',
        'private, max-age=31536000, immutable',
      ]);
      // Another exercise's picture id does not open this exercise's pictures, nor the other way round.
      const theirs = await created(cookie);
      expect(
        (await call(t.app, 'GET', first.replace(mine.id, theirs.id), { cookie })).statusCode,
      ).toBe(404);
      // The pictures themselves cannot change or go.
      const refused = await t.database.db.delete(exerciseImages).then(
        () => 'deleted',
        (error: Error) => String(error.cause),
      );
      expect(refused).toContain('exercise_images is append-only');
    });

    it('keeps the chosen pose and mirroring of a custom exercise, and only a catalogue pose', async () => {
      const { cookie } = await signedIn();
      const mine = await created(cookie, {
        ...customExerciseBody(),
        poseFrom: 'wall-sit',
        mirrorPose: true,
      });
      expect(mine.poseFrom).toBe('wall-sit');
      expect(mine.mirrorPose).toBeTrue();
      const bad = await call(t.app, 'POST', '/api/exercises', {
        cookie,
        body: { ...customExerciseBody(), poseFrom: mine.id },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fields.poseFrom).toEqual([
        'Choose a catalogue exercise to draw this one from.',
      ]);
    });
  });
});

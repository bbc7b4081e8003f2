import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { Observable, firstValueFrom, lastValueFrom, of, throwError, toArray } from 'rxjs';
import { catalogueResponse, customExercise } from '../../../testing/sample-exercises';
import { ExercisesClient } from '../exercises-client';
import { defaultLibraryQuery } from '../library-query';
import {
  exerciseEditorPageActions,
  exerciseLibraryPageActions,
  exercisesApiActions,
} from './exercises.actions';
import {
  createExercise,
  loadEditedExercise,
  loadLibrary,
  showNotices,
  showQueryInAddressBar,
  updateExercise,
} from './exercises.effects';

function failure(status: number, body: unknown = null): Observable<never> {
  return throwError(() => new HttpErrorResponse({ status, error: body }));
}

const custom = customExercise();
const { id: _id, origin: _origin, version: _version, ...request } = custom;
const offline = {
  error: 'network_error',
  message: "Stride Rx can't reach the server. Check your connection and try again.",
};

describe('exercises effects', () => {
  let client: jasmine.SpyObj<ExercisesClient>;

  beforeEach(() => {
    client = jasmine.createSpyObj<ExercisesClient>('ExercisesClient', [
      'list',
      'get',
      'create',
      'update',
    ]);
  });

  async function all<T>(effect: Observable<T>): Promise<T[]> {
    return lastValueFrom(effect.pipe(toArray()));
  }

  describe('loadLibrary', () => {
    it('loads the library for the first page that needs it', async () => {
      const exercises = [catalogueResponse('wall-sit'), custom];
      client.list.and.returnValue(of(exercises));
      const opened = of(exerciseLibraryPageActions.opened());
      expect(await firstValueFrom(loadLibrary(opened, client, signal(false)))).toEqual(
        exercisesApiActions.listLoadSucceeded({ exercises }),
      );
      const editor = of(exerciseEditorPageActions.opened({ id: null }));
      expect(await firstValueFrom(loadLibrary(editor, client, signal(false)))).toEqual(
        exercisesApiActions.listLoadSucceeded({ exercises }),
      );
    });

    it('reads it once a session', async () => {
      const opened = of(exerciseLibraryPageActions.opened());
      expect(await all(loadLibrary(opened, client, signal(true)))).toEqual([]);
      expect(client.list).not.toHaveBeenCalled();
    });

    it('reports a failed load, and loads again on Retry', async () => {
      client.list.and.returnValue(failure(0));
      const retried = of(exerciseLibraryPageActions.retrySelected());
      expect(await firstValueFrom(loadLibrary(retried, client, signal(false)))).toEqual(
        exercisesApiActions.listLoadFailed({ error: offline }),
      );
    });
  });

  describe('showQueryInAddressBar', () => {
    let router: jasmine.SpyObj<Router>;

    beforeEach(() => {
      router = jasmine.createSpyObj<Router>('Router', ['navigate']);
      router.navigate.and.resolveTo(true);
    });

    it('puts a changed filter in the address bar beside the open exercise', async () => {
      const query = { ...defaultLibraryQuery, difficulty: [1, 2] };
      await firstValueFrom(
        showQueryInAddressBar(
          of(exerciseLibraryPageActions.difficultyFilterChanged({ query })),
          router,
          signal('wall-sit'),
        ),
      );
      expect(router.navigate).toHaveBeenCalledWith(['/exercises', 'wall-sit'], {
        queryParams: { difficulty: '1,2' },
        replaceUrl: false,
      });
    });

    it('replaces the entry for a typed search, so Back leaves the search in one step', async () => {
      const query = { ...defaultLibraryQuery, q: 'bridge' };
      await firstValueFrom(
        showQueryInAddressBar(
          of(exerciseLibraryPageActions.searchChanged({ query })),
          router,
          signal(undefined),
        ),
      );
      expect(router.navigate).toHaveBeenCalledWith(['/exercises'], {
        queryParams: { q: 'bridge' },
        replaceUrl: true,
      });
    });
  });

  describe('loadEditedExercise', () => {
    it('reads the exercise to edit fresh', async () => {
      client.get.and.returnValue(of(custom));
      const opened = of(exerciseEditorPageActions.opened({ id: custom.id }));
      expect(await firstValueFrom(loadEditedExercise(opened, client))).toEqual(
        exercisesApiActions.exerciseLoadSucceeded({ exercise: custom }),
      );
      expect(client.get).toHaveBeenCalledWith(custom.id);
    });

    it('reads nothing for a new exercise', async () => {
      const opened = of(exerciseEditorPageActions.opened({ id: null }));
      expect(await all(loadEditedExercise(opened, client))).toEqual([]);
      expect(client.get).not.toHaveBeenCalled();
    });

    it('reports an unknown exercise', async () => {
      const notFound = { error: 'not_found', message: 'No such exercise.' };
      client.get.and.returnValue(failure(404, notFound));
      const opened = of(exerciseEditorPageActions.opened({ id: 'gone' }));
      expect(await firstValueFrom(loadEditedExercise(opened, client))).toEqual(
        exercisesApiActions.exerciseLoadFailed({ id: 'gone', error: notFound }),
      );
    });
  });

  describe('createExercise', () => {
    it('creates the exercise', async () => {
      client.create.and.returnValue(of(custom));
      const submitted = of(exerciseEditorPageActions.createSubmitted({ request }));
      expect(await firstValueFrom(createExercise(submitted, client))).toEqual(
        exercisesApiActions.createSucceeded({ exercise: custom }),
      );
      expect(client.create).toHaveBeenCalledWith(request);
    });

    it("reports the server's field messages", async () => {
      const invalid = {
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: { 'steps.0': ['A step is at most 200 characters.'] },
      };
      client.create.and.returnValue(failure(400, invalid));
      const submitted = of(exerciseEditorPageActions.createSubmitted({ request }));
      expect(await firstValueFrom(createExercise(submitted, client))).toEqual(
        exercisesApiActions.createFailed({ error: invalid }),
      );
    });
  });

  describe('updateExercise', () => {
    const update = { ...request, version: 2 };
    const submitted = of(
      exerciseEditorPageActions.updateSubmitted({ id: custom.id, request: update }),
    );

    it('saves the exercise with the version it was read at', async () => {
      const saved = { ...custom, version: 3 };
      client.update.and.returnValue(of(saved));
      expect(await firstValueFrom(updateExercise(submitted, client))).toEqual(
        exercisesApiActions.updateSucceeded({ exercise: saved }),
      );
      expect(client.update).toHaveBeenCalledWith(custom.id, update);
    });

    it('carries the saved exercise when someone else saved first', async () => {
      const theirs = { ...custom, version: 3, name: 'Slow step-up' };
      const stale = {
        error: 'stale_version',
        message: 'Someone else saved this exercise since you opened it.',
        current: theirs,
      };
      client.update.and.returnValue(failure(409, stale));
      expect(await firstValueFrom(updateExercise(submitted, client))).toEqual(
        exercisesApiActions.updateFailed({
          error: { error: 'stale_version', message: stale.message },
          current: theirs,
        }),
      );
    });

    it('reports a catalogue exercise as read-only, with nothing to compare', async () => {
      const readOnly = {
        error: 'catalogue_read_only',
        message: 'Catalogue exercises are read-only: copy one to change it.',
      };
      client.update.and.returnValue(failure(409, readOnly));
      expect(await firstValueFrom(updateExercise(submitted, client))).toEqual(
        exercisesApiActions.updateFailed({ error: readOnly, current: null }),
      );
    });

    it('never takes a malformed body for the saved exercise', async () => {
      client.update.and.returnValue(
        failure(409, { error: 'stale_version', message: 'Stale.', current: { id: 1 } }),
      );
      const [action] = await all(updateExercise(submitted, client));
      expect(action).toEqual(
        exercisesApiActions.updateFailed({
          error: { error: 'stale_version', message: 'Stale.' },
          current: null,
        }),
      );
    });
  });

  describe('showNotices', () => {
    let snackBar: jasmine.SpyObj<MatSnackBar>;

    beforeEach(() => {
      snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    });

    it('says a saved exercise was added or saved', async () => {
      await all(
        showNotices(
          of(
            exercisesApiActions.createSucceeded({ exercise: custom }),
            exercisesApiActions.updateSucceeded({ exercise: custom }),
          ),
          snackBar,
        ),
      );
      expect(snackBar.open.calls.allArgs().map(([message]) => message)).toEqual([
        'Step-up with a pause was added to the library.',
        'Step-up with a pause was saved.',
      ]);
    });

    it('says a failed read, but not an unknown exercise (the page says so)', async () => {
      await all(
        showNotices(
          of(
            exercisesApiActions.exerciseLoadFailed({ id: 'x', error: offline }),
            exercisesApiActions.exerciseLoadFailed({
              id: 'y',
              error: { error: 'not_found', message: 'No such exercise.' },
            }),
          ),
          snackBar,
        ),
      );
      expect(snackBar.open).toHaveBeenCalledOnceWith(
        `Couldn't load the exercise. ${offline.message}`,
        'Dismiss',
        { duration: 8000 },
      );
    });
  });
});

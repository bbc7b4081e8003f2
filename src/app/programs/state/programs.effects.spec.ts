import { HttpErrorResponse } from '@angular/common/http';
import type { Store } from '@ngrx/store';
import { Observable, firstValueFrom, lastValueFrom, of, throwError, toArray } from 'rxjs';
import type { ExercisesClient } from '../../exercises/exercises-client';
import { catalogueResponse } from '../../../testing/sample-exercises';
import { sampleProgramVersion } from '../../../testing/sample-programs';
import type { ProgramsClient } from '../programs-client';
import { programTabActions, programsApiActions } from './programs.actions';
import {
  applyTemplate,
  loadExercises,
  loadProgram,
  loadVersion,
  saveProgram,
} from './programs.effects';

function failure(status: number, body: unknown = null): Observable<never> {
  return throwError(() => new HttpErrorResponse({ status, error: body }));
}

const all = <T>(effect: Observable<T>) => lastValueFrom(effect.pipe(toArray()));
const patientId = 'p-1';
const storeWith = (value: unknown) => ({ select: () => of(value) }) as unknown as Store;

describe('programs effects', () => {
  let client: jasmine.SpyObj<ProgramsClient>;

  beforeEach(() => {
    client = jasmine.createSpyObj<ProgramsClient>('ProgramsClient', [
      'current',
      'save',
      'applyTemplate',
      'versions',
      'version',
      'templates',
      'saveTemplate',
    ]);
  });

  it('reads the current version when the tab opens', async () => {
    const current = sampleProgramVersion();
    client.current.and.returnValue(of(current));
    expect(
      await firstValueFrom(loadProgram(of(programTabActions.opened({ patientId })), client)),
    ).toEqual(programsApiActions.programLoadSucceeded({ patientId, current }));
  });

  it('reads the library only when it is not loaded yet', async () => {
    const exercises = jasmine.createSpyObj<ExercisesClient>('ExercisesClient', ['list']);
    exercises.list.and.returnValue(of([catalogueResponse('wall-sit')]));
    const opened = of(programTabActions.opened({ patientId }));
    expect(await all(loadExercises(opened, storeWith('loaded'), exercises))).toEqual([]);
    expect(await all(loadExercises(opened, storeWith('loading'), exercises))).toEqual([
      programsApiActions.exercisesLoadSucceeded({ exercises: [catalogueResponse('wall-sit')] }),
    ]);
  });

  it("turns a 409 into a stale save carrying the other therapist's version", async () => {
    const theirs = sampleProgramVersion({ version: 2 });
    client.save.and.returnValue(
      failure(409, { error: 'stale_version', message: 'Someone saved.', current: theirs }),
    );
    const submitted = programTabActions.saveSubmitted({
      patientId,
      request: { version: 1, program: theirs.program },
    });
    const [action] = await all(saveProgram(of(submitted), client));
    expect(action).toEqual(
      programsApiActions.saveFailed({
        error: jasmine.objectContaining({ error: 'stale_version' }) as never,
        current: theirs,
      }),
    );
  });

  it('saves a template applied as a new version', async () => {
    const saved = sampleProgramVersion({ version: 2 });
    client.applyTemplate.and.returnValue(of(saved));
    const request = { version: 1, templateId: 'pfp-hip-knee', mode: 'replace' as const };
    expect(
      await firstValueFrom(
        applyTemplate(of(programTabActions.templateApplied({ patientId, request })), client),
      ),
    ).toEqual(programsApiActions.saveSucceeded({ saved }));
    expect(client.applyTemplate).toHaveBeenCalledWith(patientId, request);
  });

  it('reads only the versions to compare that are not read yet', async () => {
    const v2 = sampleProgramVersion({ version: 2 });
    client.version.and.returnValue(of(v2));
    const chosen = programTabActions.comparisonChosen({ patientId, older: 1, newer: 2 });
    const actions = await all(
      loadVersion(of(chosen), storeWith({ 1: sampleProgramVersion() }), client),
    );
    expect(actions).toEqual([programsApiActions.versionLoadSucceeded({ version: v2 })]);
    expect(client.version).toHaveBeenCalledOnceWith(patientId, 2);
  });
});

import { HttpErrorResponse } from '@angular/common/http';
import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { firstValueFrom, of, throwError } from 'rxjs';
import { sampleCrossTrainingVersion } from '../../../testing/sample-cross-training';
import type { CrossTrainingClient } from '../cross-training-client';
import { crossTrainingApiActions, crossTrainingTabActions } from './cross-training.actions';
import type { ProgramsClient } from '../../programs/programs-client';
import { sampleProgramVersion } from '../../../testing/sample-programs';
import { sampleMileagePlan, sampleWalkJogPlan } from '../../../testing/sample-running';
import type { RunningClient } from '../../running/running-client';
import {
  loadPlan,
  loadRunningWeeks,
  loadStrengthDays,
  loadVersion,
  loadVersions,
  savePlan,
} from './cross-training.effects';

const patientId = '7f3e2d1c-0b9a-4876-9543-210fedcba987';
const request = { version: 1, plan: swimBikePlan(), changeSummary: null };

describe('cross-training effects', () => {
  let client: jasmine.SpyObj<CrossTrainingClient>;

  beforeEach(() => {
    client = jasmine.createSpyObj<CrossTrainingClient>('CrossTrainingClient', [
      'current',
      'save',
      'versions',
      'version',
    ]);
  });

  const opened = of(crossTrainingTabActions.opened({ patientId }));
  const submitted = of(crossTrainingTabActions.saveSubmitted({ patientId, request }));

  it('loads the current version when the tab opens', async () => {
    const v1 = sampleCrossTrainingVersion();
    client.current.and.returnValue(of(v1));
    expect(await firstValueFrom(loadPlan(opened, client))).toEqual(
      crossTrainingApiActions.loadSucceeded({ patientId, current: v1 }),
    );
    expect(client.current).toHaveBeenCalledWith(patientId);
  });

  it('says why a load failed', async () => {
    client.current.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    const action = await firstValueFrom(loadPlan(opened, client));
    expect(action.type).toBe(crossTrainingApiActions.loadFailed.type);
  });

  it('saves a new version', async () => {
    const v2 = sampleCrossTrainingVersion(2);
    client.save.and.returnValue(of(v2));
    expect(await firstValueFrom(savePlan(submitted, client))).toEqual(
      crossTrainingApiActions.saveSucceeded({ version: v2 }),
    );
    expect(client.save).toHaveBeenCalledWith(patientId, request);
  });

  it('brings back the version saved now on a stale save', async () => {
    const theirs = sampleCrossTrainingVersion(2);
    const body = { error: 'stale_version', message: 'Someone saved this plan.', current: theirs };
    client.save.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 409, error: body })),
    );
    const action = await firstValueFrom(savePlan(submitted, client));
    if (action.type !== crossTrainingApiActions.saveFailed.type) fail(action.type);
    else expect(action.current).toEqual(theirs);
  });

  it('fails plainly for any other error', async () => {
    client.save.and.returnValue(throwError(() => new HttpErrorResponse({ status: 500 })));
    const action = await firstValueFrom(savePlan(submitted, client));
    if (action.type !== crossTrainingApiActions.saveFailed.type) fail(action.type);
    else expect(action.current).toBeNull();
  });

  it("reads the program's strength days when the tab opens, none before a program is saved", async () => {
    const programs = jasmine.createSpyObj<ProgramsClient>('ProgramsClient', ['current']);
    const version = sampleProgramVersion();
    programs.current.and.returnValue(of(version));
    const action = await firstValueFrom(loadStrengthDays(opened, programs));
    if (action.type !== crossTrainingApiActions.strengthDaysLoaded.type) fail(action.type);
    else
      expect(action.days).toEqual([
        { weekday: 'mon', heavy: false, routineOnly: false },
        { weekday: 'wed', heavy: false, routineOnly: false },
        { weekday: 'fri', heavy: false, routineOnly: false },
      ]);
    programs.current.and.returnValue(of(null));
    expect(await firstValueFrom(loadStrengthDays(opened, programs))).toEqual(
      crossTrainingApiActions.strengthDaysLoaded({ patientId, days: [] }),
    );
  });

  it('says the strength days are unknown when the program cannot be read', async () => {
    const programs = jasmine.createSpyObj<ProgramsClient>('ProgramsClient', ['current']);
    programs.current.and.returnValue(throwError(() => new HttpErrorResponse({ status: 500 })));
    expect(await firstValueFrom(loadStrengthDays(opened, programs))).toEqual(
      crossTrainingApiActions.strengthDaysFailed({ patientId }),
    );
  });

  it('saves a restored version as the next one', async () => {
    const v3 = sampleCrossTrainingVersion(3);
    client.save.and.returnValue(of(v3));
    const restore = { version: 2, plan: swimBikePlan(), changeSummary: 'Restored version 1.' };
    const restored = of(crossTrainingTabActions.versionRestored({ patientId, request: restore }));
    expect(await firstValueFrom(savePlan(restored, client))).toEqual(
      crossTrainingApiActions.saveSucceeded({ version: v3 }),
    );
    expect(client.save).toHaveBeenCalledWith(patientId, restore);
  });

  it('reads the history, and says why it could not', async () => {
    const v1 = sampleCrossTrainingVersion();
    const summary = {
      version: 1,
      savedAt: v1.savedAt,
      savedBy: v1.savedBy,
      changeSummary: v1.changeSummary,
    };
    client.versions.and.returnValue(of([summary]));
    const history = of(crossTrainingTabActions.historyOpened({ patientId }));
    expect(await firstValueFrom(loadVersions(history, client))).toEqual(
      crossTrainingApiActions.versionsLoadSucceeded({ patientId, versions: [summary] }),
    );
    client.versions.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    expect((await firstValueFrom(loadVersions(history, client))).type).toBe(
      crossTrainingApiActions.versionsLoadFailed.type,
    );
  });

  it('reads the version viewed, and says why it could not', async () => {
    const v1 = sampleCrossTrainingVersion();
    client.version.and.returnValue(of(v1));
    const viewed = of(crossTrainingTabActions.versionViewed({ patientId, version: 1 }));
    expect(await firstValueFrom(loadVersion(viewed, client))).toEqual(
      crossTrainingApiActions.versionLoadSucceeded({ version: v1 }),
    );
    expect(client.version).toHaveBeenCalledWith(patientId, 1);
    client.version.and.returnValue(throwError(() => new HttpErrorResponse({ status: 404 })));
    expect((await firstValueFrom(loadVersion(viewed, client))).type).toBe(
      crossTrainingApiActions.versionLoadFailed.type,
    );
  });

  it("reads the mileage plan's weekly distances when the tab opens; none for a walk–jog plan or an error", async () => {
    const running = jasmine.createSpyObj<RunningClient>('RunningClient', ['plan']);
    const mileage = sampleMileagePlan();
    running.plan.and.returnValue(of(mileage));
    const action = await firstValueFrom(loadRunningWeeks(opened, running));
    if (action.type !== crossTrainingApiActions.runningWeeksLoaded.type) fail(action.type);
    else {
      expect(action.running!.unit).toBe(mileage.settings.unit);
      expect(action.running!.weeks[0]).toEqual({
        weekStart: mileage.weeks[0]!.weekStart,
        plannedMetres: mileage.weeks[0]!.plannedMetres,
      });
    }
    for (const none of [null, sampleWalkJogPlan()]) {
      running.plan.and.returnValue(of(none));
      expect(await firstValueFrom(loadRunningWeeks(opened, running))).toEqual(
        crossTrainingApiActions.runningWeeksLoaded({ patientId, running: null }),
      );
    }
    running.plan.and.returnValue(throwError(() => new HttpErrorResponse({ status: 500 })));
    expect(await firstValueFrom(loadRunningWeeks(opened, running))).toEqual(
      crossTrainingApiActions.runningWeeksFailed({ patientId }),
    );
  });
});

import { HttpErrorResponse } from '@angular/common/http';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { SaveRunningPlanRequest } from '@domain/contracts/running';
import { Observable, firstValueFrom, lastValueFrom, of, throwError, toArray } from 'rxjs';
import {
  runningToday,
  sampleMileagePlan,
  sampleRun,
  sampleRuns,
  sampleVersions,
} from '../../../testing/sample-running';
import { RunningClient } from '../running-client';
import { runningApiActions, runningTabActions } from './running.actions';
import {
  createPlan,
  createRun,
  deleteRun,
  loadPlan,
  loadRuns,
  loadVersions,
  savePlan,
  showNotices,
  updateRun,
} from './running.effects';

function failure(status: number, body: unknown = null): Observable<never> {
  return throwError(() => new HttpErrorResponse({ status, error: body }));
}

async function all<T>(effect: Observable<T>): Promise<T[]> {
  return lastValueFrom(effect.pipe(toArray()));
}

const patientId = '7f3e2d1c-0b9a-4876-9543-210fedcba987';
const plan = sampleMileagePlan();
const theirs = sampleMileagePlan({ version: 3, updatedAt: '2026-11-24T09:00:00.000Z' });
const offline = {
  error: 'network_error',
  message: "Stride Rx can't reach the server. Check your connection and try again.",
};
const staleBody = { error: 'stale_version', message: 'Someone else saved the plan.', current: theirs };
const request: SaveRunningPlanRequest = {
  version: 2,
  distanceUnit: 'mi',
  weeks: [{ weekStart: '2026-10-05', distance: 10, kind: 'hold' }],
};
const runRequest = { date: '2026-11-24', distance: 4, distanceUnit: 'mi' as const, painDuring: 2 };

describe('running effects', () => {
  let client: jasmine.SpyObj<RunningClient>;

  beforeEach(() => {
    client = jasmine.createSpyObj<RunningClient>('RunningClient', [
      'plan',
      'createPlan',
      'savePlan',
      'versions',
      'runs',
      'createRun',
      'updateRun',
      'deleteRun',
    ]);
  });

  const opened = of(runningTabActions.opened({ patientId, today: runningToday }));

  describe('loadPlan and loadRuns', () => {
    it('load the plan and the runs when the tab opens', async () => {
      const runs = sampleRuns();
      client.plan.and.returnValue(of(plan));
      client.runs.and.returnValue(of(runs));
      expect(await firstValueFrom(loadPlan(opened, client))).toEqual(
        runningApiActions.planLoadSucceeded({ patientId, plan }),
      );
      expect(await firstValueFrom(loadRuns(opened, client))).toEqual(
        runningApiActions.runsLoadSucceeded({ patientId, runs }),
      );
      expect(client.plan).toHaveBeenCalledWith(patientId);
      expect(client.runs).toHaveBeenCalledWith(patientId);
    });

    it('report a failed load, and load again on Retry', async () => {
      client.plan.and.returnValue(failure(0));
      client.runs.and.returnValue(failure(0));
      const retried = of(runningTabActions.retryLoadSelected({ patientId }));
      expect(await firstValueFrom(loadPlan(retried, client))).toEqual(
        runningApiActions.planLoadFailed({ patientId, error: offline }),
      );
      expect(await firstValueFrom(loadRuns(retried, client))).toEqual(
        runningApiActions.runsLoadFailed({ patientId, error: offline }),
      );
    });
  });

  describe('loadVersions', () => {
    const opening = of(runningTabActions.planHistoryOpened({ patientId }));

    it("loads the plan's history", async () => {
      client.versions.and.returnValue(of(sampleVersions));
      expect(await firstValueFrom(loadVersions(opening, client))).toEqual(
        runningApiActions.versionsLoadSucceeded({ patientId, versions: sampleVersions }),
      );
    });

    it('reports a failed load', async () => {
      client.versions.and.returnValue(failure(0));
      expect(await firstValueFrom(loadVersions(opening, client))).toEqual(
        runningApiActions.versionsLoadFailed({ patientId, error: offline }),
      );
    });
  });

  describe('createPlan', () => {
    const creation = {
      request: { kind: 'walk-jog' as const, startDate: '2026-11-25', startLevel: 1 as const },
      replacesVersion: 2,
    };
    const submitted = of(runningTabActions.planSubmitted({ patientId, creation }));

    it('makes the plan, naming the version it replaces', async () => {
      client.createPlan.and.returnValue(of(theirs));
      expect(await firstValueFrom(createPlan(submitted, client))).toEqual(
        runningApiActions.planCreateSucceeded({ plan: theirs }),
      );
      expect(client.createPlan).toHaveBeenCalledWith(patientId, creation.request, 2);
    });

    it('carries the plan someone else made first (409 plan_exists)', async () => {
      const exists = { error: 'plan_exists', message: 'This patient has a plan.', current: theirs };
      client.createPlan.and.returnValue(failure(409, exists));
      expect(await firstValueFrom(createPlan(submitted, client))).toEqual(
        runningApiActions.planCreateFailed({
          error: { error: 'plan_exists', message: exists.message },
          current: theirs,
        }),
      );
    });

    it("reports the server's field messages, with no current plan", async () => {
      const invalid = {
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: { startDate: ['Enter a date as YYYY-MM-DD.'] },
      };
      client.createPlan.and.returnValue(failure(400, invalid));
      expect(await firstValueFrom(createPlan(submitted, client))).toEqual(
        runningApiActions.planCreateFailed({ error: invalid, current: null }),
      );
    });
  });

  describe('savePlan', () => {
    it('saves edited weeks, and applied suggestions the same way', async () => {
      client.savePlan.and.returnValue(of(theirs));
      const edits = of(runningTabActions.planEditsSubmitted({ patientId, request }));
      expect(await firstValueFrom(savePlan(edits, client))).toEqual(
        runningApiActions.planSaveSucceeded({ plan: theirs }),
      );
      const suggestion = of(
        runningTabActions.suggestionApplied({ patientId, suggestionId: 'x:hold', request }),
      );
      expect(await firstValueFrom(savePlan(suggestion, client))).toEqual(
        runningApiActions.planSaveSucceeded({ plan: theirs }),
      );
      expect(client.savePlan).toHaveBeenCalledWith(patientId, request);
    });

    it('carries the current plan on a stale version, and nothing on other failures', async () => {
      const edits = of(runningTabActions.planEditsSubmitted({ patientId, request }));
      client.savePlan.and.returnValue(failure(409, staleBody));
      expect(await firstValueFrom(savePlan(edits, client))).toEqual(
        runningApiActions.planSaveFailed({
          error: { error: 'stale_version', message: staleBody.message },
          current: theirs,
        }),
      );
      const discharged = { error: 'patient_discharged', message: 'The patient is discharged.' };
      client.savePlan.and.returnValue(failure(409, discharged));
      expect(await firstValueFrom(savePlan(edits, client))).toEqual(
        runningApiActions.planSaveFailed({ error: discharged, current: null }),
      );
    });
  });

  describe('createRun and updateRun', () => {
    it('logs a run', async () => {
      const run = sampleRun();
      client.createRun.and.returnValue(of(run));
      const submitted = of(runningTabActions.runSubmitted({ patientId, request: runRequest }));
      expect(await firstValueFrom(createRun(submitted, client))).toEqual(
        runningApiActions.runCreateSucceeded({ run }),
      );
      expect(client.createRun).toHaveBeenCalledWith(patientId, runRequest);
      client.createRun.and.returnValue(failure(0));
      expect(await firstValueFrom(createRun(submitted, client))).toEqual(
        runningApiActions.runCreateFailed({ error: offline }),
      );
    });

    it('saves an edit, carrying the saved run when someone else saved first', async () => {
      const run = sampleRun({ version: 2 });
      const edit = { ...runRequest, version: 1 };
      const submitted = of(runningTabActions.runEditSubmitted({ patientId, runId: run.id, request: edit }));
      client.updateRun.and.returnValue(of(run));
      expect(await firstValueFrom(updateRun(submitted, client))).toEqual(
        runningApiActions.runUpdateSucceeded({ run }),
      );
      expect(client.updateRun).toHaveBeenCalledWith(patientId, run.id, edit);
      client.updateRun.and.returnValue(
        failure(409, { error: 'stale_version', message: 'Someone saved.', current: run }),
      );
      expect(await firstValueFrom(updateRun(submitted, client))).toEqual(
        runningApiActions.runUpdateFailed({
          error: { error: 'stale_version', message: 'Someone saved.' },
          current: run,
        }),
      );
    });
  });

  describe('deleteRun', () => {
    const confirmed = of(runningTabActions.runDeleteConfirmed({ patientId, runId: 'run-1' }));

    it('deletes the run', async () => {
      client.deleteRun.and.returnValue(of(undefined));
      expect(await firstValueFrom(deleteRun(confirmed, client))).toEqual(
        runningApiActions.runDeleteSucceeded({ runId: 'run-1' }),
      );
      expect(client.deleteRun).toHaveBeenCalledWith(patientId, 'run-1');
    });

    it('reports a failure', async () => {
      client.deleteRun.and.returnValue(failure(0));
      expect(await firstValueFrom(deleteRun(confirmed, client))).toEqual(
        runningApiActions.runDeleteFailed({ runId: 'run-1', error: offline }),
      );
    });
  });

  describe('showNotices', () => {
    let snackBar: jasmine.SpyObj<MatSnackBar>;

    beforeEach(() => (snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open'])));

    it('tells the user what happened in a snackbar', async () => {
      await firstValueFrom(
        showNotices(of(runningApiActions.planLoadFailed({ patientId, error: offline })), snackBar),
      );
      expect(snackBar.open).toHaveBeenCalledWith(
        `Couldn't load the running plan. ${offline.message}`,
        'Dismiss',
        { duration: 8000 },
      );
    });

    it('leaves a stale save to the panel that shows both versions', async () => {
      const stale = runningApiActions.planSaveFailed({
        error: { error: 'stale_version', message: 'Stale.' },
        current: theirs,
      });
      expect(await all(showNotices(of(stale), snackBar))).toEqual([]);
      expect(snackBar.open).not.toHaveBeenCalled();
    });
  });
});

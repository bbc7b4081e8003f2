import { sampleMileagePlan, sampleRun } from '../../../testing/sample-running';
import { runningNotice } from './running-notices';
import { runningApiActions } from './running.actions';

const patientId = '7f3e2d1c-0b9a-4876-9543-210fedcba987';
const offline = { error: 'network_error', message: "Stride Rx can't reach the server." };
const discharged = { error: 'patient_discharged', message: 'The patient is discharged.' };
const invalid = { ...offline, fields: { date: ['A run cannot be in the future.'] } };

describe('runningNotice', () => {
  it('says what could not load, and why', () => {
    expect(runningNotice(runningApiActions.planLoadFailed({ patientId, error: offline }))).toBe(
      `Couldn't load the running plan. ${offline.message}`,
    );
    expect(runningNotice(runningApiActions.runsLoadFailed({ patientId, error: offline }))).toBe(
      `Couldn't load the run log. ${offline.message}`,
    );
    expect(runningNotice(runningApiActions.versionsLoadFailed({ patientId, error: offline }))).toBe(
      `Couldn't load the plan's history. ${offline.message}`,
    );
  });

  it('confirms each change', () => {
    const plan = sampleMileagePlan({ version: 4 });
    expect(runningNotice(runningApiActions.planCreateSucceeded({ plan }))).toBe(
      'The running plan was made.',
    );
    expect(runningNotice(runningApiActions.planSaveSucceeded({ plan }))).toBe(
      'The running plan was saved as version 4.',
    );
    expect(runningNotice(runningApiActions.runCreateSucceeded({ run: sampleRun() }))).toBe(
      'The run was logged.',
    );
    expect(runningNotice(runningApiActions.runUpdateSucceeded({ run: sampleRun() }))).toBe(
      'The run was saved.',
    );
    expect(runningNotice(runningApiActions.runDeleteSucceeded({ runId: 'r' }))).toBe(
      'The run was deleted.',
    );
  });

  it('says why a save or delete failed, while the form keeps what was typed', () => {
    expect(
      runningNotice(runningApiActions.planSaveFailed({ error: discharged, current: null })),
    ).toBe(`Couldn't save the running plan. ${discharged.message}`);
    expect(runningNotice(runningApiActions.runCreateFailed({ error: offline }))).toBe(
      `Couldn't save the run. ${offline.message}`,
    );
    expect(runningNotice(runningApiActions.runDeleteFailed({ runId: 'r', error: offline }))).toBe(
      `Couldn't delete the run. ${offline.message}`,
    );
  });

  it('leaves field messages and stale versions to the tab', () => {
    expect(runningNotice(runningApiActions.runCreateFailed({ error: invalid }))).toBeUndefined();
    const stale = { error: 'stale_version', message: 'Stale.' };
    expect(
      runningNotice(
        runningApiActions.planCreateFailed({ error: stale, current: sampleMileagePlan() }),
      ),
    ).toBeUndefined();
    expect(
      runningNotice(runningApiActions.runUpdateFailed({ error: stale, current: sampleRun() })),
    ).toBeUndefined();
  });
});

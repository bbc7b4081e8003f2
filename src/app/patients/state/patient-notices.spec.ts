import { samplePatient } from '../../../testing/sample-patients';
import { patientNotice } from './patient-notices';
import { patientsApiActions } from './patients.actions';

const ana = samplePatient();
const offline = { error: 'network_error', message: "Stride Rx can't reach the server." };
const stale = { error: 'stale_version', message: 'Someone else saved.' };

describe('patientNotice', () => {
  it('confirms each change by name', () => {
    expect(patientNotice(patientsApiActions.createSucceeded({ patient: ana }))).toBe(
      'Ana Silva was added.',
    );
    expect(patientNotice(patientsApiActions.updateSucceeded({ patient: ana }))).toBe(
      'Ana Silva was saved.',
    );
    expect(patientNotice(patientsApiActions.dischargeSucceeded({ patient: ana }))).toBe(
      'Ana Silva was discharged.',
    );
    expect(patientNotice(patientsApiActions.reactivateSucceeded({ patient: ana }))).toBe(
      'Ana Silva is active again.',
    );
    expect(patientNotice(patientsApiActions.reassignSucceeded({ patient: ana }))).toBe(
      'Ana Silva is now with Tom Reyes.',
    );
  });

  it('says what could not load, and why', () => {
    expect(patientNotice(patientsApiActions.listLoadFailed({ error: offline }))).toBe(
      `Couldn't load patients. ${offline.message}`,
    );
    expect(
      patientNotice(patientsApiActions.patientLoadFailed({ id: ana.id, error: offline })),
    ).toBe(`Couldn't load the patient. ${offline.message}`);
    expect(patientNotice(patientsApiActions.therapistsLoadFailed({ error: offline }))).toBe(
      `Couldn't load the clinic's therapists. ${offline.message}`,
    );
    expect(patientNotice(patientsApiActions.auditLoadFailed({ id: ana.id, error: offline }))).toBe(
      `Couldn't load the activity. ${offline.message}`,
    );
  });

  it('leaves "No such patient" to the page', () => {
    const notFound = { error: 'not_found', message: 'No such patient.' };
    expect(
      patientNotice(patientsApiActions.patientLoadFailed({ id: ana.id, error: notFound })),
    ).toBeUndefined();
  });

  it('says when a reactivation lost to someone else’s save', () => {
    expect(
      patientNotice(patientsApiActions.reactivateFailed({ error: stale, current: ana })),
    ).toContain('Someone else changed Ana Silva first.');
    expect(
      patientNotice(patientsApiActions.reactivateFailed({ error: offline, current: null })),
    ).toBe(`Couldn't reactivate. ${offline.message}`);
  });

  it('leaves field messages and stale versions to the open dialog', () => {
    const invalid = { ...offline, fields: { reason: ['Give a reason.'] } };
    expect(
      patientNotice(patientsApiActions.dischargeFailed({ error: invalid, current: null })),
    ).toBeUndefined();
    expect(
      patientNotice(patientsApiActions.reassignFailed({ error: stale, current: ana })),
    ).toBeUndefined();
    expect(
      patientNotice(patientsApiActions.reassignFailed({ error: offline, current: null })),
    ).toBe(offline.message);
  });
});

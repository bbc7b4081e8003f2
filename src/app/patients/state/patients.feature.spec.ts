import type { ApiError } from '@domain/contracts/api-error';
import type { Patient } from '@domain/contracts/patients';
import {
  auditEntries,
  benLee,
  samplePatient,
  summaryOf,
  tomReyes,
} from '../../../testing/sample-patients';
import { defaultListQuery } from '../patient-list-query';
import {
  patientEditorPageActions,
  patientPageActions,
  patientsApiActions,
  patientsPageActions,
} from './patients.actions';
import {
  PatientsState,
  initialPatientsState,
  patientsAdapter,
  patientsFeature,
  staleDialogMessage,
} from './patients.feature';

const { reducer } = patientsFeature;
const ana = samplePatient();
const offline: ApiError = { error: 'network_error', message: "Stride Rx can't reach the server." };
const invalid: ApiError = {
  error: 'validation_failed',
  message: 'Check the highlighted fields.',
  fields: { reason: ['Give a reason for the discharge.'] },
};
const searched = { ...defaultListQuery, q: 'silva' };

function listed(...patients: Patient[]): PatientsState {
  const rows = (patients.length ? patients : [ana, benLee]).map(summaryOf);
  return patientsAdapter.setAll(rows, { ...initialPatientsState, total: rows.length });
}

function showing(patient = ana, state = listed()): PatientsState {
  return { ...state, selected: { id: patient.id, patient, loading: false, error: null } };
}

describe('patients reducer', () => {
  it('returns the same state object for an unknown action', () => {
    const state = showing();
    expect(reducer(state, { type: '[Elsewhere] Something' })).toBe(state);
  });

  describe('the list', () => {
    it('loads the query from the address bar, keeping the rows on screen meanwhile', () => {
      const failed = { ...listed(), loadError: offline };
      const state = reducer(failed, patientsPageActions.queryChanged({ query: searched }));
      expect(state.query).toEqual(searched);
      expect(state.loading).toBeTrue();
      expect(state.loadError).toBeNull();
      expect(state.ids.length).toBe(2);
    });

    it('loads again on Retry', () => {
      const state = reducer(listed(), patientsPageActions.retrySelected({ query: searched }));
      expect(state.loading).toBeTrue();
    });

    it("replaces the rows with the server's page, in the server's order", () => {
      const loading = { ...listed(), loading: true };
      const list = { items: [summaryOf(benLee), summaryOf(ana)], total: 51, page: 1, pageSize: 50 };
      const state = reducer(loading, patientsApiActions.listLoadSucceeded({ list }));
      expect(state.ids).toEqual([benLee.id, ana.id]);
      expect(state.total).toBe(51);
      expect(state.loading).toBeFalse();
    });

    it('keeps the error of a failed load', () => {
      const loading = { ...listed(), loading: true };
      const state = reducer(loading, patientsApiActions.listLoadFailed({ error: offline }));
      expect(state.loading).toBeFalse();
      expect(state.loadError).toEqual(offline);
    });
  });

  describe('the selected patient', () => {
    it('keeps the patient on screen while the same one refreshes', () => {
      const state = reducer(showing(), patientPageActions.opened({ id: ana.id }));
      expect(state.selected).toEqual({ id: ana.id, patient: ana, loading: true, error: null });
    });

    it('forgets the previous patient when another opens', () => {
      const state = reducer(showing(), patientPageActions.opened({ id: benLee.id }));
      expect(state.selected.patient).toBeNull();
      expect(state.selected.id).toBe(benLee.id);
    });

    it('opens the editor with a fresh save, loading the patient unless it is new', () => {
      const failed = { ...showing(), save: { status: 'failed' as const, error: offline, current: null } };
      const created = reducer(failed, patientEditorPageActions.opened({ id: null }));
      expect(created.save.status).toBe('idle');
      expect(created.selected).toBe(failed.selected);
      const edited = reducer(failed, patientEditorPageActions.opened({ id: ana.id }));
      expect(edited.save.status).toBe('idle');
      expect(edited.selected.loading).toBeTrue();
    });

    it('shows the loaded patient and refreshes its row', () => {
      const opened = reducer(listed(), patientPageActions.opened({ id: ana.id }));
      const renamed = { ...ana, lastName: 'Silva-Reyes' };
      const state = reducer(opened, patientsApiActions.patientLoadSucceeded({ patient: renamed }));
      expect(state.selected).toEqual({ id: ana.id, patient: renamed, loading: false, error: null });
      expect(state.entities[ana.id]!.lastName).toBe('Silva-Reyes');
    });

    it('ignores a late answer about a patient no longer selected', () => {
      const opened = reducer(listed(), patientPageActions.opened({ id: benLee.id }));
      expect(reducer(opened, patientsApiActions.patientLoadSucceeded({ patient: ana }))).toBe(
        opened,
      );
      const notFound = { error: 'not_found', message: 'No such patient.' };
      expect(
        reducer(opened, patientsApiActions.patientLoadFailed({ id: ana.id, error: notFound })),
      ).toBe(opened);
    });

    it('remembers that the patient was not found', () => {
      const opened = reducer(listed(), patientPageActions.opened({ id: ana.id }));
      const notFound = { error: 'not_found', message: 'No such patient.' };
      const state = reducer(
        opened,
        patientsApiActions.patientLoadFailed({ id: ana.id, error: notFound }),
      );
      expect(state.selected.loading).toBeFalse();
      expect(state.selected.error).toEqual(notFound);
    });
  });

  it('keeps the therapists once loaded', () => {
    const state = reducer(
      initialPatientsState,
      patientsApiActions.therapistsLoadSucceeded({ therapists: [tomReyes] }),
    );
    expect(state.therapists).toEqual([tomReyes]);
    expect(state.therapistsLoaded).toBeTrue();
  });

  describe('the audit trail', () => {
    it("loads a patient's trail, starting empty for another patient", () => {
      const kept = {
        ...initialPatientsState,
        audit: { patientId: benLee.id, entries: auditEntries, loading: false, error: null },
      };
      const state = reducer(kept, patientPageActions.activityOpened({ id: ana.id }));
      expect(state.audit).toEqual({ patientId: ana.id, entries: [], loading: true, error: null });
      const again = reducer(kept, patientPageActions.activityOpened({ id: benLee.id }));
      expect(again.audit.entries).toBe(auditEntries);
    });

    it('shows the loaded entries or the error, for the patient asked about only', () => {
      const opened = reducer(initialPatientsState, patientPageActions.activityOpened({ id: ana.id }));
      const loaded = reducer(
        opened,
        patientsApiActions.auditLoadSucceeded({ id: ana.id, entries: auditEntries }),
      );
      expect(loaded.audit.entries).toBe(auditEntries);
      expect(loaded.audit.loading).toBeFalse();
      const failed = reducer(opened, patientsApiActions.auditLoadFailed({ id: ana.id, error: offline }));
      expect(failed.audit.error).toEqual(offline);
      expect(
        reducer(opened, patientsApiActions.auditLoadSucceeded({ id: benLee.id, entries: [] })),
      ).toBe(opened);
      expect(
        reducer(opened, patientsApiActions.auditLoadFailed({ id: benLee.id, error: offline })),
      ).toBe(opened);
    });
  });

  describe('saving in the editor', () => {
    const { id: _id, version: _version, ...fields } = ana;
    const request = fields as never;

    it('is saving once a create or update is submitted', () => {
      const created = reducer(showing(), patientEditorPageActions.createSubmitted({ request }));
      expect(created.save).toEqual({ status: 'saving', error: null, current: null });
      const updated = reducer(
        showing(),
        patientEditorPageActions.updateSubmitted({ id: ana.id, request }),
      );
      expect(updated.save.status).toBe('saving');
    });

    it('is saved, showing the saved patient', () => {
      for (const succeeded of [
        patientsApiActions.createSucceeded({ patient: ana }),
        patientsApiActions.updateSucceeded({ patient: ana }),
      ]) {
        const state = reducer(listed(), succeeded);
        expect(state.save.status).toBe('saved');
        expect(state.selected.patient).toBe(ana);
      }
    });

    it('keeps the error of a failed save', () => {
      const created = reducer(showing(), patientsApiActions.createFailed({ error: invalid }));
      expect(created.save).toEqual({ status: 'failed', error: invalid, current: null });
      const updated = reducer(
        showing(),
        patientsApiActions.updateFailed({ error: offline, current: null }),
      );
      expect(updated.save).toEqual({ status: 'failed', error: offline, current: null });
    });

    it('is stale when someone else saved first, keeping their record beside the edit', () => {
      const theirs = { ...ana, version: 4, phone: '(555) 010-9999' };
      const stale = { error: 'stale_version', message: 'Someone else saved this patient.' };
      const state = reducer(
        showing(),
        patientsApiActions.updateFailed({ error: stale, current: theirs }),
      );
      expect(state.save).toEqual({ status: 'stale', error: stale, current: theirs });
      expect(state.selected.patient).toBe(ana);
    });

    it('takes the saved record when the therapist chooses it', () => {
      const theirs = { ...ana, version: 4 };
      const stale = {
        ...showing(),
        save: { status: 'stale' as const, error: offline, current: theirs },
      };
      const state = reducer(stale, patientEditorPageActions.currentVersionTaken({ patient: theirs }));
      expect(state.save.status).toBe('idle');
      expect(state.selected.patient).toBe(theirs);
    });
  });

  describe('discharge, reactivate and reassign', () => {
    it('starts a clean dialog', () => {
      const failed = { ...showing(), dialog: { status: 'editing' as const, fieldErrors: invalid.fields! } };
      for (const opened of [patientPageActions.dischargeOpened(), patientPageActions.reassignOpened()]) {
        expect(reducer(failed, opened).dialog).toEqual({ status: 'editing', fieldErrors: {} });
      }
    });

    it('is saving while a dialog is submitted', () => {
      const submitted = [
        patientPageActions.dischargeSubmitted({
          id: ana.id,
          request: { version: 3, dischargedOn: '2026-11-25', reason: 'Goals met' },
        }),
        patientPageActions.reassignSubmitted({
          id: ana.id,
          request: { version: 3, therapistId: tomReyes.id },
        }),
      ];
      for (const action of submitted) {
        expect(reducer(showing(), action).dialog.status).toBe('saving');
      }
    });

    it('shows the changed patient, in its row too, and closes the dialog', () => {
      const discharged = { ...ana, status: 'discharged' as const, version: 4 };
      const state = reducer(showing(), patientsApiActions.dischargeSucceeded({ patient: discharged }));
      expect(state.selected.patient).toBe(discharged);
      expect(state.entities[ana.id]!.status).toBe('discharged');
      expect(state.dialog.status).toBe('saved');
      const moved = { ...ana, therapist: { id: 'x', displayName: 'Priya Shah' } };
      expect(
        reducer(showing(), patientsApiActions.reassignSucceeded({ patient: moved })).dialog.status,
      ).toBe('saved');
    });

    it('shows a reactivated patient', () => {
      const state = reducer(
        showing({ ...ana, status: 'discharged' }),
        patientsApiActions.reactivateSucceeded({ patient: ana }),
      );
      expect(state.selected.patient).toBe(ana);
    });

    it("puts the server's field messages in the open dialog", () => {
      const state = reducer(
        showing(),
        patientsApiActions.dischargeFailed({ error: invalid, current: null }),
      );
      expect(state.dialog).toEqual({ status: 'editing', fieldErrors: invalid.fields! });
      const offlineState = reducer(
        showing(),
        patientsApiActions.reassignFailed({ error: offline, current: null }),
      );
      expect(offlineState.dialog).toEqual({ status: 'editing', fieldErrors: {} });
    });

    it('shows the newer record and says why in the dialog when someone else saved first', () => {
      const theirs = { ...ana, version: 5, phone: null };
      const state = reducer(
        showing(),
        patientsApiActions.dischargeFailed({ error: offline, current: theirs }),
      );
      expect(state.selected.patient).toBe(theirs);
      expect(state.dialog.fieldErrors).toEqual({ _form: [staleDialogMessage] });
    });

    it('shows the newer record after a stale reactivation, and nothing else after a failure', () => {
      const theirs = { ...ana, version: 5 };
      const stale = reducer(
        showing(),
        patientsApiActions.reactivateFailed({ error: offline, current: theirs }),
      );
      expect(stale.selected.patient).toBe(theirs);
      const state = showing();
      expect(
        reducer(state, patientsApiActions.reactivateFailed({ error: offline, current: null })),
      ).toBe(state);
    });
  });
});

describe('selectRows', () => {
  it("lists the rows in the server's order", () => {
    const state = listed(benLee, ana);
    expect(patientsFeature.selectRows.projector(state).map((row) => row.id)).toEqual([
      benLee.id,
      ana.id,
    ]);
  });
});

import type { ApiError } from '@domain/contracts/api-error';
import type { Patient, PatientSummary } from '@domain/contracts/patients';
import { EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';
import { ListQuery, defaultListQuery } from '../patient-list-query';
import type { AuditEntry, Therapist } from '../patients-client';
import {
  patientEditorPageActions,
  patientPageActions,
  patientsApiActions,
  patientsPageActions,
} from './patients.actions';

/** The patient the patient page or the editor shows: kept while a refresh of the same one loads. */
export interface SelectedPatient {
  id: string | null;
  patient: Patient | null;
  loading: boolean;
  /** `not_found` for an unknown patient or one assigned to another therapist. */
  error: ApiError | null;
}

export interface AuditTrailState {
  patientId: string | null;
  entries: AuditEntry[];
  loading: boolean;
  error: ApiError | null;
}

/**
 * The editor's save. `failed` keeps the form as typed and offers a retry; `stale` means someone
 * else saved first and `current` is the record as it is now.
 */
export interface SaveState {
  status: 'idle' | 'saving' | 'saved' | 'failed' | 'stale';
  error: ApiError | null;
  current: Patient | null;
}

/** The open discharge or reassign dialog (one at a time): `saved` closes it. */
export interface DialogState {
  status: 'editing' | 'saving' | 'saved';
  fieldErrors: Record<string, string[]>;
}

export interface PatientsState extends EntityState<PatientSummary> {
  /** The query the rows answer (or, while loading, will answer). */
  query: ListQuery;
  total: number;
  loading: boolean;
  loadError: ApiError | null;
  selected: SelectedPatient;
  therapists: Therapist[];
  therapistsLoaded: boolean;
  audit: AuditTrailState;
  save: SaveState;
  dialog: DialogState;
}

export const staleDialogMessage =
  'Someone else changed this patient while you were working. The page now shows their changes: ' +
  'check them, then try again.';

const idleSave: SaveState = { status: 'idle', error: null, current: null };
const freshDialog: DialogState = { status: 'editing', fieldErrors: {} };

/** Rows stay in the server's order: sorting is the API's job (it pages). */
export const patientsAdapter = createEntityAdapter<PatientSummary>();

export const initialPatientsState: PatientsState = patientsAdapter.getInitialState({
  query: defaultListQuery,
  total: 0,
  loading: false,
  loadError: null,
  selected: { id: null, patient: null, loading: false, error: null },
  therapists: [],
  therapistsLoaded: false,
  audit: { patientId: null, entries: [], loading: false, error: null },
  save: idleSave,
  dialog: freshDialog,
});

/** A changed patient replaces the selected one and, when it is on the current page, its row. */
function showPatient(state: PatientsState, patient: Patient): PatientsState {
  const { id, firstName, lastName, dateOfBirth, diagnosis, affectedSide, status } = patient;
  const { therapist, startDate, updatedAt } = patient;
  const row = {
    firstName,
    lastName,
    dateOfBirth,
    diagnosis,
    affectedSide,
    status,
    therapist,
    startDate,
    updatedAt,
  };
  return patientsAdapter.updateOne(
    { id, changes: row },
    { ...state, selected: { id, patient, loading: false, error: null } },
  );
}

export const patientsFeature = createFeature({
  name: 'patients',
  reducer: createReducer(
    initialPatientsState,
    on(
      patientsPageActions.queryChanged,
      patientsPageActions.retrySelected,
      (state, { query }): PatientsState => ({ ...state, query, loading: true, loadError: null }),
    ),
    on(patientsApiActions.listLoadSucceeded, (state, { list }): PatientsState =>
      patientsAdapter.setAll(list.items, { ...state, total: list.total, loading: false }),
    ),
    on(patientsApiActions.listLoadFailed, (state, { error }): PatientsState => ({
      ...state,
      loading: false,
      loadError: error,
    })),
    on(patientPageActions.opened, (state, { id }): PatientsState => openPatient(state, id)),
    on(patientEditorPageActions.opened, (state, { id }): PatientsState => {
      const opened = { ...state, save: idleSave };
      return id === null ? opened : openPatient(opened, id);
    }),
    on(patientsApiActions.patientLoadSucceeded, (state, { patient }): PatientsState =>
      state.selected.id === patient.id ? showPatient(state, patient) : state,
    ),
    on(patientsApiActions.patientLoadFailed, (state, { id, error }): PatientsState =>
      state.selected.id === id
        ? { ...state, selected: { ...state.selected, loading: false, error } }
        : state,
    ),
    on(patientsApiActions.therapistsLoadSucceeded, (state, { therapists }): PatientsState => ({
      ...state,
      therapists,
      therapistsLoaded: true,
    })),
    on(patientPageActions.activityOpened, (state, { id }): PatientsState => ({
      ...state,
      audit: {
        patientId: id,
        entries: state.audit.patientId === id ? state.audit.entries : [],
        loading: true,
        error: null,
      },
    })),
    on(patientsApiActions.auditLoadSucceeded, (state, { id, entries }): PatientsState =>
      state.audit.patientId === id
        ? { ...state, audit: { patientId: id, entries, loading: false, error: null } }
        : state,
    ),
    on(patientsApiActions.auditLoadFailed, (state, { id, error }): PatientsState =>
      state.audit.patientId === id
        ? { ...state, audit: { ...state.audit, loading: false, error } }
        : state,
    ),
    on(
      patientEditorPageActions.createSubmitted,
      patientEditorPageActions.updateSubmitted,
      (state): PatientsState => ({
        ...state,
        save: { status: 'saving', error: null, current: null },
      }),
    ),
    on(
      patientsApiActions.createSucceeded,
      patientsApiActions.updateSucceeded,
      (state, { patient }): PatientsState => ({
        ...showPatient(state, patient),
        save: { status: 'saved', error: null, current: null },
      }),
    ),
    on(patientsApiActions.createFailed, (state, { error }): PatientsState => ({
      ...state,
      save: { status: 'failed', error, current: null },
    })),
    on(patientsApiActions.updateFailed, (state, { error, current }): PatientsState => ({
      ...state,
      save: { status: current ? 'stale' : 'failed', error, current },
    })),
    on(patientEditorPageActions.currentVersionTaken, (state, { patient }): PatientsState => ({
      ...showPatient(state, patient),
      save: idleSave,
    })),
    on(
      patientPageActions.dischargeOpened,
      patientPageActions.reassignOpened,
      (state): PatientsState => ({ ...state, dialog: freshDialog }),
    ),
    on(
      patientPageActions.dischargeSubmitted,
      patientPageActions.reassignSubmitted,
      (state): PatientsState => ({ ...state, dialog: { status: 'saving', fieldErrors: {} } }),
    ),
    on(
      patientsApiActions.dischargeSucceeded,
      patientsApiActions.reassignSucceeded,
      (state, { patient }): PatientsState => ({
        ...showPatient(state, patient),
        dialog: { status: 'saved', fieldErrors: {} },
      }),
    ),
    on(patientsApiActions.reactivateSucceeded, (state, { patient }): PatientsState =>
      showPatient(state, patient),
    ),
    on(
      patientsApiActions.dischargeFailed,
      patientsApiActions.reassignFailed,
      (state, { error, current }): PatientsState => {
        const fieldErrors = current ? { _form: [staleDialogMessage] } : (error.fields ?? {});
        const shown = current ? showPatient(state, current) : state;
        return { ...shown, dialog: { status: 'editing', fieldErrors } };
      },
    ),
    on(patientsApiActions.reactivateFailed, (state, { current }): PatientsState =>
      current ? showPatient(state, current) : state,
    ),
  ),
  extraSelectors: ({ selectPatientsState }) => ({
    selectRows: patientsAdapter.getSelectors(selectPatientsState).selectAll,
  }),
});

function openPatient(state: PatientsState, id: string): PatientsState {
  const same = state.selected.id === id;
  return {
    ...state,
    selected: { id, patient: same ? state.selected.patient : null, loading: true, error: null },
  };
}

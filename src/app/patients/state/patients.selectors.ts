import { getRouterSelectors } from '@ngrx/router-store';
import { createSelector } from '@ngrx/store';
import { authFeature } from '../../core/auth/state/auth.feature';
import { patientsFeature } from './patients.feature';

const { selectRouteParam } = getRouterSelectors();

/** The `:id` of `/patients/:id` and `/patients/:id/edit`; undefined on the list and on New patient. */
export const selectSelectedPatientId = selectRouteParam('id');

/** The patient the address bar names, once loaded (a record of another patient never shows). */
export const selectSelectedPatient = createSelector(
  patientsFeature.selectSelected,
  selectSelectedPatientId,
  (selected, id) => (id !== undefined && selected.patient?.id === id ? selected.patient : null),
);

/** Unknown, or another therapist's patient: the API answers both the same way, on purpose. */
export const selectSelectedPatientNotFound = createSelector(
  patientsFeature.selectSelected,
  selectSelectedPatientId,
  (selected, id) => selected.id === id && selected.error?.error === 'not_found',
);

export const selectIsManager = createSelector(
  authFeature.selectUser,
  (user) => user?.role === 'manager',
);

/** Managers pick therapists (filter, new patient, reassign); the list is loaded once. */
export const selectNeedsTherapists = createSelector(
  selectIsManager,
  patientsFeature.selectTherapistsLoaded,
  (isManager, loaded) => isManager && !loaded,
);

/** The audit trail of the patient on screen, or null while another patient's is still kept. */
export const selectSelectedAuditTrail = createSelector(
  patientsFeature.selectAudit,
  selectSelectedPatientId,
  (audit, id) => (audit.patientId === id ? audit : null),
);

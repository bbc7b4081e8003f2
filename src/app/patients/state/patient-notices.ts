import { fullName } from '../patient-name';
import { patientsApiActions } from './patients.actions';

export const patientNoticeActions = [
  patientsApiActions.listLoadFailed,
  patientsApiActions.patientLoadFailed,
  patientsApiActions.therapistsLoadFailed,
  patientsApiActions.auditLoadFailed,
  patientsApiActions.createSucceeded,
  patientsApiActions.updateSucceeded,
  patientsApiActions.dischargeSucceeded,
  patientsApiActions.dischargeFailed,
  patientsApiActions.reactivateSucceeded,
  patientsApiActions.reactivateFailed,
  patientsApiActions.reassignSucceeded,
  patientsApiActions.reassignFailed,
] as const;

type PatientNoticeAction = ReturnType<(typeof patientNoticeActions)[number]>;

/**
 * What the snackbar says after a patients API call. Failures the page already explains where the
 * user is looking say nothing here: a save failure (the editor says why, with Retry), field
 * messages and stale versions in an open dialog, and an unknown patient ("No such patient").
 */
export function patientNotice(action: PatientNoticeAction): string | undefined {
  switch (action.type) {
    case patientsApiActions.listLoadFailed.type:
      return `Couldn't load patients. ${action.error.message}`;
    case patientsApiActions.patientLoadFailed.type:
      return action.error.error === 'not_found'
        ? undefined
        : `Couldn't load the patient. ${action.error.message}`;
    case patientsApiActions.therapistsLoadFailed.type:
      return `Couldn't load the clinic's therapists. ${action.error.message}`;
    case patientsApiActions.auditLoadFailed.type:
      return `Couldn't load the activity. ${action.error.message}`;
    case patientsApiActions.createSucceeded.type:
      return `${fullName(action.patient)} was added.`;
    case patientsApiActions.updateSucceeded.type:
      return `${fullName(action.patient)} was saved.`;
    case patientsApiActions.dischargeSucceeded.type:
      return `${fullName(action.patient)} was discharged.`;
    case patientsApiActions.reactivateSucceeded.type:
      return `${fullName(action.patient)} is active again.`;
    case patientsApiActions.reassignSucceeded.type:
      return `${fullName(action.patient)} is now with ${action.patient.therapist.displayName}.`;
    case patientsApiActions.reactivateFailed.type:
      return action.current
        ? `Someone else changed ${fullName(action.current)} first. The page now shows their ` +
            'changes: reactivate again if it is still needed.'
        : `Couldn't reactivate. ${action.error.message}`;
    case patientsApiActions.dischargeFailed.type:
    case patientsApiActions.reassignFailed.type:
      return action.current || action.error.fields ? undefined : action.error.message;
  }
}

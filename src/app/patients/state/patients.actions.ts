import type { ApiError } from '@domain/contracts/api-error';
import type {
  CreatePatientRequest,
  DischargeRequest,
  Patient,
  PatientList,
  UpdatePatientRequest,
} from '@domain/contracts/patients';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ListQuery } from '../patient-list-query';
import type { AuditEntry, ReassignRequest, Therapist } from '../patients-client';

export const patientsPageActions = createActionGroup({
  source: 'Patients Page',
  events: {
    Opened: emptyProps(),
    /** The address bar's query: on opening the page, and on back, forward and every change. */
    'Query Changed': props<{ query: ListQuery }>(),
    // The user narrows or pages the list: each carries the query it asks for, shown in the URL.
    'Search Changed': props<{ query: ListQuery }>(),
    'Sort Changed': props<{ query: ListQuery }>(),
    'Status Filter Changed': props<{ query: ListQuery }>(),
    'Diagnosis Filter Changed': props<{ query: ListQuery }>(),
    'Therapist Filter Changed': props<{ query: ListQuery }>(),
    'Filters Cleared': props<{ query: ListQuery }>(),
    'Page Changed': props<{ query: ListQuery }>(),
    'Retry Selected': props<{ query: ListQuery }>(),
  },
});

export const patientPageActions = createActionGroup({
  source: 'Patient Page',
  events: {
    Opened: props<{ id: string }>(),
    'Activity Opened': props<{ id: string }>(),
    'Discharge Opened': emptyProps(),
    'Discharge Submitted': props<{ id: string; request: DischargeRequest }>(),
    'Reactivate Selected': props<{ id: string; version: number }>(),
    'Reassign Opened': emptyProps(),
    'Reassign Submitted': props<{ id: string; request: ReassignRequest }>(),
  },
});

export const patientEditorPageActions = createActionGroup({
  source: 'Patient Editor Page',
  events: {
    /** `id` is null for a new patient. */
    Opened: props<{ id: string | null }>(),
    'Create Submitted': props<{ request: CreatePatientRequest }>(),
    'Update Submitted': props<{ id: string; request: UpdatePatientRequest }>(),
    /** After a stale save the therapist chose the record as someone else saved it. */
    'Current Version Taken': props<{ patient: Patient }>(),
  },
});

/**
 * A write that failed because someone saved first carries the record as it is now (`current`);
 * every other failure has `current: null`.
 */
export const patientsApiActions = createActionGroup({
  source: 'Patients API',
  events: {
    'List Load Succeeded': props<{ list: PatientList }>(),
    'List Load Failed': props<{ error: ApiError }>(),
    'Patient Load Succeeded': props<{ patient: Patient }>(),
    'Patient Load Failed': props<{ id: string; error: ApiError }>(),
    'Therapists Load Succeeded': props<{ therapists: Therapist[] }>(),
    'Therapists Load Failed': props<{ error: ApiError }>(),
    'Audit Load Succeeded': props<{ id: string; entries: AuditEntry[] }>(),
    'Audit Load Failed': props<{ id: string; error: ApiError }>(),
    'Create Succeeded': props<{ patient: Patient }>(),
    'Create Failed': props<{ error: ApiError }>(),
    'Update Succeeded': props<{ patient: Patient }>(),
    'Update Failed': props<{ error: ApiError; current: Patient | null }>(),
    'Discharge Succeeded': props<{ patient: Patient }>(),
    'Discharge Failed': props<{ error: ApiError; current: Patient | null }>(),
    'Reactivate Succeeded': props<{ patient: Patient }>(),
    'Reactivate Failed': props<{ error: ApiError; current: Patient | null }>(),
    'Reassign Succeeded': props<{ patient: Patient }>(),
    'Reassign Failed': props<{ error: ApiError; current: Patient | null }>(),
  },
});

import { HttpParams } from '@angular/common/http';
import { Params } from '@angular/router';
import {
  type Diagnosis,
  type PatientStatus,
  diagnoses,
  patientStatuses,
} from '@domain/contracts/patients';
import {
  type ListQuery,
  type PatientSort,
  type SortDirection,
  defaultListQuery,
  toQueryParams,
} from '../patients/patient-list-query';

/**
 * One dashboard view: the range and the same filters as the Patients page. Null dates leave the range to the
 * server (the last 12 weeks to today). Kept in the address bar, so back, reload and a shared link show the view.
 */
export interface CaseloadView {
  from: string | null;
  to: string | null;
  therapistId: string | null;
  diagnosis: Diagnosis[];
  status: PatientStatus[];
}

export const defaultView: CaseloadView = {
  from: null,
  to: null,
  therapistId: null,
  diagnosis: [],
  status: [],
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The view from the address bar; anything unknown falls back to the default (the server checks real dates). */
export function viewFromParams(params: Params): CaseloadView {
  const text = (name: string): string | undefined =>
    typeof params[name] === 'string' ? (params[name] as string) : undefined;
  const date = (name: string) => {
    const value = text(name);
    return value && isoDate.test(value) ? value : null;
  };
  return {
    from: date('from'),
    to: date('to'),
    therapistId: text('therapistId') || null,
    diagnosis: csvOf(diagnoses, text('diagnosis')),
    status: csvOf(patientStatuses, text('status')),
  };
}

/** The view as address-bar parameters, defaults left out. */
export function toViewParams(view: CaseloadView): Params {
  const params: Params = {};
  if (view.from) params['from'] = view.from;
  if (view.to) params['to'] = view.to;
  if (view.therapistId) params['therapistId'] = view.therapistId;
  if (view.diagnosis.length) params['diagnosis'] = view.diagnosis.join(',');
  if (view.status.length) params['status'] = view.status.join(',');
  return params;
}

/** The view as `GET /api/caseload/summary` parameters (`caseloadQuery` in the contract). */
export function toApiParams(view: CaseloadView): HttpParams {
  return new HttpParams({ fromObject: toViewParams(view) });
}

/** The view's filters as the Patients page's query, for its filter chips. */
export function asListQuery(view: CaseloadView): ListQuery {
  const { therapistId, diagnosis, status } = view;
  return { ...defaultListQuery, therapistId, diagnosis, status };
}

/** What a bar or segment narrows the view to, and how the Patients page should sort it. */
export interface DrillDown {
  therapistId?: string;
  diagnosis?: Diagnosis;
  status?: PatientStatus[];
  sort?: PatientSort;
  direction?: SortDirection;
}

/**
 * The Patients page's address-bar parameters for a clicked bar or segment: the view's filters, narrowed to what
 * the bar counts. The Patients page has no date filter: a week's bar opens its patients sorted by start date
 * (or last update, for discharges), newest first.
 */
export function patientsParams(view: CaseloadView, drill: DrillDown): Params {
  return toQueryParams({
    ...asListQuery(view),
    therapistId: drill.therapistId ?? view.therapistId,
    diagnosis: drill.diagnosis ? [drill.diagnosis] : view.diagnosis,
    status: drill.status ?? view.status,
    sort: drill.sort ?? defaultListQuery.sort,
    direction: drill.direction ?? defaultListQuery.direction,
  });
}

function csvOf<T extends string>(values: readonly T[], csv: string | undefined): T[] {
  const picked = (csv ?? '').split(',');
  return values.filter((value) => picked.includes(value));
}

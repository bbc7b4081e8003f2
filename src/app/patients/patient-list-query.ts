import { HttpParams } from '@angular/common/http';
import { Params } from '@angular/router';
import {
  type Diagnosis,
  type PatientStatus,
  diagnoses,
  patientSorts,
  patientStatuses,
} from '@domain/contracts/patients';

export type PatientSort = (typeof patientSorts)[number];
export type SortDirection = 'asc' | 'desc';

/** What the Patients page shows: one page of the caseload, sorted, filtered and searched. */
export interface ListQuery {
  page: number;
  pageSize: number;
  sort: PatientSort;
  direction: SortDirection;
  status: PatientStatus[];
  diagnosis: Diagnosis[];
  therapistId: string | null;
  q: string;
}

export const patientsPageSize = 50;

export const defaultListQuery: ListQuery = {
  page: 1,
  pageSize: patientsPageSize,
  sort: 'name',
  direction: 'asc',
  status: [],
  diagnosis: [],
  therapistId: null,
  q: '',
};

/**
 * The list query from the address bar, so back, reload and a shared link show the same list.
 * The address bar is typed by hand too: anything unknown falls back to the default rather than
 * failing the page.
 */
export function listQueryFromParams(params: Params): ListQuery {
  const text = (name: string): string | undefined =>
    typeof params[name] === 'string' ? (params[name] as string) : undefined;
  const page = Number(text('page'));
  const sort = text('sort');
  const direction = text('direction');
  return {
    page: Number.isInteger(page) && page >= 1 ? page : defaultListQuery.page,
    pageSize: patientsPageSize,
    sort: isOneOf(patientSorts, sort) ? sort : defaultListQuery.sort,
    direction: direction === 'desc' ? 'desc' : 'asc',
    status: csvOf(patientStatuses, text('status')),
    diagnosis: csvOf(diagnoses, text('diagnosis')),
    therapistId: text('therapistId') || null,
    q: text('q')?.slice(0, 100) ?? '',
  };
}

/** The query as address-bar parameters, leaving out defaults so a plain list has a plain URL. */
export function toQueryParams(query: ListQuery): Params {
  const params: Params = {};
  if (query.page !== defaultListQuery.page) params['page'] = String(query.page);
  if (query.sort !== defaultListQuery.sort || query.direction !== defaultListQuery.direction) {
    params['sort'] = query.sort;
    params['direction'] = query.direction;
  }
  if (query.status.length) params['status'] = query.status.join(',');
  if (query.diagnosis.length) params['diagnosis'] = query.diagnosis.join(',');
  if (query.therapistId) params['therapistId'] = query.therapistId;
  if (query.q.trim()) params['q'] = query.q.trim();
  return params;
}

/** The query as `GET /api/patients` parameters (see `patientListQuery` in the contract). */
export function toApiParams(query: ListQuery): HttpParams {
  let params = new HttpParams()
    .set('page', query.page)
    .set('pageSize', query.pageSize)
    .set('sort', query.sort)
    .set('direction', query.direction);
  if (query.status.length) params = params.set('status', query.status.join(','));
  if (query.diagnosis.length) params = params.set('diagnosis', query.diagnosis.join(','));
  if (query.therapistId) params = params.set('therapistId', query.therapistId);
  if (query.q.trim()) params = params.set('q', query.q.trim());
  return params;
}

/** A changed search, sort or filter starts again at page 1: page 7 of the old list means nothing. */
export function withChanges(query: ListQuery, changes: Partial<ListQuery>): ListQuery {
  return { ...query, page: 1, ...changes };
}

export function isFiltered(query: ListQuery): boolean {
  return (
    query.status.length > 0 ||
    query.diagnosis.length > 0 ||
    query.therapistId !== null ||
    query.q.trim() !== ''
  );
}

function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return values.includes(value as T);
}

function csvOf<T extends string>(values: readonly T[], csv: string | undefined): T[] {
  const picked = (csv ?? '').split(',').filter((value) => isOneOf(values, value));
  return values.filter((value) => picked.includes(value));
}

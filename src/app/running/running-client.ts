import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateRunRequest,
  CreateRunningPlanRequest,
  Run,
  RunList,
  RunListQuery,
  RunningPlanDto,
  RunningPlanResponse,
  RunningPlanVersions,
  SaveRunningPlanRequest,
  UpdateRunRequest,
} from '@domain/contracts/running';
import { Observable, map } from 'rxjs';

export type RunningPlanVersion = RunningPlanVersions['versions'][number];

/** The running plan and run log of one patient: `/api/patients/:id/running-plan` and `/runs`. */
@Injectable({ providedIn: 'root' })
export class RunningClient {
  private readonly http = inject(HttpClient);

  /** The patient's current plan, or null before one is made. */
  plan(patientId: string): Observable<RunningPlanDto | null> {
    return this.http
      .get<RunningPlanResponse>(planUrl(patientId))
      .pipe(map((response) => response.plan));
  }

  /**
   * Makes a plan from settings. Over an existing plan, `replacesVersion` names the version on screen: without it,
   * or when it is no longer current, the server answers 409 with the plan as it is now.
   */
  createPlan(
    patientId: string,
    request: CreateRunningPlanRequest,
    replacesVersion: number | null,
  ): Observable<RunningPlanDto> {
    const params =
      replacesVersion === null
        ? undefined
        : new HttpParams().set('replacesVersion', String(replacesVersion));
    return this.http.post<RunningPlanDto>(planUrl(patientId), request, { params });
  }

  /** Saves edited weeks at the version they were read at (409 with the current plan if stale). */
  savePlan(patientId: string, request: SaveRunningPlanRequest): Observable<RunningPlanDto> {
    return this.http.put<RunningPlanDto>(planUrl(patientId), request);
  }

  /** Every saved version of the plan, newest first. */
  versions(patientId: string): Observable<RunningPlanVersion[]> {
    return this.http
      .get<RunningPlanVersions>(`${planUrl(patientId)}/versions`)
      .pipe(map((list) => list.versions));
  }

  /** The run log, optionally between two dates (both included). */
  runs(patientId: string, query: RunListQuery = {}): Observable<Run[]> {
    let params = new HttpParams();
    if (query.from) params = params.set('from', query.from);
    if (query.to) params = params.set('to', query.to);
    return this.http
      .get<RunList>(runsUrl(patientId), { params })
      .pipe(map((list) => list.runs));
  }

  createRun(patientId: string, request: CreateRunRequest): Observable<Run> {
    return this.http.post<Run>(runsUrl(patientId), request);
  }

  updateRun(patientId: string, runId: string, request: UpdateRunRequest): Observable<Run> {
    return this.http.put<Run>(runUrl(patientId, runId), request);
  }

  deleteRun(patientId: string, runId: string): Observable<void> {
    return this.http.delete<void>(runUrl(patientId, runId));
  }
}

function patientUrl(patientId: string): string {
  return `/api/patients/${encodeURIComponent(patientId)}`;
}

function planUrl(patientId: string): string {
  return `${patientUrl(patientId)}/running-plan`;
}

function runsUrl(patientId: string): string {
  return `${patientUrl(patientId)}/runs`;
}

function runUrl(patientId: string, runId: string): string {
  return `${runsUrl(patientId)}/${encodeURIComponent(runId)}`;
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CrossTrainingHistory,
  CrossTrainingResponse,
  CrossTrainingVersion,
  CrossTrainingVersionSummary,
  SaveCrossTrainingRequest,
} from '@domain/contracts/cross-training';
import { Observable, map } from 'rxjs';

/** A patient's cross-training plan: `/api/patients/:id/cross-training`. */
@Injectable({ providedIn: 'root' })
export class CrossTrainingClient {
  private readonly http = inject(HttpClient);

  /** The latest saved version, or null before the first save. */
  current(patientId: string): Observable<CrossTrainingVersion | null> {
    return this.http
      .get<CrossTrainingResponse>(planUrl(patientId))
      .pipe(map((response) => response.current));
  }

  /** Saves the plan as a new version over `request.version` (409 with the current version if stale). */
  save(patientId: string, request: SaveCrossTrainingRequest): Observable<CrossTrainingVersion> {
    return this.http.put<CrossTrainingVersion>(planUrl(patientId), request);
  }

  /** Every saved version, newest first, without the plans. */
  versions(patientId: string): Observable<CrossTrainingVersionSummary[]> {
    return this.http
      .get<CrossTrainingHistory>(`${planUrl(patientId)}/versions`)
      .pipe(map((history) => history.versions));
  }

  version(patientId: string, version: number): Observable<CrossTrainingVersion> {
    return this.http.get<CrossTrainingVersion>(`${planUrl(patientId)}/versions/${version}`);
  }
}

function planUrl(patientId: string): string {
  return `/api/patients/${encodeURIComponent(patientId)}/cross-training`;
}

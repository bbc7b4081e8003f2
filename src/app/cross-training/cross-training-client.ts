import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CrossTrainingResponse,
  CrossTrainingVersion,
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
}

function planUrl(patientId: string): string {
  return `/api/patients/${encodeURIComponent(patientId)}/cross-training`;
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApplyTemplateRequest,
  ProgramHistory,
  ProgramResponse,
  ProgramVersion,
  ProgramVersionSummary,
  SaveProgramRequest,
  SaveTemplateRequest,
  TemplateList,
  TemplateResponse,
} from '@domain/contracts/programs';
import { Observable, map } from 'rxjs';

/** A patient's strength program (`/api/patients/:id/program`, its versions) and the templates (`/api/templates`). */
@Injectable({ providedIn: 'root' })
export class ProgramsClient {
  private readonly http = inject(HttpClient);

  /** The current version, or null before the first save. */
  current(patientId: string): Observable<ProgramVersion | null> {
    return this.http
      .get<ProgramResponse>(programUrl(patientId))
      .pipe(map((response) => response.current));
  }

  /** Saves a new version at the version it was read at (409 with the current version if stale). */
  save(patientId: string, request: SaveProgramRequest): Observable<ProgramVersion> {
    return this.http.put<ProgramVersion>(programUrl(patientId), request);
  }

  applyTemplate(patientId: string, request: ApplyTemplateRequest): Observable<ProgramVersion> {
    return this.http.post<ProgramVersion>(`${programUrl(patientId)}/template`, request);
  }

  /** Every saved version, newest first. */
  versions(patientId: string): Observable<ProgramVersionSummary[]> {
    return this.http
      .get<ProgramHistory>(`${programUrl(patientId)}/versions`)
      .pipe(map((history) => history.versions));
  }

  version(patientId: string, version: number): Observable<ProgramVersion> {
    return this.http.get<ProgramVersion>(`${programUrl(patientId)}/versions/${version}`);
  }

  templates(): Observable<TemplateResponse[]> {
    return this.http.get<TemplateList>(templatesApi).pipe(map((list) => list.templates));
  }

  saveTemplate(request: SaveTemplateRequest): Observable<TemplateResponse> {
    return this.http.post<TemplateResponse>(templatesApi, request);
  }
}

const templatesApi = '/api/templates';

function programUrl(patientId: string): string {
  return `/api/patients/${encodeURIComponent(patientId)}/program`;
}

import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type HandoutPreview,
  type HandoutRecord,
  type HandoutRecordSummary,
  type RecordHandoutRequest,
  handoutHistory,
  handoutPreview,
  handoutRecord,
} from '@domain/contracts/handouts';
import type { HandoutOptions } from '@domain/handout/handout-options';
import { Observable, map } from 'rxjs';

/**
 * A patient's handouts: `/api/patients/:id/handout/preview` and `/api/patients/:id/handouts`. Answers are parsed
 * with the contracts: the print view lays the document out as it comes and inserts its drawings, so a body that is
 * not a handout must fail here, not half-render on paper. zod is in this chunk only (the tab and print page load it).
 */
@Injectable({ providedIn: 'root' })
export class HandoutsClient {
  private readonly http = inject(HttpClient);

  /** The handout as it would print now, with the versions it prints; nothing is recorded. */
  preview(patientId: string, options: HandoutOptions): Observable<HandoutPreview> {
    const params = new HttpParams()
      .set('sections', options.sections.join(','))
      .set('paper', options.paper)
      .set('largePrint', String(options.largePrint))
      .set('language', options.language);
    return this.http
      .get<unknown>(`${patientUrl(patientId)}/handout/preview`, { params })
      .pipe(map((body) => handoutPreview.parse(body)));
  }

  /** Records a handout as printed: 201 with the record, or 409 (stale_version) with the preview as it is now. */
  record(patientId: string, request: RecordHandoutRequest): Observable<HandoutRecord> {
    return this.http
      .post<unknown>(handoutsUrl(patientId), request)
      .pipe(map((body) => handoutRecord.parse(body)));
  }

  /** Every handout given to the patient, newest first. */
  history(patientId: string): Observable<HandoutRecordSummary[]> {
    return this.http
      .get<unknown>(handoutsUrl(patientId))
      .pipe(map((body) => handoutHistory.parse(body).handouts));
  }

  /** One recorded handout with its document exactly as printed. */
  handout(patientId: string, handoutId: string): Observable<HandoutRecord> {
    return this.http
      .get<unknown>(handoutUrl(patientId, handoutId))
      .pipe(map((body) => handoutRecord.parse(body)));
  }

  /** The server's PDF of a recorded handout (503 `pdf_unavailable` when it has no Chromium). */
  pdf(patientId: string, handoutId: string): Observable<Blob> {
    return this.http.get(`${handoutUrl(patientId, handoutId)}/pdf`, { responseType: 'blob' });
  }
}

function patientUrl(patientId: string): string {
  return `/api/patients/${encodeURIComponent(patientId)}`;
}

function handoutsUrl(patientId: string): string {
  return `${patientUrl(patientId)}/handouts`;
}

function handoutUrl(patientId: string, handoutId: string): string {
  return `${handoutsUrl(patientId)}/${encodeURIComponent(handoutId)}`;
}

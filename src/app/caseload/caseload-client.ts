import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CaseloadSummary } from '@domain/contracts/caseload';
import { Observable, tap } from 'rxjs';
import { type CaseloadView, toApiParams } from './caseload-view';

/** Marked when a summary arrives: the bench measures the charts' drawing from it (caseload-chart.ts). */
export const summaryReceivedMark = 'caseload-summary-received';

@Injectable({ providedIn: 'root' })
export class CaseloadClient {
  private readonly http = inject(HttpClient);

  summary(view: CaseloadView): Observable<CaseloadSummary> {
    return this.http
      .get<CaseloadSummary>('/api/caseload/summary', { params: toApiParams(view) })
      .pipe(tap(() => performance.mark(summaryReceivedMark)));
  }
}

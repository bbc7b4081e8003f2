import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClinicSettings, UpdateClinicRequest } from '@domain/contracts/clinic';
import type { Observable } from 'rxjs';

const clinicApi = '/api/clinic';

@Injectable({ providedIn: 'root' })
export class ClinicClient {
  private readonly http = inject(HttpClient);

  settings(): Observable<ClinicSettings> {
    return this.http.get<ClinicSettings>(clinicApi);
  }

  save(request: UpdateClinicRequest): Observable<ClinicSettings> {
    return this.http.put<ClinicSettings>(clinicApi, request);
  }

  /** The file itself as the body: the server reads its type from its bytes, not from its name. */
  uploadLogo(file: Blob): Observable<ClinicSettings> {
    return this.http.put<ClinicSettings>(`${clinicApi}/logo`, file, {
      headers: { 'content-type': 'application/octet-stream' },
    });
  }

  removeLogo(): Observable<ClinicSettings> {
    return this.http.delete<ClinicSettings>(`${clinicApi}/logo`);
  }
}

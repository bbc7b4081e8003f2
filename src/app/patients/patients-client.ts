import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreatePatientRequest,
  DischargeRequest,
  Patient,
  PatientList,
  UpdatePatientRequest,
  auditEntry,
  reactivateRequest,
  reassignRequest,
} from '@domain/contracts/patients';
import type { TherapistList } from '@domain/contracts/team';
import { Observable, map } from 'rxjs';
import type * as z from 'zod';
import { ListQuery, toApiParams } from './patient-list-query';

export type AuditEntry = z.infer<typeof auditEntry>;
export type ReactivateRequest = z.infer<typeof reactivateRequest>;
export type ReassignRequest = z.infer<typeof reassignRequest>;
/** An active therapist of the clinic, as `GET /api/therapists` lists them. */
export type Therapist = TherapistList['therapists'][number];

const patientsApi = '/api/patients';

@Injectable({ providedIn: 'root' })
export class PatientsClient {
  private readonly http = inject(HttpClient);

  list(query: ListQuery): Observable<PatientList> {
    return this.http.get<PatientList>(patientsApi, { params: toApiParams(query) });
  }

  get(id: string): Observable<Patient> {
    return this.http.get<Patient>(patientUrl(id));
  }

  create(request: CreatePatientRequest): Observable<Patient> {
    return this.http.post<Patient>(patientsApi, request);
  }

  update(id: string, request: UpdatePatientRequest): Observable<Patient> {
    return this.http.put<Patient>(patientUrl(id), request);
  }

  discharge(id: string, request: DischargeRequest): Observable<Patient> {
    return this.http.post<Patient>(`${patientUrl(id)}/discharge`, request);
  }

  reactivate(id: string, request: ReactivateRequest): Observable<Patient> {
    return this.http.post<Patient>(`${patientUrl(id)}/reactivate`, request);
  }

  reassign(id: string, request: ReassignRequest): Observable<Patient> {
    return this.http.post<Patient>(`${patientUrl(id)}/reassign`, request);
  }

  audit(id: string): Observable<AuditEntry[]> {
    return this.http
      .get<{ entries: AuditEntry[] }>(`${patientUrl(id)}/audit`)
      .pipe(map((trail) => trail.entries));
  }

  therapists(): Observable<Therapist[]> {
    return this.http
      .get<TherapistList>('/api/therapists')
      .pipe(map((list) => list.therapists));
  }
}

function patientUrl(id: string): string {
  return `${patientsApi}/${encodeURIComponent(id)}`;
}

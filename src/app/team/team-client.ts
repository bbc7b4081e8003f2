import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateTeamMemberRequest,
  ResetPasswordRequest,
  SetActiveRequest,
  TeamList,
  TeamMember,
} from '@domain/contracts/team';
import { Observable, map } from 'rxjs';

const teamApi = '/api/team';

@Injectable({ providedIn: 'root' })
export class TeamClient {
  private readonly http = inject(HttpClient);

  members(): Observable<TeamMember[]> {
    return this.http.get<TeamList>(teamApi).pipe(map((list) => list.members));
  }

  add(request: CreateTeamMemberRequest): Observable<TeamMember> {
    return this.http.post<TeamMember>(teamApi, request);
  }

  setActive(id: string, active: boolean): Observable<TeamMember> {
    const body: SetActiveRequest = { active };
    return this.http.put<TeamMember>(`${teamApi}/${encodeURIComponent(id)}/active`, body);
  }

  resetPassword(id: string, password: string): Observable<void> {
    const body: ResetPasswordRequest = { password };
    return this.http.put<void>(`${teamApi}/${encodeURIComponent(id)}/password`, body);
  }
}

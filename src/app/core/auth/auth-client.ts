import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CurrentUser, LoginRequest } from '@domain/contracts/auth';
import { Observable } from 'rxjs';

/** Every auth endpoint lives under this path; the auth interceptor leaves their 401s alone. */
export const authApiPath = '/api/auth/';

@Injectable({ providedIn: 'root' })
export class AuthClient {
  private readonly http = inject(HttpClient);

  signIn(credentials: LoginRequest): Observable<CurrentUser> {
    return this.http.post<CurrentUser>(`${authApiPath}login`, credentials);
  }

  signOut(): Observable<void> {
    return this.http.post<void>(`${authApiPath}logout`, null);
  }

  currentUser(): Observable<CurrentUser> {
    return this.http.get<CurrentUser>(`${authApiPath}me`);
  }
}

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ActivateAccountRequest,
  ActivationInfo,
  ChangePasswordRequest,
  CurrentUser,
  LoginRequest,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';

/** Session endpoints: who am I, sign in/out, activation, password. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  /** 401 here only means "not signed in": no toast, no redirect. */
  me(): Observable<CurrentUser> {
    return this.http.get<CurrentUser>('/api/auth/me', { context: handledErrors(401) });
  }

  /** The login form shows 400/401/429 itself. */
  login(request: LoginRequest): Observable<CurrentUser> {
    return this.http.post<CurrentUser>('/api/auth/login', request, {
      context: handledErrors(400, 401, 429),
    });
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null, { context: handledErrors(401) });
  }

  /** 404 when the link is invalid or expired; the page explains it. */
  activationInfo(token: string): Observable<ActivationInfo> {
    return this.http.get<ActivationInfo>(`/api/auth/activation/${encodeURIComponent(token)}`, {
      context: handledErrors(404),
    });
  }

  activate(request: ActivateAccountRequest): Observable<CurrentUser> {
    return this.http.post<CurrentUser>('/api/auth/activate', request, {
      context: handledErrors(400, 404),
    });
  }

  /** A wrong current password (400 with a field message, or 401/403) is shown on the form. */
  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password', request, {
      context: handledErrors(400, 401, 403),
    });
  }
}

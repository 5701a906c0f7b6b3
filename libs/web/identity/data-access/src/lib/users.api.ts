import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CreateUserRequest,
  DirectoryFacets,
  InvitationResult,
  Page,
  Role,
  UpdateUserRequest,
  UserDetail,
  UserImportReport,
  UserImportRequest,
  UserListQuery,
  UserSummary,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';

export const USER_IMPORT_TEMPLATE_URL = '/api/users/import/template';

/** Builds query params from the defined, non-empty values only. */
export function toUserListParams(query: UserListQuery): HttpParams {
  return toQueryParams(query);
}

/** Query params of any flat query object, leaving out undefined, null and empty values. */
export function toQueryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

/** The people directory (HR leads). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserListQuery): Observable<Page<UserSummary>> {
    return this.http.get<Page<UserSummary>>('/api/users', { params: toUserListParams(query) });
  }

  facets(): Observable<DirectoryFacets> {
    return this.http.get<DirectoryFacets>('/api/users/facets');
  }

  get(id: string): Observable<UserDetail> {
    return this.http.get<UserDetail>(`/api/users/${encodeURIComponent(id)}`);
  }

  /** 400 (fields) and 409 (email taken) are shown on the invite form. */
  create(request: CreateUserRequest): Observable<InvitationResult> {
    return this.http.post<InvitationResult>('/api/users', request, {
      context: handledErrors(400, 409),
    });
  }

  update(id: string, request: UpdateUserRequest): Observable<UserDetail> {
    return this.http.patch<UserDetail>(`/api/users/${encodeURIComponent(id)}`, request, {
      context: handledErrors(400, 409),
    });
  }

  assignRoles(id: string, roles: Role[]): Observable<UserDetail> {
    return this.http.put<UserDetail>(
      `/api/users/${encodeURIComponent(id)}/roles`,
      { roles },
      { context: handledErrors(400) },
    );
  }

  /** A fresh activation link for someone who has not activated yet. */
  resendInvitation(id: string): Observable<InvitationResult> {
    return this.http.post<InvitationResult>(
      `/api/users/${encodeURIComponent(id)}/invitation`,
      null,
    );
  }

  /** Dry run: nothing is saved. */
  previewImport(request: UserImportRequest): Observable<UserImportReport> {
    return this.http.post<UserImportReport>('/api/users/import/preview', request, {
      context: handledErrors(400),
    });
  }

  /** Saves the good rows and reports the bad ones. */
  runImport(request: UserImportRequest): Observable<UserImportReport> {
    return this.http.post<UserImportReport>('/api/users/import', request, {
      context: handledErrors(400),
    });
  }
}

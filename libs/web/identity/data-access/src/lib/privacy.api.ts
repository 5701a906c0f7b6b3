import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AuditEventView,
  AuditQuery,
  ErasePersonRequest,
  ErasePersonResult,
  Page,
  PersonExport,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';
import { toQueryParams } from './users.api';

/**
 * Personal-data rights and the audit log (organisation-wide HR leads, `privacy.manage`).
 * The server audits every export and erasure itself.
 */
@Injectable({ providedIn: 'root' })
export class PrivacyApi {
  private readonly http = inject(HttpClient);

  /** Newest first. A 400 (a filter the server refuses) is shown on the page, not as a toast. */
  auditLog(query: AuditQuery): Observable<Page<AuditEventView>> {
    return this.http.get<Page<AuditEventView>>('/api/audit', {
      params: toQueryParams(query),
      context: handledErrors(400),
    });
  }

  /** Everything held about one person, the other party redacted. Errors show beside the button. */
  exportPerson(id: string): Observable<PersonExport> {
    return this.http.get<PersonExport>(`/api/people/${encodeURIComponent(id)}/export`, {
      context: handledErrors(403, 404),
    });
  }

  /** Irreversible. A wrong e-mail (400) or a refusal (403, 404, 409) is shown in the dialog. */
  erasePerson(id: string, request: ErasePersonRequest): Observable<ErasePersonResult> {
    return this.http.post<ErasePersonResult>(
      `/api/people/${encodeURIComponent(id)}/erase`,
      request,
      { context: handledErrors(400, 403, 404, 409) },
    );
  }
}

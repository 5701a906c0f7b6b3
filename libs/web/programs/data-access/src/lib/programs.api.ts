import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CohortDetail,
  CreateCohortRequest,
  CreateProgramRequest,
  Page,
  ProgramDetail,
  ProgramListQuery,
  ProgramSummary,
  UpdateProgramRequest,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';

/** Builds query params from the defined, non-empty values only. */
export function toProgramListParams(query: ProgramListQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

function programUrl(id: string): string {
  return `/api/programs/${encodeURIComponent(id)}`;
}

/** Programs an HR lead runs: settings, owners and their cohorts. */
@Injectable({ providedIn: 'root' })
export class ProgramsApi {
  private readonly http = inject(HttpClient);

  /** Only the programs the signed-in HR lead manages. */
  list(query: ProgramListQuery = {}): Observable<Page<ProgramSummary>> {
    return this.http.get<Page<ProgramSummary>>('/api/programs', {
      params: toProgramListParams(query),
    });
  }

  get(id: string): Observable<ProgramDetail> {
    return this.http.get<ProgramDetail>(programUrl(id));
  }

  /** 400 (fields) and 409 (name taken) are shown on the wizard. */
  create(request: CreateProgramRequest): Observable<ProgramDetail> {
    return this.http.post<ProgramDetail>('/api/programs', request, {
      context: handledErrors(400, 409),
    });
  }

  /** 409: name taken, or someone else saved first (stale `version`). */
  update(id: string, request: UpdateProgramRequest): Observable<ProgramDetail> {
    return this.http.patch<ProgramDetail>(programUrl(id), request, {
      context: handledErrors(400, 409),
    });
  }

  /** A new cohort starts in draft. 400 (dates) and 409 (name taken) are shown on the dialog. */
  createCohort(programId: string, request: CreateCohortRequest): Observable<CohortDetail> {
    return this.http.post<CohortDetail>(`${programUrl(programId)}/cohorts`, request, {
      context: handledErrors(400, 409),
    });
  }
}

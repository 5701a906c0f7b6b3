import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CohortDetail,
  CohortTransitionRequest,
  UpdateCohortRequest,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';

function cohortUrl(id: string): string {
  return `/api/cohorts/${encodeURIComponent(id)}`;
}

/** One cohort (an intake of a program) and its state machine. */
@Injectable({ providedIn: 'root' })
export class CohortsApi {
  private readonly http = inject(HttpClient);

  get(id: string): Observable<CohortDetail> {
    return this.http.get<CohortDetail>(cohortUrl(id));
  }

  /** Rename or re-date; 409 when someone else changed it since (stale `version`). */
  update(id: string, request: UpdateCohortRequest): Observable<CohortDetail> {
    return this.http.patch<CohortDetail>(cohortUrl(id), request, {
      context: handledErrors(400, 409),
    });
  }

  /**
   * Moves the cohort to its next state. 409 `illegal_transition` / `gate_blocked` and the 400 of
   * an override without a reason are shown in the dialog, not as a toast.
   */
  transition(id: string, request: CohortTransitionRequest): Observable<CohortDetail> {
    return this.http.post<CohortDetail>(`${cohortUrl(id)}/transitions`, request, {
      context: handledErrors(400, 409),
    });
  }
}

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CheckInView,
  FlagView,
  LogCheckInRequest,
  PairHealthView,
  PulseAnswerView,
  ResolveFlagRequest,
  SessionView,
  SupportSummary,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/**
 * Pair support for the HR leads of a program: the health of a cohort's active pairs, coordinator
 * check-ins, concerns raised by the pair, pulse answers and session metadata (never what the pair
 * wrote). Other people get 403/404.
 */
@Injectable({ providedIn: 'root' })
export class SupportApi {
  private readonly http = inject(HttpClient);

  /** What needs action across the cohorts I run (for the HR home). */
  summary(): Observable<SupportSummary> {
    return this.http.get<SupportSummary>('/api/support/summary');
  }

  /** A cohort's active pairs, at-risk first. */
  pairs(cohortId: string): Observable<PairHealthView[]> {
    return this.http.get<PairHealthView[]>(`/api/cohorts/${id(cohortId)}/pairs`);
  }

  checkIns(matchId: string): Observable<CheckInView[]> {
    return this.http.get<CheckInView[]>(`/api/matches/${id(matchId)}/check-ins`);
  }

  /** 400 details (`outcome`, `at`) go on the form's fields. */
  logCheckIn(matchId: string, request: LogCheckInRequest): Observable<CheckInView> {
    return this.http.post<CheckInView>(`/api/matches/${id(matchId)}/check-ins`, request, {
      context: handledErrors(400),
    });
  }

  flags(matchId: string): Observable<FlagView[]> {
    return this.http.get<FlagView[]>(`/api/matches/${id(matchId)}/flags`);
  }

  /** 409 when someone resolved it meanwhile; 400 details (`note`) go on the dialog's field. */
  resolveFlag(flagId: string, request: ResolveFlagRequest): Observable<FlagView> {
    return this.http.post<FlagView>(`/api/flags/${id(flagId)}/resolve`, request, {
      context: handledErrors(400, 409),
    });
  }

  pulses(matchId: string): Observable<PulseAnswerView[]> {
    return this.http.get<PulseAnswerView[]>(`/api/matches/${id(matchId)}/pulses`);
  }

  /** Session metadata (for HR, agenda and location are null). */
  sessions(matchId: string): Observable<SessionView[]> {
    return this.http.get<SessionView[]>(`/api/matches/${id(matchId)}/sessions`);
  }
}

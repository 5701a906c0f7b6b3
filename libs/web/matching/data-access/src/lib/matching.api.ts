import { HttpClient } from '@angular/common/http';
import { inject, Injectable, InjectionToken } from '@angular/core';
import {
  CreateMatchConstraintRequest,
  CreateMentorRequest,
  MatchConstraintView,
  MatchingSettings,
  MatchRunComparison,
  MatchRunDetail,
  MatchRunSummary,
  MatchView,
  MentorRequestView,
  Page,
  PageQuery,
  PairExplanation,
  PublishResult,
  RespondToMatchRequest,
  ShortlistGenerationResult,
  ShortlistView,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { EMPTY, expand, Observable, switchMap, timer } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** How often a running match run is asked for its progress (milliseconds). */
export const MATCH_RUN_POLL_INTERVAL = new InjectionToken<number>('MATCH_RUN_POLL_INTERVAL', {
  providedIn: 'root',
  factory: () => 1000,
});

/**
 * Matching: a program's matching settings, a cohort's match runs (draft proposals HR reviews,
 * adjusts and publishes), its pins and bans, and the participants' answers to their matches.
 * Every HR route answers 404 for programs, cohorts and runs the HR lead does not run.
 */
@Injectable({ providedIn: 'root' })
export class MatchingApi {
  private readonly http = inject(HttpClient);
  private readonly pollInterval = inject(MATCH_RUN_POLL_INTERVAL);

  // --- program settings -------------------------------------------------------------------------

  settings(programId: string): Observable<MatchingSettings> {
    return this.http.get<MatchingSettings>(`/api/programs/${id(programId)}/matching-settings`);
  }

  /** 400 details (`weights.skills`, `shortlistSize`) go on the form's fields. */
  saveSettings(programId: string, settings: MatchingSettings): Observable<MatchingSettings> {
    return this.http.put<MatchingSettings>(
      `/api/programs/${id(programId)}/matching-settings`,
      settings,
      { context: handledErrors(400) },
    );
  }

  // --- runs ---------------------------------------------------------------------------------------

  /** A cohort's runs, newest first. */
  runs(cohortId: string): Observable<MatchRunSummary[]> {
    return this.http.get<MatchRunSummary[]>(`/api/cohorts/${id(cohortId)}/match-runs`);
  }

  /**
   * The runs, asked again every poll interval while one of them is running (each answer is
   * emitted), so a list shows a run's progress and its end without a reload.
   */
  watchRuns(cohortId: string): Observable<MatchRunSummary[]> {
    return this.runs(cohortId).pipe(
      expand((runs) =>
        runs.some((run) => run.state === 'running')
          ? timer(this.pollInterval).pipe(switchMap(() => this.runs(cohortId)))
          : EMPTY,
      ),
    );
  }

  /**
   * Starts a run (202, state `running`). 409 when one is already running or the cohort is not in
   * the matching state: the page shows the message.
   */
  startRun(cohortId: string): Observable<MatchRunSummary> {
    return this.http.post<MatchRunSummary>(
      `/api/cohorts/${id(cohortId)}/match-runs`,
      {},
      { context: handledErrors(409) },
    );
  }

  run(runId: string): Observable<MatchRunDetail> {
    return this.http.get<MatchRunDetail>(`/api/match-runs/${id(runId)}`);
  }

  /** The run, asked again every poll interval while it is running; completes once it is not. */
  watchRun(runId: string): Observable<MatchRunDetail> {
    return this.run(runId).pipe(
      expand((run) =>
        run.state === 'running'
          ? timer(this.pollInterval).pipe(switchMap(() => this.run(runId)))
          : EMPTY,
      ),
    );
  }

  /** Why this pair (or why not) for any mentor and mentee of the run. */
  explain(runId: string, mentorUserId: string, menteeUserId: string): Observable<PairExplanation> {
    return this.http.get<PairExplanation>(`/api/match-runs/${id(runId)}/explain`, {
      params: { mentor: mentorUserId, mentee: menteeUserId },
      context: handledErrors(400, 404),
    });
  }

  /** Exchanges the mentors of two proposals; 409 when a resulting pair is not allowed. */
  swap(runId: string, proposalIds: [string, string]): Observable<MatchRunDetail> {
    return this.http.post<MatchRunDetail>(
      `/api/match-runs/${id(runId)}/swap`,
      { proposalIds },
      { context: handledErrors(400, 409) },
    );
  }

  discard(runId: string): Observable<MatchRunSummary> {
    return this.http.post<MatchRunSummary>(
      `/api/match-runs/${id(runId)}/discard`,
      {},
      { context: handledErrors(409) },
    );
  }

  /** Turns the draft's pairs into matches and notifies both sides; 409 when it is not a draft. */
  publish(runId: string): Observable<PublishResult> {
    return this.http.post<PublishResult>(
      `/api/match-runs/${id(runId)}/publish`,
      {},
      { context: handledErrors(409) },
    );
  }

  compare(runIdA: string, runIdB: string): Observable<MatchRunComparison> {
    return this.http.get<MatchRunComparison>(`/api/match-runs/${id(runIdA)}/compare/${id(runIdB)}`);
  }

  // --- pins and bans ------------------------------------------------------------------------------

  /** Pins and bans of a cohort: kept for every later run. */
  constraints(cohortId: string): Observable<MatchConstraintView[]> {
    return this.http.get<MatchConstraintView[]>(`/api/cohorts/${id(cohortId)}/match-constraints`);
  }

  addConstraint(
    cohortId: string,
    request: CreateMatchConstraintRequest,
  ): Observable<MatchConstraintView> {
    return this.http.post<MatchConstraintView>(
      `/api/cohorts/${id(cohortId)}/match-constraints`,
      request,
      { context: handledErrors(400, 409) },
    );
  }

  removeConstraint(constraintId: string): Observable<void> {
    return this.http.delete<void>(`/api/match-constraints/${id(constraintId)}`, {
      context: handledErrors(404, 409),
    });
  }

  // --- participants -------------------------------------------------------------------------------

  /** The signed-in person's matches, as mentor or mentee. */
  myMatches(): Observable<MatchView[]> {
    return this.http.get<MatchView[]>('/api/me/matches');
  }

  /** Accept or decline (a reason is required to decline); 400 and 409 are shown where answered. */
  respond(matchId: string, request: RespondToMatchRequest): Observable<MatchView> {
    return this.http.post<MatchView>(`/api/matches/${id(matchId)}/respond`, request, {
      context: handledErrors(400, 409),
    });
  }

  // --- mentee choice ------------------------------------------------------------------------------

  /**
   * Publishes ranked shortlists to the cohort's unmatched mentees (replacing earlier ones). 409
   * when the program does not use mentee choice or the cohort is not Matching or Active.
   */
  publishShortlists(cohortId: string): Observable<ShortlistGenerationResult> {
    return this.http.post<ShortlistGenerationResult>(
      `/api/cohorts/${id(cohortId)}/shortlists`,
      {},
      { context: handledErrors(409) },
    );
  }

  /** Requests from mentees to mentors in a cohort (HR), newest first. */
  cohortMentorRequests(
    cohortId: string,
    query: PageQuery = {},
  ): Observable<Page<MentorRequestView>> {
    const params: Record<string, string> = {};
    if (query.page !== undefined) {
      params['page'] = String(query.page);
    }
    if (query.pageSize !== undefined) {
      params['pageSize'] = String(query.pageSize);
    }
    return this.http.get<Page<MentorRequestView>>(`/api/cohorts/${id(cohortId)}/mentor-requests`, {
      params,
    });
  }

  /** My ranked mentor shortlists, one per cohort (mentee). */
  myShortlists(): Observable<ShortlistView[]> {
    return this.http.get<ShortlistView[]>('/api/me/shortlists');
  }

  /** Asks a mentor from my shortlist; 400 and 409 (full, already asked…) are shown on the card. */
  requestMentor(cohortId: string, request: CreateMentorRequest): Observable<MentorRequestView> {
    return this.http.post<MentorRequestView>(
      `/api/cohorts/${id(cohortId)}/mentor-requests`,
      request,
      { context: handledErrors(400, 409) },
    );
  }

  /** Withdraws my open request (mentee); 409 when it was answered or expired meanwhile. */
  withdrawMentorRequest(requestId: string): Observable<MentorRequestView> {
    return this.http.post<MentorRequestView>(
      `/api/mentor-requests/${id(requestId)}/withdraw`,
      {},
      { context: handledErrors(404, 409) },
    );
  }

  /** Requests I received as mentor and sent as mentee, open ones first. */
  myMentorRequests(): Observable<MentorRequestView[]> {
    return this.http.get<MentorRequestView[]>('/api/me/mentor-requests');
  }

  /** The mentor accepts or declines (a reason of 3–1000 characters is required to decline). */
  respondToMentorRequest(
    requestId: string,
    request: RespondToMatchRequest,
  ): Observable<MentorRequestView> {
    return this.http.post<MentorRequestView>(
      `/api/mentor-requests/${id(requestId)}/respond`,
      request,
      { context: handledErrors(400, 404, 409) },
    );
  }
}

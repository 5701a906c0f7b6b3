import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CloseCohortRequest,
  CloseCohortResult,
  ClosureView,
  CohortClosingPreview,
  CohortClosureSummary,
  EarlyClosureRequest,
  ExitSurveyRequest,
  ExtensionDecisionRequest,
  ExtensionRequest,
  FitAnswerRequest,
  FitCheckView,
  GoalAttainmentRequest,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/**
 * How a relationship ends: the pairing-fit check after the first session, planned and early
 * closures, the exit survey and goal attainment, extensions, the certificate; for HR leads, the
 * closures of a cohort and closing the cohort in one action. Outside the pair (or the program's HR
 * leads) every route answers 404.
 */
@Injectable({ providedIn: 'root' })
export class ClosureApi {
  private readonly http = inject(HttpClient);

  // --- the pairing-fit check (the pair only; answers go to HR, never to the partner) ------------

  fit(matchId: string): Observable<FitCheckView> {
    return this.http.get<FitCheckView>(`/api/matches/${id(matchId)}/fit`);
  }

  /** 400 details (`fit`, `continue`, `comment`) go on the card's fields. */
  answerFit(matchId: string, request: FitAnswerRequest): Observable<FitCheckView> {
    return this.http.put<FitCheckView>(`/api/matches/${id(matchId)}/fit`, request, {
      context: handledErrors(400, 409),
    });
  }

  // --- closure of one pair ------------------------------------------------------------------------

  /**
   * The pair's closure, or (for an HR lead) its documentation and exit answers. 404 outside the
   * pair: the page says so itself.
   */
  closure(matchId: string): Observable<ClosureView> {
    return this.http.get<ClosureView>(`/api/matches/${id(matchId)}/closure`, {
      context: handledErrors(404),
    });
  }

  /** Ends a match early; 400 details (`reasonText`…) go on the dialog, 409 when already ended. */
  closeEarly(matchId: string, request: EarlyClosureRequest): Observable<ClosureView> {
    return this.http.post<ClosureView>(`/api/matches/${id(matchId)}/close`, request, {
      context: handledErrors(400, 409),
    });
  }

  /** Planned closure, allowed while the closing window is open (409 otherwise). */
  complete(matchId: string): Observable<ClosureView> {
    return this.http.post<ClosureView>(`/api/matches/${id(matchId)}/complete`, null, {
      context: handledErrors(409),
    });
  }

  saveSurvey(matchId: string, request: ExitSurveyRequest): Observable<ClosureView> {
    return this.http.put<ClosureView>(`/api/matches/${id(matchId)}/closure/survey`, request, {
      context: handledErrors(400, 409, 410),
    });
  }

  saveGoals(matchId: string, request: GoalAttainmentRequest): Observable<ClosureView> {
    return this.http.put<ClosureView>(`/api/matches/${id(matchId)}/closure/goals`, request, {
      context: handledErrors(400, 409, 410),
    });
  }

  /** HR: mails the sides whose exit survey is missing. */
  chase(matchId: string): Observable<ClosureView> {
    return this.http.post<ClosureView>(`/api/matches/${id(matchId)}/closure/chase`, null, {
      context: handledErrors(409),
    });
  }

  /** A link (not a request): the browser downloads the certificate of participation. */
  certificateUrl(matchId: string): string {
    return `/api/matches/${id(matchId)}/certificate`;
  }

  /** One pending request at a time (409); 400 details (`endDate`, `reason`) go on the dialog. */
  requestExtension(matchId: string, request: ExtensionRequest): Observable<ClosureView> {
    return this.http.post<ClosureView>(`/api/matches/${id(matchId)}/extensions`, request, {
      context: handledErrors(400, 409),
    });
  }

  /** HR approves (possibly with another end date) or declines with a note. */
  decideExtension(
    matchId: string,
    extensionId: string,
    request: ExtensionDecisionRequest,
  ): Observable<ClosureView> {
    return this.http.post<ClosureView>(
      `/api/matches/${id(matchId)}/extensions/${id(extensionId)}/decision`,
      request,
      { context: handledErrors(400, 409) },
    );
  }

  // --- a cohort's closures (HR leads of the program) ----------------------------------------------

  cohortClosures(cohortId: string): Observable<CohortClosureSummary> {
    return this.http.get<CohortClosureSummary>(`/api/cohorts/${id(cohortId)}/closures`);
  }

  closingPreview(cohortId: string): Observable<CohortClosingPreview> {
    return this.http.get<CohortClosingPreview>(`/api/cohorts/${id(cohortId)}/closing-preview`);
  }

  /** 409 when the number of active pairs changed since the preview: show the preview again. */
  closeCohort(cohortId: string, request: CloseCohortRequest): Observable<CloseCohortResult> {
    return this.http.post<CloseCohortResult>(`/api/cohorts/${id(cohortId)}/close`, request, {
      context: handledErrors(400, 409),
    });
  }
}

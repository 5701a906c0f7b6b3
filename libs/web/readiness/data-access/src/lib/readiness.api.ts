import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AssessmentDetail,
  AssessmentSummary,
  CreateAssessmentRequest,
  CreateReadinessItemRequest,
  ProgramDetail,
  Questionnaire,
  QuestionnaireSummary,
  ReadinessItem,
  RespondentInput,
  SaveAnswersRequest,
  UpdateReadinessItemRequest,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/**
 * Readiness assessments: the item bank and assessments of a program (HR leads) and the
 * questionnaires respondents fill in (anyone asked to answer).
 */
@Injectable({ providedIn: 'root' })
export class ReadinessApi {
  private readonly http = inject(HttpClient);

  /** The program an assessment belongs to (name and readiness summary for the header). */
  program(programId: string): Observable<ProgramDetail> {
    return this.http.get<ProgramDetail>(`/api/programs/${id(programId)}`);
  }

  // --- item bank -------------------------------------------------------------------------------

  /** Built-in items and the program's own, active or not. */
  items(programId: string): Observable<ReadinessItem[]> {
    return this.http.get<ReadinessItem[]>(`/api/programs/${id(programId)}/readiness/items`);
  }

  /** 400 (fields) is shown on the item dialog. */
  createItem(programId: string, request: CreateReadinessItemRequest): Observable<ReadinessItem> {
    return this.http.post<ReadinessItem>(
      `/api/programs/${id(programId)}/readiness/items`,
      request,
      { context: handledErrors(400) },
    );
  }

  /** Edit or (de)activate one of the program's own items. 400 is shown on the item dialog. */
  updateItem(itemId: string, request: UpdateReadinessItemRequest): Observable<ReadinessItem> {
    return this.http.patch<ReadinessItem>(`/api/readiness/items/${id(itemId)}`, request, {
      context: handledErrors(400),
    });
  }

  // --- assessments -----------------------------------------------------------------------------

  /** Newest first. */
  assessments(programId: string): Observable<AssessmentSummary[]> {
    return this.http.get<AssessmentSummary[]>(
      `/api/programs/${id(programId)}/readiness/assessments`,
    );
  }

  /** 400 (fields such as `respondents.0.userId` or `thresholds`) is shown on the form. */
  createAssessment(
    programId: string,
    request: CreateAssessmentRequest,
  ): Observable<AssessmentDetail> {
    return this.http.post<AssessmentDetail>(
      `/api/programs/${id(programId)}/readiness/assessments`,
      request,
      { context: handledErrors(400) },
    );
  }

  assessment(assessmentId: string): Observable<AssessmentDetail> {
    return this.http.get<AssessmentDetail>(`/api/readiness/assessments/${id(assessmentId)}`);
  }

  /** 400 and 409 (already a respondent, or the assessment is completed) are shown inline. */
  addRespondent(assessmentId: string, respondent: RespondentInput): Observable<AssessmentDetail> {
    return this.http.post<AssessmentDetail>(
      `/api/readiness/assessments/${id(assessmentId)}/respondents`,
      respondent,
      { context: handledErrors(400, 409) },
    );
  }

  /** Removes the respondent and their answers (open assessments only). */
  removeRespondent(assessmentId: string, userId: string): Observable<AssessmentDetail> {
    return this.http.delete<AssessmentDetail>(
      `/api/readiness/assessments/${id(assessmentId)}/respondents/${id(userId)}`,
      { context: handledErrors(409) },
    );
  }

  /** Freezes the answers. 409 (nobody answered, or already completed) is shown inline. */
  complete(assessmentId: string): Observable<AssessmentDetail> {
    return this.http.post<AssessmentDetail>(
      `/api/readiness/assessments/${id(assessmentId)}/complete`,
      null,
      { context: handledErrors(409) },
    );
  }

  // --- respondent side -------------------------------------------------------------------------

  /** My questionnaires of open assessments. */
  questionnaires(): Observable<QuestionnaireSummary[]> {
    return this.http.get<QuestionnaireSummary[]>('/api/readiness/questionnaires');
  }

  /** 404 unless I am a respondent of the assessment. */
  questionnaire(assessmentId: string): Observable<Questionnaire> {
    return this.http.get<Questionnaire>(`/api/readiness/questionnaires/${id(assessmentId)}`);
  }

  /** 409 when the assessment was completed meanwhile: the page turns read-only. */
  saveAnswers(assessmentId: string, request: SaveAnswersRequest): Observable<Questionnaire> {
    return this.http.put<Questionnaire>(
      `/api/readiness/questionnaires/${id(assessmentId)}`,
      request,
      { context: handledErrors(409) },
    );
  }
}

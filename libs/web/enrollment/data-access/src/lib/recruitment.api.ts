import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ApplicationDetail,
  ApplicationListQuery,
  ApplicationSummary,
  BulkDecisionRequest,
  BulkDecisionResult,
  CohortFunnel,
  DecisionRequest,
  FormDefinition,
  FormQuestion,
  InvitationImportReport,
  InvitationListQuery,
  InvitationView,
  InviteResult,
  MailMessageView,
  Page,
  PageQuery,
  ParticipantRole,
  RecruitmentSettings,
  ScreeningSummary,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** Query params from the defined, non-empty values only (`flagged=false` is kept). */
export function toRecruitmentParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

/**
 * The HR lead's side of recruitment: invitations, messages, the screening queue and decisions,
 * the funnel of a cohort, and a program's application forms and eligibility rules.
 * Every route answers 404 for cohorts and programs the HR lead does not run.
 */
@Injectable({ providedIn: 'root' })
export class RecruitmentApi {
  private readonly http = inject(HttpClient);

  // --- invitations -----------------------------------------------------------------------------

  invitations(cohortId: string, query: InvitationListQuery = {}): Observable<Page<InvitationView>> {
    return this.http.get<Page<InvitationView>>(`/api/cohorts/${id(cohortId)}/invitations`, {
      params: toRecruitmentParams(query),
    });
  }

  /** 409 when the cohort is not recruiting, 400 for bad ids: shown on the dialog. */
  invitePeople(
    cohortId: string,
    role: ParticipantRole,
    userIds: readonly string[],
  ): Observable<InviteResult> {
    return this.http.post<InviteResult>(
      `/api/cohorts/${id(cohortId)}/invitations`,
      { role, userIds: [...userIds] },
      { context: handledErrors(400, 404, 409) },
    );
  }

  /** Everyone active in the department; 409 when the cohort is not recruiting. */
  inviteDepartment(
    cohortId: string,
    role: ParticipantRole,
    department: string,
  ): Observable<InviteResult> {
    return this.http.post<InviteResult>(
      `/api/cohorts/${id(cohortId)}/invitations/department`,
      { role, department },
      { context: handledErrors(400, 409) },
    );
  }

  /**
   * CSV with the header `email,role`. A dry run reports what would happen per row and changes
   * nothing; without `dryRun` the good rows are invited.
   */
  importInvitations(
    cohortId: string,
    csv: string,
    dryRun: boolean,
  ): Observable<InvitationImportReport> {
    const body = dryRun ? { csv, dryRun: true } : { csv };
    return this.http.post<InvitationImportReport>(
      `/api/cohorts/${id(cohortId)}/invitations/import`,
      body,
      { context: handledErrors(400, 409) },
    );
  }

  /** Reminds the given invitations, or every one still sent or opened when `ids` is omitted. */
  remind(cohortId: string, invitationIds?: readonly string[]): Observable<{ reminded: number }> {
    const body = invitationIds ? { invitationIds: [...invitationIds] } : {};
    return this.http.post<{ reminded: number }>(
      `/api/cohorts/${id(cohortId)}/invitations/remind`,
      body,
      { context: handledErrors(400, 409) },
    );
  }

  /** Messages sent about the cohort (newest first), with their full text and delivery status. */
  messages(cohortId: string, query: PageQuery = {}): Observable<Page<MailMessageView>> {
    return this.http.get<Page<MailMessageView>>(`/api/cohorts/${id(cohortId)}/messages`, {
      params: toRecruitmentParams(query),
    });
  }

  // --- screening -------------------------------------------------------------------------------

  /**
   * Per recruiting (or matching) cohort I run: applications still to screen, the mentee goals
   * among them flagged for a conversation, and who is waitlisted. Most to screen first.
   */
  screeningSummary(): Observable<ScreeningSummary[]> {
    return this.http.get<ScreeningSummary[]>('/api/recruitment/screening-summary');
  }

  applications(
    cohortId: string,
    query: ApplicationListQuery = {},
  ): Observable<Page<ApplicationSummary>> {
    return this.http.get<Page<ApplicationSummary>>(`/api/cohorts/${id(cohortId)}/applications`, {
      params: toRecruitmentParams(query),
    });
  }

  application(applicationId: string): Observable<ApplicationDetail> {
    return this.http.get<ApplicationDetail>(`/api/applications/${id(applicationId)}`);
  }

  /**
   * Approve, waitlist or reject one application. 400 (a rejection without reason or message) and
   * 409 (not possible from the current status) are shown where the decision was made.
   */
  decide(applicationId: string, request: DecisionRequest): Observable<ApplicationSummary> {
    return this.http.post<ApplicationSummary>(
      `/api/applications/${id(applicationId)}/decision`,
      request,
      { context: handledErrors(400, 409) },
    );
  }

  /** Each application is decided on its own; refusals come back in `failed`. */
  decideMany(cohortId: string, request: BulkDecisionRequest): Observable<BulkDecisionResult> {
    return this.http.post<BulkDecisionResult>(
      `/api/cohorts/${id(cohortId)}/applications/decisions`,
      request,
      { context: handledErrors(400, 409) },
    );
  }

  /** Invited → applied → approved → matched per role, with what waits for screening. */
  funnel(cohortId: string): Observable<CohortFunnel> {
    return this.http.get<CohortFunnel>(`/api/cohorts/${id(cohortId)}/funnel`);
  }

  // --- program: forms and eligibility -------------------------------------------------------------

  /** The current application form of a role (version 1 is created from the defaults). */
  form(programId: string, role: ParticipantRole): Observable<FormDefinition> {
    return this.http.get<FormDefinition>(`/api/programs/${id(programId)}/forms`, {
      params: { role },
    });
  }

  /** Every version of a role's form, newest first. */
  formVersions(programId: string, role: ParticipantRole): Observable<FormDefinition[]> {
    return this.http.get<FormDefinition[]>(`/api/programs/${id(programId)}/forms/versions`, {
      params: { role },
    });
  }

  /** Saves the questions as a new version; 400 details (`questions.2.type`) go on the editor. */
  saveForm(
    programId: string,
    role: ParticipantRole,
    questions: readonly FormQuestion[],
  ): Observable<FormDefinition> {
    return this.http.put<FormDefinition>(
      `/api/programs/${id(programId)}/forms`,
      { questions: [...questions] },
      { params: { role }, context: handledErrors(400) },
    );
  }

  settings(programId: string): Observable<RecruitmentSettings> {
    return this.http.get<RecruitmentSettings>(
      `/api/programs/${id(programId)}/recruitment-settings`,
    );
  }

  saveSettings(programId: string, settings: RecruitmentSettings): Observable<RecruitmentSettings> {
    return this.http.put<RecruitmentSettings>(
      `/api/programs/${id(programId)}/recruitment-settings`,
      settings,
      { context: handledErrors(400) },
    );
  }
}

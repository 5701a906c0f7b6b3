import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import {
  ApplicationDetail,
  ApplicationFormView,
  ApplicationStatus,
  ApplicationSummary,
  OpenCohort,
  ParticipantRole,
  SubmitApplicationRequest,
  UpdateApplicationRequest,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom, forkJoin, map, Observable, of, switchMap } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/**
 * The applicant's side of recruitment (anyone signed in): cohorts recruiting now, the application
 * form, applying, my applications, editing, withdrawing and declining an invitation.
 */
@Injectable({ providedIn: 'root' })
export class ApplicationsApi {
  private readonly http = inject(HttpClient);

  /** Cohorts recruiting now, with my invitation and application per role. */
  recruiting(): Observable<OpenCohort[]> {
    return this.http.get<OpenCohort[]>('/api/recruiting');
  }

  /**
   * The form for a role, my eligibility, pre-filled answers and directory profile. Opening it
   * marks my invitation "opened". 404 (not recruiting) is shown on the page.
   */
  applicationForm(cohortId: string, role: ParticipantRole): Observable<ApplicationFormView> {
    return this.http.get<ApplicationFormView>(`/api/cohorts/${id(cohortId)}/application-form`, {
      params: { role },
      context: handledErrors(404),
    });
  }

  /** 400 (answers), 403 (not eligible) and 409 (already applied) are shown on the form. */
  apply(cohortId: string, request: SubmitApplicationRequest): Observable<ApplicationDetail> {
    return this.http.post<ApplicationDetail>(`/api/cohorts/${id(cohortId)}/applications`, request, {
      context: handledErrors(400, 403, 409),
    });
  }

  /** My applications, newest first. */
  mine(): Observable<ApplicationSummary[]> {
    return this.http.get<ApplicationSummary[]>('/api/applications/mine');
  }

  /**
   * My applications with their program and cohort names, newest first. The summaries carry no
   * names, so each one is read in full (people have a handful of applications at most).
   */
  mineInFull(): Observable<ApplicationDetail[]> {
    return this.mine().pipe(
      switchMap((list) =>
        list.length
          ? forkJoin(
              list.map((summary) =>
                this.http.get<ApplicationDetail>(`/api/applications/${id(summary.id)}`),
              ),
            )
          : of([]),
      ),
    );
  }

  /** 404 (not mine, or gone) is shown on the page. */
  get(applicationId: string): Observable<ApplicationDetail> {
    return this.http.get<ApplicationDetail>(`/api/applications/${id(applicationId)}`, {
      context: handledErrors(404),
    });
  }

  /** Change my answers while the application waits for screening. 400 and 409 shown inline. */
  update(applicationId: string, request: UpdateApplicationRequest): Observable<ApplicationDetail> {
    return this.http.put<ApplicationDetail>(`/api/applications/${id(applicationId)}`, request, {
      context: handledErrors(400, 409),
    });
  }

  /** Withdraw before matching; frees the place. 409 (too late) is shown inline. */
  withdraw(applicationId: string): Observable<ApplicationDetail> {
    return this.http.post<ApplicationDetail>(
      `/api/applications/${id(applicationId)}/withdraw`,
      null,
      { context: handledErrors(409) },
    );
  }

  /** Say "no, thanks" to an invitation addressed to me. */
  declineInvitation(invitationId: string): Observable<void> {
    return this.http
      .post(`/api/invitations/${id(invitationId)}/decline`, null, {
        context: handledErrors(404, 409),
      })
      .pipe(map(() => undefined));
  }
}

// --- open calls (navigation badge) ----------------------------------------------------------------

/** Invitations still waiting for my answer: sent or opened, not applied or declined yet. */
export function invitationsToAnswer(cohorts: readonly OpenCohort[]): number {
  return cohorts
    .flatMap((cohort) => cohort.mine)
    .filter((entry) => entry.invitationStatus === 'sent' || entry.invitationStatus === 'opened')
    .length;
}

/**
 * The cohorts recruiting now, for the navigation badge ("Join a program"). The shell loads it
 * after sign-in; pages refresh it after applying, withdrawing or declining.
 */
@Injectable({ providedIn: 'root' })
export class OpenCallsStore {
  private readonly api = inject(ApplicationsApi);
  private readonly state = signal<OpenCohort[]>([]);
  private loading: Promise<void> | null = null;

  readonly cohorts = this.state.asReadonly();
  /** Invitations still waiting for my answer. */
  readonly invitationsToAnswer = computed(() => invitationsToAnswer(this.state()));

  /** Loads the list again; failures keep the last known list (the badge is a hint, not data). */
  refresh(): Promise<void> {
    this.loading ??= firstValueFrom(this.api.recruiting())
      .then((list) => this.state.set(list))
      .catch(() => undefined)
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /** Takes a list loaded elsewhere (the open calls page), saving a request. */
  set(list: OpenCohort[]): void {
    this.state.set(list);
  }

  clear(): void {
    this.state.set([]);
  }
}

// --- what happens next (the applicant's words) --------------------------------------------------

/**
 * What happens next for an application in each status, in the applicant's words (the homes and
 * the application page say the same). Colours and icons of the status chip live in
 * `@mentorbridge/web-enrollment-ui`.
 */
export function applicationNextStep(status: ApplicationStatus, role: ParticipantRole): string {
  const partner = role === 'mentee' ? 'your mentor' : 'your mentees';
  switch (status) {
    case 'submitted':
      return 'HR is reviewing applications. You can still change your answers until they decide.';
    case 'approved':
      return `You're in. We will tell you when matching is done; then you'll see ${partner} here.`;
    case 'waitlisted':
      return "You're on the waiting list. If a place opens up, HR will let you know.";
    case 'rejected':
      return 'HR could not offer you a place in this cohort.';
    case 'withdrawn':
      return 'You withdrew this application, so your place went back to the program.';
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ApplicationDetail, ParticipantRole } from '@mentorbridge/shared-contracts';
import { ApplicationsApi, OpenCallsStore } from '@mentorbridge/web-enrollment-data-access';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { map } from 'rxjs';
import { ApplicantProfileComponent } from './applicant-profile.component';
import { ApplicationEditorComponent, SendAnswers } from './application-editor.component';
import { cadenceText, formatDay } from './cohort-facts';
import { HasUnsavedAnswers } from './unsaved-answers.guard';

/** Shown on the application page after a redirect from here. */
export const SUBMITTED_NOTICE = 'submitted';

function roleOf(value: string | null): ParticipantRole {
  return value === 'mentor' ? 'mentor' : 'mentee';
}

/**
 * Applying to a recruiting cohort in one role: my directory profile as the application will use
 * it, why I can't apply (if so), and the program's form, pre-filled where the directory knows.
 */
@Component({
  selector: 'mb-apply-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    ApplicantProfileComponent,
    ApplicationEditorComponent,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './apply.page.html',
  styleUrl: './apply.page.scss',
})
export class ApplyPage implements HasUnsavedAnswers {
  private readonly api = inject(ApplicationsApi);
  private readonly store = inject(OpenCallsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly cohortId = toSignal(
    this.route.paramMap.pipe(map((params) => params.get('cohortId') ?? '')),
    { initialValue: this.route.snapshot.paramMap.get('cohortId') ?? '' },
  );
  protected readonly role = toSignal(
    this.route.queryParamMap.pipe(map((params) => roleOf(params.get('role')))),
    { initialValue: roleOf(this.route.snapshot.queryParamMap.get('role')) },
  );
  private readonly params = computed(() => ({ cohortId: this.cohortId(), role: this.role() }));

  protected readonly view = rxResource({
    params: () => this.params(),
    stream: ({ params }) => this.api.applicationForm(params.cohortId, params.role),
  });
  protected readonly loaded = computed(() => (this.view.hasValue() ? this.view.value() : null));
  protected readonly notFound = computed(
    () => this.view.status() === 'error' && httpStatusOf(this.view.error()) === 404,
  );

  /** The server's refusal (403 not eligible), in words. */
  protected readonly refusal = linkedSignal<unknown, string | null>({
    source: this.params,
    computation: () => null,
  });
  /** 409: already applied in this role. */
  protected readonly conflict = linkedSignal<unknown, string | null>({
    source: this.params,
    computation: () => null,
  });
  /** Anything else that stopped the application (network, server). */
  protected readonly sendError = linkedSignal<unknown, string | null>({
    source: this.params,
    computation: () => null,
  });

  protected readonly title = computed(() =>
    this.role() === 'mentor' ? 'Apply as a mentor' : 'Apply as a mentee',
  );
  protected readonly subtitle = computed(() => {
    const cohort = this.loaded()?.cohort;
    return cohort ? `${cohort.programName} · ${cohort.cohortName}` : null;
  });
  protected readonly commitment = computed(() => {
    const cohort = this.loaded()?.cohort;
    return cohort
      ? `${cadenceText(cohort)}, from ${formatDay(cohort.startDate)} to ${formatDay(cohort.endDate)}.`
      : '';
  });
  protected readonly cantApplyTitle = computed(
    () => `You can't apply as a ${this.role()} in this program yet`,
  );
  protected readonly notEligible = computed(() => {
    const view = this.loaded();
    return !!view && !view.eligibility.eligible;
  });
  protected readonly blockedReason = computed(() =>
    this.notEligible() || this.refusal()
      ? "You can't send this application: see why at the top of the page."
      : null,
  );

  protected readonly send: SendAnswers = (answers) =>
    this.api.apply(this.cohortId(), { role: this.role(), answers });

  private readonly editor = viewChild(ApplicationEditorComponent);

  hasUnsavedChanges(): boolean {
    return this.editor()?.hasUnsavedChanges() ?? false;
  }

  protected async onSaved(detail: ApplicationDetail): Promise<void> {
    void this.store.refresh();
    await this.router.navigate(['/applications', detail.id], {
      state: { notice: SUBMITTED_NOTICE },
    });
  }

  protected onFailed(error: unknown): void {
    const status = httpStatusOf(error);
    const message = toApiError(error).message;
    if (status === 403) {
      this.refusal.set(message);
    } else if (status === 409) {
      this.conflict.set(message);
      // Learn which application it is, to offer opening it.
      this.view.reload();
    } else {
      this.sendError.set(message);
    }
    // The banner at the top says what happened.
    this.host.nativeElement.scrollIntoView?.({ block: 'start' });
  }
}

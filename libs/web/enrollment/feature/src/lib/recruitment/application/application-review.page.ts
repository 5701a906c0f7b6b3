import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  APPLICATION_STATUS_LABELS,
  ApplicationDetail,
  ApplicationSummary,
  Decision,
  GOAL_FLAG_LABELS,
  SENIORITY_LABELS,
} from '@mentorbridge/shared-contracts';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import {
  AnswersViewComponent,
  ApplicationStatusChipComponent,
} from '@mentorbridge/web-enrollment-ui';
import { httpStatusOf } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import {
  DecisionDialogComponent,
  DecisionDialogData,
} from '../screening/decision-dialog.component';
import {
  DECISION_DONE,
  DECISION_LABELS,
  decisionBlocked,
  GOAL_FLAG_ADVICE,
  ROLE_LABELS,
} from '../shared/labels';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { routeParam } from '../shared/route-params';

interface DecisionButton {
  decision: Decision;
  label: string;
  icon: string;
  blocked: string | null;
}

const DECISION_ICONS: Record<Decision, string> = {
  approve: 'check',
  waitlist: 'schedule',
  reject: 'close',
};

/**
 * One application as HR screens it: who applied (the directory profile when they applied), what
 * they answered, whether the goal needs a conversation, what was decided and by whom.
 */
@Component({
  selector: 'mb-application-review-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    AnswersViewComponent,
    ApplicationStatusChipComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-review.page.html',
  styleUrl: './application-review.page.scss',
})
export class ApplicationReviewPage {
  private readonly api = inject(RecruitmentApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusLabels = APPLICATION_STATUS_LABELS;
  protected readonly flagLabels = GOAL_FLAG_LABELS;
  protected readonly flagAdvice = GOAL_FLAG_ADVICE;
  protected readonly seniorityLabels = SENIORITY_LABELS;

  protected readonly applicationId = routeParam(this.route, 'applicationId');
  protected readonly application = rxResource({
    params: () => this.applicationId(),
    stream: ({ params }) => this.api.application(params),
  });
  protected readonly notFound = computed(
    () => this.application.status() === 'error' && httpStatusOf(this.application.error()) === 404,
  );

  protected readonly buttons = computed<DecisionButton[]>(() => {
    if (!this.application.hasValue()) {
      return [];
    }
    const a = this.application.value();
    return (['approve', 'waitlist', 'reject'] as const).map((decision) => ({
      decision,
      label: DECISION_LABELS[decision],
      icon: DECISION_ICONS[decision],
      blocked: decisionBlocked(decision, a.status, a.cohortState, a.cohortName),
    }));
  });
  protected readonly decidable = computed(() => this.buttons().some((b) => !b.blocked));

  protected readonly deciding = signal(false);
  protected readonly findingNext = signal(false);

  protected async decide(button: DecisionButton): Promise<void> {
    if (!this.application.hasValue() || button.blocked || this.deciding()) {
      return;
    }
    const a = this.application.value();
    this.deciding.set(true);
    try {
      const ref = this.dialog.open<
        DecisionDialogComponent,
        DecisionDialogData<ApplicationSummary>,
        ApplicationSummary
      >(DecisionDialogComponent, {
        data: {
          decision: button.decision,
          subject: `${a.applicant.displayName}'s application`,
          count: 1,
          submit: (request) => this.api.decide(a.id, request),
        },
        width: '560px',
        maxWidth: '95vw',
        autoFocus: button.decision === 'reject' ? 'textarea' : 'first-tabbable',
        disableClose: button.decision === 'reject',
      });
      const summary = await firstValueFrom(ref.afterClosed());
      if (!summary) {
        return;
      }
      // Show the new status at once; the reload brings the decision history.
      this.application.set({ ...a, ...summary } satisfies ApplicationDetail);
      this.application.reload();
      this.snackBar.open(
        `${a.applicant.displayName}: ${DECISION_DONE[button.decision]}. They get an email.`,
        'OK',
        { duration: 5000 },
      );
    } finally {
      this.deciding.set(false);
    }
  }

  /** Opens the oldest application still to screen in the same cohort. */
  protected async nextToScreen(): Promise<void> {
    if (!this.application.hasValue() || this.findingNext()) {
      return;
    }
    const a = this.application.value();
    this.findingNext.set(true);
    try {
      const page = await firstValueFrom(
        this.api.applications(a.cohortId, {
          status: 'submitted',
          sort: 'submittedAt',
          direction: 'asc',
          page: 1,
          pageSize: 2,
        }),
      );
      const next = page.items.find((item) => item.id !== a.id);
      if (next) {
        await this.router.navigate(['..', next.id], {
          relativeTo: this.route,
          queryParamsHandling: 'preserve',
        });
      } else {
        this.snackBar.open('Nothing left to screen — everyone has an answer.', 'OK', {
          duration: 5000,
        });
      }
    } catch {
      // The error toast has said what went wrong.
    } finally {
      this.findingNext.set(false);
    }
  }
}

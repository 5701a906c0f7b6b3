import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ApplicationDetail, GoalFlag } from '@mentorbridge/shared-contracts';
import {
  applicationNextStep,
  ApplicationsApi,
  OpenCallsStore,
} from '@mentorbridge/web-enrollment-data-access';
import {
  AnswersViewComponent,
  ApplicationStatusChipComponent,
} from '@mentorbridge/web-enrollment-ui';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom, map } from 'rxjs';
import { SUBMITTED_NOTICE } from '../apply/apply.page';
import { formatMoment } from '../apply/cohort-facts';
import { confirmWithdraw } from './withdraw-dialog.component';

/** Shown after a redirect from the edit page. */
export const UPDATED_NOTICE = 'updated';

const GOAL_FLAG_WORDS: Readonly<Record<GoalFlag, string>> = {
  too_short: 'Your goal is quite short.',
  generic: 'Your goal reads a bit general.',
};

/**
 * One of my applications: where it stands and what happens next, HR's message, a kind word if
 * HR may want to talk about my goal, my answers, and editing or withdrawing while that is allowed.
 */
@Component({
  selector: 'mb-application-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AnswersViewComponent,
    ApplicationStatusChipComponent,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application.page.html',
  styleUrl: './application.page.scss',
})
export class ApplicationPage {
  private readonly api = inject(ApplicationsApi);
  private readonly store = inject(OpenCallsStore);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  /** "Sent" or "saved" after arriving from the form. */
  protected readonly notice = signal<string | null>(
    (inject(Router).currentNavigation()?.extras.state?.['notice'] as string | undefined) ?? null,
  );
  protected readonly submittedNotice = SUBMITTED_NOTICE;
  protected readonly updatedNotice = UPDATED_NOTICE;

  protected readonly applicationId = toSignal(
    this.route.paramMap.pipe(map((params) => params.get('applicationId') ?? '')),
    { initialValue: this.route.snapshot.paramMap.get('applicationId') ?? '' },
  );
  protected readonly application = rxResource({
    params: () => this.applicationId(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly loaded = computed(() =>
    this.application.hasValue() ? this.application.value() : null,
  );
  protected readonly notFound = computed(
    () => this.application.status() === 'error' && httpStatusOf(this.application.error()) === 404,
  );

  protected readonly withdrawing = signal(false);
  protected readonly actionError = signal<string | null>(null);

  protected readonly subtitle = computed(() => {
    const a = this.loaded();
    return a ? `${a.cohortName} · as a ${a.role} · sent ${formatMoment(a.submittedAt)}` : null;
  });
  protected readonly nextStep = computed(() => {
    const a = this.loaded();
    return a ? applicationNextStep(a.status, a.role) : '';
  });
  protected readonly decidedOn = computed(() => {
    const a = this.loaded();
    if (!a) {
      return null;
    }
    if (a.status === 'withdrawn') {
      return a.withdrawnAt ? `Withdrawn on ${formatMoment(a.withdrawnAt)}` : null;
    }
    return a.decidedAt ? `Decided on ${formatMoment(a.decidedAt)}` : null;
  });
  /** The goal flag, kindly, while it can still matter. */
  protected readonly goalNote = computed(() => {
    const a = this.loaded();
    if (!a || a.role !== 'mentee' || !a.goalFlag) {
      return null;
    }
    if (a.status === 'withdrawn' || a.status === 'rejected') {
      return null;
    }
    return GOAL_FLAG_WORDS[a.goalFlag];
  });

  protected async withdraw(application: ApplicationDetail): Promise<void> {
    if (this.withdrawing()) {
      return;
    }
    const confirmed = await confirmWithdraw(this.dialog, {
      programName: application.programName,
      cohortName: application.cohortName,
      role: application.role,
      status: application.status,
    });
    if (!confirmed) {
      return;
    }
    this.withdrawing.set(true);
    this.actionError.set(null);
    try {
      const updated = await firstValueFrom(this.api.withdraw(application.id));
      this.application.set(updated);
      this.notice.set(null);
      void this.store.refresh();
      this.snackBar.open('Your application is withdrawn; your place is freed.', 'OK', {
        duration: 5000,
      });
    } catch (error: unknown) {
      this.actionError.set(toApiError(error).message);
      if (httpStatusOf(error) === 409) {
        this.application.reload();
      }
    } finally {
      this.withdrawing.set(false);
    }
  }
}

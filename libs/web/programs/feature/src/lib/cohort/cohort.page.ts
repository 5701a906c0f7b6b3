import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  COHORT_STATE_LABELS,
  COHORT_STATES,
  COHORT_TRANSITION_VERBS,
  CohortDetail,
  CohortFunnel,
  CohortNextStep,
} from '@mentorbridge/shared-contracts';
import { CohortsApi, cohortStateChip } from '@mentorbridge/web-programs-data-access';
import { handledErrors, httpStatusOf } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom, map } from 'rxjs';
import { CohortDialogComponent, CohortDialogData } from '../program/cohort-dialog.component';
import { CohortStateChipComponent } from '../ui/cohort-state-chip.component';
import { CohortTimelineComponent } from '../ui/cohort-timeline.component';
import { LocalDatePipe } from '../ui/local-date.pipe';
import { TransitionDialogComponent, TransitionDialogData } from './transition-dialog.component';

/** A next step as the page shows it. */
interface StepView {
  step: CohortNextStep;
  verb: string;
  /** Moves forward in the cycle (filled button) rather than back (outlined). */
  forward: boolean;
  /** The blocking gate is the readiness assessment: link to it. */
  readinessLink: { label: string; commands: string[] } | null;
}

/**
 * One cohort and its state machine: where it is (timeline), what can happen next (actions,
 * disabled with the reason when a gate blocks them, with an override where allowed) and what
 * happened so far (the transition log).
 */
@Component({
  selector: 'mb-cohort-page',
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
    StatusChipComponent,
    CohortStateChipComponent,
    CohortTimelineComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort.page.html',
  styleUrl: './cohort.page.scss',
})
export class CohortPage {
  private readonly api = inject(CohortsApi);
  private readonly http = inject(HttpClient);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly route = inject(ActivatedRoute);

  protected readonly stateLabels = COHORT_STATE_LABELS;

  private readonly params = toSignal(
    this.route.paramMap.pipe(
      map((params) => ({
        programId: params.get('programId') ?? '',
        cohortId: params.get('cohortId') ?? '',
      })),
    ),
    {
      initialValue: {
        programId: this.route.snapshot.paramMap.get('programId') ?? '',
        cohortId: this.route.snapshot.paramMap.get('cohortId') ?? '',
      },
    },
  );
  protected readonly cohort = rxResource({
    params: () => this.params().cohortId,
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly notFound = computed(
    () => this.cohort.status() === 'error' && httpStatusOf(this.cohort.error()) === 404,
  );
  protected readonly programId = computed(() =>
    this.cohort.hasValue() ? this.cohort.value().programId : this.params().programId,
  );

  /**
   * Applications waiting for screening, shown on the recruitment button while the cohort recruits
   * or matches. (The one-way cycle keeps enrollment's data access out of programs, so the funnel
   * is read here directly; a failure only hides the count.)
   */
  private readonly funnel = rxResource({
    params: () =>
      this.cohort.hasValue() && ['recruiting', 'matching'].includes(this.cohort.value().state)
        ? this.cohort.value().id
        : undefined,
    stream: ({ params }) =>
      this.http.get<CohortFunnel>(`/api/cohorts/${encodeURIComponent(params)}/funnel`, {
        context: handledErrors(403, 404, 500, 503),
      }),
  });
  protected readonly toScreen = computed(() =>
    this.funnel.hasValue() ? this.funnel.value().toScreen : 0,
  );

  protected readonly stateChip = computed(() =>
    this.cohort.hasValue() ? cohortStateChip(this.cohort.value().state) : null,
  );

  protected readonly steps = computed<StepView[]>(() => {
    if (!this.cohort.hasValue()) {
      return [];
    }
    const cohort = this.cohort.value();
    const position = COHORT_STATES.indexOf(cohort.state);
    return cohort.nextSteps.map((step) => ({
      step,
      verb: COHORT_TRANSITION_VERBS[step.to],
      forward: COHORT_STATES.indexOf(step.to) > position,
      readinessLink: this.readinessLink(step),
    }));
  });

  /** Newest first: what happened last is what people look for. */
  protected readonly log = computed(() =>
    this.cohort.hasValue() ? [...this.cohort.value().transitions].reverse() : [],
  );

  protected async move(view: StepView, override = false): Promise<void> {
    if (!this.cohort.hasValue() || (!override && !view.step.allowed)) {
      return;
    }
    const cohort = this.cohort.value();
    const ref = this.dialog.open<TransitionDialogComponent, TransitionDialogData, CohortDetail>(
      TransitionDialogComponent,
      {
        data: { cohort, step: view.step, override, onRefused: () => this.cohort.reload() },
        width: '520px',
        maxWidth: '95vw',
        autoFocus: override ? 'textarea' : 'first-tabbable',
      },
    );
    const updated = await firstValueFrom(ref.afterClosed());
    if (updated) {
      this.cohort.set(updated);
      this.snackBar.open(`${updated.name} is now ${COHORT_STATE_LABELS[updated.state]}.`, 'OK', {
        duration: 4000,
      });
    }
  }

  protected async edit(): Promise<void> {
    if (!this.cohort.hasValue() || this.cohort.value().state === 'closed') {
      return;
    }
    const cohort = this.cohort.value();
    const ref = this.dialog.open<CohortDialogComponent, CohortDialogData, CohortDetail>(
      CohortDialogComponent,
      {
        data: { programId: cohort.programId, programName: cohort.programName, cohort },
        width: '520px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
        disableClose: true,
      },
    );
    const updated = await firstValueFrom(ref.afterClosed());
    if (updated) {
      this.cohort.set(updated);
      this.snackBar.open(`${updated.name} is saved.`, 'OK', { duration: 4000 });
    }
  }

  private readinessLink(step: CohortNextStep): StepView['readinessLink'] {
    const reason = step.blockedBy ?? '';
    if (step.allowed || !/readiness/i.test(reason)) {
      return null;
    }
    const programId = this.programId();
    return /no completed/i.test(reason)
      ? { label: 'Assess readiness', commands: ['/programs', programId, 'readiness', 'new'] }
      : { label: 'Open readiness', commands: ['/programs', programId, 'readiness'] };
  }
}

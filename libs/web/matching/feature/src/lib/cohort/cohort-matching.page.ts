import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  COHORT_STATE_LABELS,
  MatchConstraintView,
  MatchRunState,
  MatchRunSummary,
} from '@mentorbridge/shared-contracts';
import {
  MatchingApi,
  matchRunStateChip,
  MatchStatusChip,
  runOptimalityChip,
} from '@mentorbridge/web-matching-data-access';
import { CohortsApi, cohortStateChip } from '@mentorbridge/web-programs-data-access';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { formatDuration, formatScore } from '../shared/format';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { routeParam } from '../shared/route-params';
import { RunProgressComponent } from '../ui/run-progress.component';
import { CompareRunsDialogComponent, CompareRunsDialogData } from './compare-runs-dialog.component';
import { MenteeChoiceSectionComponent } from './mentee-choice-section.component';

/** Runs whose proposal is complete, so they can be compared. */
export const FINISHED_RUN_STATES: readonly MatchRunState[] = ['draft', 'published', 'discarded'];

interface RunRow {
  run: MatchRunSummary;
  state: MatchStatusChip;
  quality: MatchStatusChip | null;
  matched: string;
  score: string;
  duration: string;
}

/**
 * Matching of one cohort for its HR leads: start a run, watch it work, open a draft to review it,
 * compare two runs, and keep track of the pins and bans every later run keeps.
 */
@Component({
  selector: 'mb-cohort-matching-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatusChipComponent,
    LocalDatePipe,
    RunProgressComponent,
    MenteeChoiceSectionComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-matching.page.html',
  styleUrl: './cohort-matching.page.scss',
})
export class CohortMatchingPage {
  private readonly api = inject(MatchingApi);
  private readonly cohortsApi = inject(CohortsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly columns = [
    'number',
    'state',
    'matched',
    'score',
    'quality',
    'duration',
    'created',
  ] as const;

  protected readonly programId = routeParam(this.route, 'programId');
  protected readonly cohortId = routeParam(this.route, 'cohortId');

  protected readonly cohort = rxResource({
    params: () => this.cohortId(),
    stream: ({ params }) => this.cohortsApi.get(params),
  });
  protected readonly notFound = computed(
    () => this.cohort.status() === 'error' && httpStatusOf(this.cohort.error()) === 404,
  );
  protected readonly stateChip = computed(() =>
    this.cohort.hasValue() ? cohortStateChip(this.cohort.value().state) : null,
  );

  /** Asked again every second while a run is running, so its progress and end show by itself. */
  protected readonly runs = rxResource({
    params: () => this.cohortId(),
    stream: ({ params }) => this.api.watchRuns(params),
  });
  protected readonly constraints = rxResource({
    params: () => this.cohortId(),
    stream: ({ params }) => this.api.constraints(params),
  });

  protected readonly rows = computed<RunRow[]>(() =>
    (this.runs.hasValue() ? this.runs.value() : []).map((run) => ({
      run,
      state: matchRunStateChip(run.state),
      quality: runOptimalityChip(run),
      matched: run.objective ? `${run.objective.matched} of ${run.mentees}` : '—',
      score: run.objective ? formatScore(run.objective.totalScore) : '—',
      duration: formatDuration(run.durationMs),
    })),
  );
  protected readonly running = computed(
    () => this.rows().find((row) => row.run.state === 'running')?.run ?? null,
  );
  protected readonly comparable = computed(() =>
    this.rows()
      .map((row) => row.run)
      .filter((run) => FINISHED_RUN_STATES.includes(run.state)),
  );

  protected readonly starting = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly removing = signal<string | null>(null);

  /** Why a new run cannot start now, or null when it can. */
  protected readonly startBlocked = computed<string | null>(() => {
    const running = this.running();
    if (running) {
      return `Run #${running.number} is still running: wait for it to finish.`;
    }
    if (!this.cohort.hasValue()) {
      return 'Loading the cohort…';
    }
    const cohort = this.cohort.value();
    return cohort.state === 'matching'
      ? null
      : `Runs are possible while the cohort is Matching; ${cohort.name} is ${COHORT_STATE_LABELS[cohort.state]}.`;
  });

  protected readonly compareBlocked = computed(() =>
    this.comparable().length < 2 ? 'Comparing needs two finished runs.' : null,
  );

  protected async startRun(): Promise<void> {
    if (this.startBlocked() || this.starting()) {
      return;
    }
    this.starting.set(true);
    this.problem.set(null);
    try {
      const run = await firstValueFrom(this.api.startRun(this.cohortId()));
      this.snackBar.open(`Run #${run.number} started.`, 'OK', { duration: 4000 });
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.starting.set(false);
      this.runs.reload();
    }
  }

  protected openRun(run: MatchRunSummary): void {
    void this.router.navigate(['runs', run.id], { relativeTo: this.route });
  }

  protected compare(): void {
    if (this.compareBlocked()) {
      return;
    }
    this.dialog.open<CompareRunsDialogComponent, CompareRunsDialogData>(
      CompareRunsDialogComponent,
      {
        data: { runs: this.comparable() },
        width: '880px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      },
    );
  }

  protected async removeConstraint(constraint: MatchConstraintView): Promise<void> {
    if (this.removing()) {
      return;
    }
    this.removing.set(constraint.id);
    this.problem.set(null);
    try {
      await firstValueFrom(this.api.removeConstraint(constraint.id));
      this.snackBar.open(
        constraint.kind === 'pin'
          ? `Pin removed: later runs may pair ${constraint.mentee.displayName} differently.`
          : `${constraint.mentor.displayName} and ${constraint.mentee.displayName} may be paired again.`,
        'OK',
        { duration: 4000 },
      );
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.removing.set(null);
      this.constraints.reload();
    }
  }

  protected constraintLabel(constraint: MatchConstraintView): string {
    const pair = `${constraint.mentor.displayName} and ${constraint.mentee.displayName}`;
    return constraint.kind === 'pin' ? `Remove the pin of ${pair}` : `Allow ${pair} again`;
  }

  protected readonly trackRow = (_: number, row: RunRow) => row.run.id;
}

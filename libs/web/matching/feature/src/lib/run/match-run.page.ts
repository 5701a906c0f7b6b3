import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  COHORT_STATE_LABELS,
  MATCH_RUN_STATE_LABELS,
  MatchConstraintView,
  MatchPersonView,
  MatchProposalView,
  MatchRunDetail,
} from '@mentorbridge/shared-contracts';
import {
  MatchingApi,
  matchRunStateChip,
  personLine,
  reasonFailure,
  runOptimalityChip,
} from '@mentorbridge/web-matching-data-access';
import { CohortsApi } from '@mentorbridge/web-programs-data-access';
import {
  downloadTextFile,
  httpStatusOf,
  toApiError,
  toCsv,
} from '@mentorbridge/web-shared-data-access';
import {
  askForReason,
  BannerComponent,
  confirmAction,
  EmptyStateComponent,
  LoadFailedComponent,
  LocalDatePipe,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { formatDuration, formatScore, plural, SCORE_HELP, searchable } from '../shared/format';
import { routeParam } from '../shared/route-params';
import { PairBreakdownComponent } from '../ui/pair-breakdown.component';
import { RunProgressComponent } from '../ui/run-progress.component';
import { SwapDialogComponent, SwapDialogData } from './swap-dialog.component';
import { WhyNotComponent } from './why-not.component';

/** Same rules as the API: a reason of 3–500 characters is required to exclude a pair. */
const BAN_REASON = { min: 3, max: 500, label: 'The reason' } as const;

export const PROPOSAL_PAGE_SIZES = [10, 25, 50, 100];

export interface ProposalRow {
  proposal: MatchProposalView;
  /** The cohort's pin of this pair, when there is one. */
  pin: MatchConstraintView | null;
  /** The cohort's ban of this pair (later runs leave it out). */
  ban: MatchConstraintView | null;
  pinned: boolean;
  score: string;
  /** Length of the score bar, 0–100. */
  bar: number;
  label: string;
}

type SortKey = 'mentor' | 'mentee' | 'score' | 'warnings';

function pairKey(mentorUserId: string, menteeUserId: string): string {
  return `${mentorUserId}|${menteeUserId}`;
}

function compareRows(a: ProposalRow, b: ProposalRow, key: SortKey): number {
  switch (key) {
    case 'mentor':
      return a.proposal.mentor.displayName.localeCompare(b.proposal.mentor.displayName);
    case 'mentee':
      return a.proposal.mentee.displayName.localeCompare(b.proposal.mentee.displayName);
    case 'warnings':
      return a.proposal.warnings.length - b.proposal.warnings.length;
    default:
      return a.proposal.score - b.proposal.score;
  }
}

function uniquePeople(people: MatchPersonView[]): MatchPersonView[] {
  const byId = new Map(people.map((p) => [p.userId, p]));
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/**
 * One match run for HR to review: how good the proposal is, every pair with why it was made,
 * adjustments (pin, ban, swap), "why not?" for any other pair, who was left out, and publishing.
 * While the run works, its progress shows instead.
 */
@Component({
  selector: 'mb-match-run-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatusChipComponent,
    LocalDatePipe,
    PairBreakdownComponent,
    RunProgressComponent,
    WhyNotComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './match-run.page.html',
  styleUrl: './match-run.page.scss',
})
export class MatchRunPage {
  private readonly api = inject(MatchingApi);
  private readonly cohortsApi = inject(CohortsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  protected readonly pageSizes = PROPOSAL_PAGE_SIZES;
  protected readonly scoreHelp = SCORE_HELP;
  protected readonly columns = [
    'select',
    'mentor',
    'mentee',
    'score',
    'warnings',
    'actions',
  ] as const;

  protected readonly programId = routeParam(this.route, 'programId');
  protected readonly cohortId = routeParam(this.route, 'cohortId');
  protected readonly runId = routeParam(this.route, 'runId');

  protected readonly cohort = rxResource({
    params: () => this.cohortId(),
    stream: ({ params }) => this.cohortsApi.get(params),
  });
  /** Asked again every second while the run is running. */
  protected readonly run = rxResource({
    params: () => this.runId(),
    stream: ({ params }) => this.api.watchRun(params),
  });
  protected readonly constraints = rxResource({
    params: () => this.cohortId(),
    stream: ({ params }) => this.api.constraints(params),
  });

  protected readonly notFound = computed(
    () => this.run.status() === 'error' && httpStatusOf(this.run.error()) === 404,
  );
  protected readonly detail = computed<MatchRunDetail | null>(() =>
    this.run.hasValue() ? this.run.value() : null,
  );
  /** From the run (it names its cohort), or from the cohort while the run loads. */
  protected readonly cohortName = computed(
    () => this.detail()?.cohortName || (this.cohort.hasValue() ? this.cohort.value().name : ''),
  );
  protected readonly stateChip = computed(() => {
    const run = this.detail();
    return run ? matchRunStateChip(run.state) : null;
  });
  protected readonly qualityChip = computed(() => {
    const run = this.detail();
    return run ? runOptimalityChip(run) : null;
  });
  protected readonly finished = computed(() => {
    const state = this.detail()?.state;
    return state === 'draft' || state === 'published' || state === 'discarded';
  });
  protected readonly duration = computed(() => formatDuration(this.detail()?.durationMs ?? null));
  protected readonly totalScore = computed(() =>
    formatScore(this.detail()?.objective?.totalScore ?? null),
  );
  protected readonly averageScore = computed(() => {
    const run = this.detail();
    return run?.proposals.length
      ? formatScore(run.proposals.reduce((sum, p) => sum + p.score, 0) / run.proposals.length)
      : '—';
  });

  // --- pins and bans ------------------------------------------------------------------------------

  private readonly constraintsByPair = computed(() => {
    const pins = new Map<string, MatchConstraintView>();
    const bans = new Map<string, MatchConstraintView>();
    for (const c of this.constraints.hasValue() ? this.constraints.value() : []) {
      (c.kind === 'pin' ? pins : bans).set(pairKey(c.mentor.userId, c.mentee.userId), c);
    }
    return { pins, bans };
  });
  protected readonly pinCount = computed(() => this.constraintsByPair().pins.size);

  // --- proposals: filter, sort, page, selection ---------------------------------------------------

  protected readonly rows = computed<ProposalRow[]>(() => {
    const { pins, bans } = this.constraintsByPair();
    const known = this.constraints.hasValue();
    return (this.detail()?.proposals ?? []).map((proposal) => {
      const key = pairKey(proposal.mentor.userId, proposal.mentee.userId);
      const pin = pins.get(key) ?? null;
      return {
        proposal,
        pin,
        ban: bans.get(key) ?? null,
        pinned: known ? !!pin : proposal.pinned,
        score: formatScore(proposal.score),
        bar: Math.max(0, Math.min(100, Math.round(proposal.score))),
        label: `${proposal.mentor.displayName} and ${proposal.mentee.displayName}`,
      };
    });
  });

  protected readonly filterText = signal('');
  protected readonly warningsOnly = signal(false);
  protected readonly sort = signal<Sort>({ active: '', direction: '' });
  protected readonly pageSize = signal(25);
  protected readonly pageIndex = linkedSignal({
    source: () => ({ filter: this.filterText(), warnings: this.warningsOnly(), run: this.runId() }),
    computation: () => 0,
  });
  protected readonly selected = linkedSignal<string, ReadonlySet<string>>({
    source: this.runId,
    computation: () => new Set<string>(),
  });
  protected readonly openId = linkedSignal<string, string | null>({
    source: this.runId,
    computation: () => null,
  });

  protected readonly filtered = computed(() => {
    const term = searchable(this.filterText().trim());
    const warningsOnly = this.warningsOnly();
    return this.rows().filter(
      (row) =>
        (!warningsOnly || row.proposal.warnings.length > 0) &&
        (!term ||
          searchable(
            row.proposal.mentor.displayName,
            row.proposal.mentee.displayName,
            row.proposal.mentor.department,
            row.proposal.mentee.department,
          ).includes(term)),
    );
  });
  protected readonly sorted = computed(() => {
    const { active, direction } = this.sort();
    if (!direction || !active) {
      return this.filtered();
    }
    const factor = direction === 'asc' ? 1 : -1;
    return [...this.filtered()].sort((a, b) => factor * compareRows(a, b, active as SortKey));
  });
  protected readonly pageRows = computed(() => {
    const start = this.pageIndex() * this.pageSize();
    return this.sorted().slice(start, start + this.pageSize());
  });
  protected readonly openRow = computed(
    () => this.rows().find((row) => row.proposal.id === this.openId()) ?? null,
  );
  protected readonly selectedRows = computed(() =>
    this.rows().filter((row) => this.selected().has(row.proposal.id)),
  );

  /** "No common availability: 3 pairs", most frequent first. */
  protected readonly warningSummary = computed(() => {
    const counts = new Map<string, number>();
    for (const row of this.rows()) {
      for (const warning of row.proposal.warnings) {
        counts.set(warning, (counts.get(warning) ?? 0) + 1);
      }
    }
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([warning, count]) => ({ warning, count: plural(count, 'pair') }));
  });
  protected readonly pairsWithWarnings = computed(
    () => this.rows().filter((row) => row.proposal.warnings.length > 0).length,
  );

  /** Everyone of the run, for "why not?". */
  protected readonly people = computed(() => {
    const run = this.detail();
    return {
      mentors: uniquePeople([
        ...(run?.proposals.map((p) => p.mentor) ?? []),
        ...(run?.mentorsWithFreeCapacity.map((m) => m.person) ?? []),
      ]),
      mentees: uniquePeople([
        ...(run?.proposals.map((p) => p.mentee) ?? []),
        ...(run?.unmatched.map((u) => u.person) ?? []),
      ]),
    };
  });

  // --- what is possible now -----------------------------------------------------------------------

  protected readonly busy = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  private readonly cohortNotMatching = computed(() => {
    if (!this.cohort.hasValue()) {
      return null;
    }
    const cohort = this.cohort.value();
    return cohort.state === 'matching'
      ? null
      : `Runs are possible while the cohort is Matching; ${cohort.name} is ${COHORT_STATE_LABELS[cohort.state]}.`;
  });

  protected readonly publishBlocked = computed<string | null>(() => {
    const run = this.detail();
    if (!run) {
      return 'Loading the run…';
    }
    if (run.state !== 'draft') {
      return `Only a draft can be published; this run is ${MATCH_RUN_STATE_LABELS[run.state]}.`;
    }
    return run.proposals.length ? null : 'This run proposes no pairs.';
  });
  protected readonly discardBlocked = computed<string | null>(() => {
    const run = this.detail();
    if (!run) {
      return 'Loading the run…';
    }
    return run.state === 'draft'
      ? null
      : `Only a draft can be discarded; this run is ${MATCH_RUN_STATE_LABELS[run.state]}.`;
  });
  protected readonly rerunBlocked = computed<string | null>(() => {
    const run = this.detail();
    if (!run) {
      return 'Loading the run…';
    }
    if (run.state === 'running') {
      return 'This run is still running: wait for it to finish.';
    }
    return this.cohortNotMatching();
  });
  /** Pins and bans change the cohort's later runs. */
  protected readonly constraintBlocked = computed<string | null>(() => {
    const run = this.detail();
    if (run?.state === 'running') {
      return 'Wait for the run to finish.';
    }
    return run?.state === 'published' ? 'This run is published: its pairs are matches now.' : null;
  });
  protected readonly swapBlocked = computed<string | null>(() => {
    const run = this.detail();
    if (run?.state !== 'draft') {
      return 'Only a draft run can be changed.';
    }
    const count = this.selected().size;
    if (count !== 2) {
      return `Select two pairs to swap their mentors (${count} selected).`;
    }
    // What the server would refuse anyway, said before anyone tries.
    const [first, second] = this.selectedRows();
    const pinned = [first, second].find((row) => row?.pinned);
    if (pinned) {
      return `${pinned.label} are pinned: unpin them to swap.`;
    }
    if (first && first.proposal.mentor.userId === second?.proposal.mentor.userId) {
      return `${first.proposal.mentor.displayName} mentors both pairs: swapping changes nothing.`;
    }
    return null;
  });

  // --- table events -------------------------------------------------------------------------------

  protected onFilter(event: Event): void {
    this.filterText.set((event.target as HTMLInputElement).value);
  }

  protected onSort(sort: Sort): void {
    this.sort.set(sort);
    this.pageIndex.set(0);
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected toggleSelected(row: ProposalRow, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) {
      next.add(row.proposal.id);
    } else {
      next.delete(row.proposal.id);
    }
    this.selected.set(next);
  }

  /** A third pair can't join a swap of two. */
  protected selectionFull(row: ProposalRow): boolean {
    return this.selected().size >= 2 && !this.selected().has(row.proposal.id);
  }

  protected openBreakdown(row: ProposalRow): void {
    this.openId.set(row.proposal.id);
    afterNextRender(() => document.getElementById('pair-breakdown-heading')?.focus(), {
      injector: this.injector,
    });
  }

  protected closeBreakdown(): void {
    const id = this.openId();
    this.openId.set(null);
    if (id) {
      afterNextRender(
        () => document.querySelector<HTMLElement>(`[data-breakdown-for="${id}"]`)?.focus(),
        { injector: this.injector },
      );
    }
  }

  private readonly whyNot = viewChild(WhyNotComponent);

  protected askWhyNot(mentee: MatchPersonView): void {
    this.whyNot()?.askAbout(mentee);
  }

  // --- actions ------------------------------------------------------------------------------------

  private async act(name: string, work: () => Promise<void>): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.busy.set(name);
    this.problem.set(null);
    try {
      await work();
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.busy.set(null);
    }
  }

  protected togglePin(row: ProposalRow): Promise<void> {
    if (this.constraintBlocked()) {
      return Promise.resolve();
    }
    return this.act('pin', async () => {
      const { mentor, mentee } = row.proposal;
      if (row.pin) {
        await firstValueFrom(this.api.removeConstraint(row.pin.id));
        this.snackBar.open(`Unpinned ${row.label}.`, 'OK', { duration: 4000 });
      } else {
        await firstValueFrom(
          this.api.addConstraint(this.cohortId(), {
            kind: 'pin',
            mentorUserId: mentor.userId,
            menteeUserId: mentee.userId,
          }),
        );
        this.snackBar.open(`Pinned ${row.label}: every re-run keeps this pair.`, 'OK', {
          duration: 4000,
        });
      }
      this.constraints.reload();
    });
  }

  protected async toggleBan(row: ProposalRow): Promise<void> {
    if (this.constraintBlocked() || this.busy()) {
      return;
    }
    if (row.ban) {
      const ban = row.ban;
      return this.act('ban', async () => {
        await firstValueFrom(this.api.removeConstraint(ban.id));
        this.snackBar.open(`${row.label} may be paired again.`, 'OK', { duration: 4000 });
        this.constraints.reload();
      });
    }
    const { mentor, mentee } = row.proposal;
    const created = await askForReason(this.dialog, {
      title: `Never pair ${mentor.displayName} and ${mentee.displayName}?`,
      explanation:
        "Every later run of this cohort leaves this pair out. This run's proposal does not " +
        'change: re-run, or swap the pair by hand.',
      label: 'Reason',
      hint: "Only the program's HR leads see it.",
      rule: BAN_REASON,
      rows: 3,
      confirmLabel: 'Exclude the pair',
      sendingLabel: 'Excluding the pair',
      problemTitle: 'The pair was not excluded',
      testId: 'ban',
      send: (reason) =>
        this.api.addConstraint(this.cohortId(), {
          kind: 'ban',
          mentorUserId: mentor.userId,
          menteeUserId: mentee.userId,
          reason,
        }),
      failure: reasonFailure,
    });
    if (created) {
      this.snackBar.open(`${row.label} are excluded from later runs.`, 'OK', { duration: 4000 });
      this.constraints.reload();
    }
  }

  protected async swap(): Promise<void> {
    const run = this.detail();
    const [first, second] = this.selectedRows();
    if (!run || !first || !second || this.swapBlocked()) {
      return;
    }
    const ref = this.dialog.open<SwapDialogComponent, SwapDialogData, MatchRunDetail>(
      SwapDialogComponent,
      {
        data: { runId: run.id, first: first.proposal, second: second.proposal },
        width: '640px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      },
    );
    const updated = await firstValueFrom(ref.afterClosed());
    if (updated) {
      this.run.set(updated);
      this.selected.set(new Set<string>());
      this.snackBar.open(
        `Swapped: ${second.proposal.mentor.displayName} now mentors ${first.proposal.mentee.displayName}, ${first.proposal.mentor.displayName} mentors ${second.proposal.mentee.displayName}.`,
        'OK',
        { duration: 5000 },
      );
    }
  }

  protected async publish(): Promise<void> {
    const run = this.detail();
    if (!run || this.publishBlocked() || this.busy()) {
      return;
    }
    const pairs = run.proposals.length;
    const answer = run.settings.activateOnPublish
      ? 'Each pair is active at once.'
      : 'Each pair starts once both sides accept.';
    const left = run.unmatched.length
      ? ` ${plural(run.unmatched.length, 'mentee stays', 'mentees stay')} unmatched.`
      : '';
    const confirmed = await confirmAction(this.dialog, {
      title: `Publish ${plural(pairs, 'pair')}?`,
      message: `Both sides of all ${plural(pairs, 'pair')} — each mentor and each mentee — will be notified. ${answer}${left} The run cannot be changed afterwards.`,
      confirmLabel: 'Publish and notify',
    });
    if (!confirmed) {
      return;
    }
    await this.act('publish', async () => {
      const result = await firstValueFrom(this.api.publish(run.id));
      this.snackBar.open(
        `Published ${plural(result.published, 'pair')}; ${plural(result.notified, 'person', 'people')} notified.`,
        'OK',
        { duration: 6000 },
      );
      this.run.reload();
    });
  }

  protected async discard(): Promise<void> {
    const run = this.detail();
    if (!run || this.discardBlocked() || this.busy()) {
      return;
    }
    const confirmed = await confirmAction(this.dialog, {
      title: `Discard run #${run.number}?`,
      message:
        'Its proposal stays visible for comparison but can no longer be published. Pins and bans stay for the next run.',
      confirmLabel: 'Discard run',
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    await this.act('discard', async () => {
      await firstValueFrom(this.api.discard(run.id));
      this.snackBar.open(`Run #${run.number} is discarded.`, 'OK', { duration: 4000 });
      this.run.reload();
    });
  }

  /** A new run of the cohort (pins and bans are kept by the cohort), then opens it. */
  protected rerun(): Promise<void> {
    if (this.rerunBlocked()) {
      return Promise.resolve();
    }
    return this.act('rerun', async () => {
      const next = await firstValueFrom(this.api.startRun(this.cohortId()));
      await this.router.navigate([
        '/programs',
        this.programId(),
        'cohorts',
        this.cohortId(),
        'matching',
        'runs',
        next.id,
      ]);
    });
  }

  protected downloadCsv(): void {
    const run = this.detail();
    if (!run) {
      return;
    }
    const csv = toCsv(
      ['Mentor', 'Mentor department', 'Mentee', 'Mentee department', 'Score', 'Warnings', 'Pinned'],
      this.sorted().map((row) => [
        row.proposal.mentor.displayName,
        row.proposal.mentor.department,
        row.proposal.mentee.displayName,
        row.proposal.mentee.department,
        row.proposal.score,
        row.proposal.warnings.join('; '),
        row.pinned ? 'yes' : '',
      ]),
    );
    downloadTextFile(`match-run-${run.number}.csv`, csv);
  }

  protected line(person: MatchPersonView): string {
    return personLine(person);
  }

  protected readonly trackRow = (_: number, row: ProposalRow) => row.proposal.id;
}

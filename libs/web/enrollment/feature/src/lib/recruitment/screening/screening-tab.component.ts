import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  APPLICATION_STATUS_LABELS,
  ApplicationSummary,
  BulkDecisionResult,
  CohortDetail,
  Decision,
  GOAL_FLAG_LABELS,
  GoalFlag,
  Page,
  PARTICIPANT_ROLES,
  ParticipantRole,
  SENIORITY_LABELS,
  SeniorityLevel,
} from '@mentorbridge/shared-contracts';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import { ApplicationStatusChipComponent } from '@mentorbridge/web-enrollment-ui';
import { UsersApi } from '@mentorbridge/web-identity-data-access';
import { downloadTextFile, toCsv } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
} from '@mentorbridge/web-shared-ui';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';
import {
  ALLOWED_DECISIONS,
  decisionBlocked,
  GOAL_FLAG_ADVICE,
  plural,
  ROLE_LABELS,
  ROLE_PLURALS,
} from '../shared/labels';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { DecisionDialogComponent, DecisionDialogData } from './decision-dialog.component';
import {
  DEFAULT_SCREENING_QUERY,
  hasExtraFilters,
  PAGE_SIZE_OPTIONS,
  parseScreeningQuery,
  ScreeningQuery,
  screeningQueryParams,
  ScreeningSort,
  StatusFilter,
  toApplicationListQuery,
} from './screening-query';

const ALL_COLUMNS = [
  'select',
  'applicant',
  'role',
  'status',
  'goal',
  'department',
  'seniority',
  'highlight',
  'submitted',
] as const;
type Column = (typeof ALL_COLUMNS)[number];

/** Status filter chips, in the order HR works through them. */
const STATUS_FILTERS: readonly StatusFilter[] = [
  'submitted',
  'waitlisted',
  'approved',
  'rejected',
  'withdrawn',
  'all',
];

export interface BulkOutcome {
  tone: 'success' | 'warning';
  summary: string;
  failures: { name: string; message: string }[];
}

/**
 * The screening queue of a cohort: filter, pick applications and decide them in bulk, or open
 * one to read it in full. Flagged mentee goals stand out: they need a conversation first.
 */
@Component({
  selector: 'mb-screening-tab',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    ApplicationStatusChipComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './screening-tab.component.html',
  styleUrl: './screening-tab.component.scss',
})
export class ScreeningTabComponent {
  private readonly api = inject(RecruitmentApi);
  private readonly usersApi = inject(UsersApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  readonly cohort = input.required<CohortDetail>();
  /** Decisions were made: the funnel and counts are out of date. */
  readonly changed = output<void>();

  protected readonly roles = PARTICIPANT_ROLES;
  protected readonly rolePlurals = ROLE_PLURALS;
  protected readonly statusFilters = STATUS_FILTERS;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  // Table cells get `any` rows: these keep the lookups typed.
  protected roleLabel(role: ParticipantRole): string {
    return ROLE_LABELS[role];
  }

  protected flagLabel(flag: GoalFlag): string {
    return GOAL_FLAG_LABELS[flag];
  }

  protected flagAdviceOf(flag: GoalFlag): string {
    return GOAL_FLAG_ADVICE[flag];
  }

  protected seniorityLabel(level: SeniorityLevel): string {
    return SENIORITY_LABELS[level];
  }

  protected statusFilterLabel(status: StatusFilter): string {
    return status === 'all' ? 'All' : APPLICATION_STATUS_LABELS[status];
  }

  /** The URL is the source of truth for filters, sorting and paging. */
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseScreeningQuery)), {
    initialValue: parseScreeningQuery(this.route.snapshot.queryParamMap),
  });
  protected readonly extraFilters = computed(() => hasExtraFilters(this.query()));

  protected readonly applications = rxResource({
    params: () => ({ cohortId: this.cohort().id, query: toApplicationListQuery(this.query()) }),
    stream: ({ params }) => this.api.applications(params.cohortId, params.query),
  });
  private readonly facets = rxResource({ stream: () => this.usersApi.facets() });
  protected readonly departments = computed(() =>
    this.facets.hasValue() ? this.facets.value().departments : [],
  );

  /** Keeps the last page on screen while the next one loads (no flicker). */
  private readonly shownPage = linkedSignal<
    Page<ApplicationSummary> | undefined,
    Page<ApplicationSummary> | undefined
  >({
    source: () => (this.applications.hasValue() ? this.applications.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly rows = computed(() =>
    this.applications.status() === 'error' ? [] : (this.shownPage()?.items ?? []),
  );
  protected readonly total = computed(() => this.shownPage()?.total ?? 0);
  protected readonly firstLoad = computed(() => this.shownPage() === undefined);

  /** Selected application ids; a new filter or page starts a new selection. */
  protected readonly selected = linkedSignal<ScreeningQuery, ReadonlySet<string>>({
    source: this.query,
    computation: () => new Set<string>(),
  });
  protected readonly selectableRows = computed(() =>
    this.rows().filter((row) => this.decidable(row)),
  );
  protected readonly selectedRows = computed(() =>
    this.rows().filter((row) => this.selected().has(row.id)),
  );
  protected readonly allSelected = computed(
    () =>
      this.selectableRows().length > 0 &&
      this.selectableRows().every((row) => this.selected().has(row.id)),
  );
  protected readonly someSelected = computed(() => this.selected().size > 0 && !this.allSelected());

  protected readonly outcome = signal<BulkOutcome | null>(null);
  protected readonly deciding = signal(false);

  private readonly breakpoints = toSignal(
    inject(BreakpointObserver)
      .observe(['(max-width: 599.98px)', '(max-width: 1199.98px)'])
      .pipe(map((state) => state.breakpoints)),
    { initialValue: {} as Record<string, boolean> },
  );
  protected readonly compact = computed(() => !!this.breakpoints()['(max-width: 599.98px)']);
  protected readonly columns = computed<Column[]>(() => {
    const matches = this.breakpoints();
    if (matches['(max-width: 599.98px)']) {
      return ['select', 'applicant', 'status'];
    }
    if (matches['(max-width: 1199.98px)']) {
      return ['select', 'applicant', 'role', 'status', 'goal', 'submitted'];
    }
    return [...ALL_COLUMNS];
  });

  protected readonly searchControl = new FormControl(this.query().search, { nonNullable: true });

  constructor() {
    this.searchControl.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(300),
        distinctUntilChanged(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((search) => {
        if (search !== this.query().search) {
          this.update({ search, page: 1 });
        }
      });
    effect(() => {
      const search = this.query().search;
      if (search !== this.searchControl.value.trim()) {
        this.searchControl.setValue(search, { emitEvent: false });
      }
    });
  }

  // --- filters, sorting, paging -----------------------------------------------------------------

  protected update(changes: Partial<ScreeningQuery>): void {
    const next = { ...this.query(), ...changes };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: screeningQueryParams(next),
      replaceUrl: true,
    });
  }

  protected onStatus(event: MatChipListboxChange): void {
    this.update({ status: (event.value as StatusFilter | undefined) ?? 'all', page: 1 });
  }

  protected onRole(event: MatChipListboxChange): void {
    this.update({ role: (event.value as ScreeningQuery['role']) ?? null, page: 1 });
  }

  protected onFlagged(event: MatChipListboxChange): void {
    this.update({ flagged: event.value === 'flagged' ? true : null, page: 1 });
  }

  protected onDepartment(value: string | null): void {
    this.update({ department: value, page: 1 });
  }

  protected onSort(sort: Sort): void {
    const active = sort.direction ? (sort.active as ScreeningSort) : null;
    this.update({ sort: active, direction: sort.direction || null, page: 1 });
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected clearFilters(): void {
    this.searchControl.setValue('', { emitEvent: false });
    const { sort, direction, pageSize } = this.query();
    this.update({ ...DEFAULT_SCREENING_QUERY, status: 'all', sort, direction, pageSize });
  }

  protected showAll(): void {
    this.update({ status: 'all', page: 1 });
  }

  protected goToInvitations(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tab: 'invitations' } });
  }

  // --- rows and selection -----------------------------------------------------------------------

  protected decidable(row: ApplicationSummary): boolean {
    return (ALLOWED_DECISIONS[row.status] ?? []).length > 0;
  }

  protected open(row: ApplicationSummary): void {
    void this.router.navigate(['applications', row.id], {
      relativeTo: this.route,
      queryParamsHandling: 'preserve',
    });
  }

  protected toggle(row: ApplicationSummary, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) {
      next.add(row.id);
    } else {
      next.delete(row.id);
    }
    this.selected.set(next);
  }

  protected toggleAll(checked: boolean): void {
    this.selected.set(
      checked ? new Set(this.selectableRows().map((row) => row.id)) : new Set<string>(),
    );
  }

  protected clearSelection(): void {
    this.selected.set(new Set<string>());
  }

  /** Why a bulk decision is not possible for the selection, or null. */
  protected bulkBlocked(decision: Decision): string | null {
    const cohort = this.cohort();
    const rows = this.selectedRows();
    const possible = rows.filter(
      (row) => decisionBlocked(decision, row.status, cohort.state, cohort.name) === null,
    );
    if (possible.length) {
      return null;
    }
    const first = rows[0];
    return first ? decisionBlocked(decision, first.status, cohort.state, cohort.name) : null;
  }

  protected async decide(decision: Decision): Promise<void> {
    const rows = this.selectedRows();
    if (!rows.length || this.bulkBlocked(decision) || this.deciding()) {
      return;
    }
    const ids = rows.map((row) => row.id);
    const names = new Map(rows.map((row) => [row.id, row.applicant.displayName]));
    const cohortId = this.cohort().id;
    this.deciding.set(true);
    try {
      const ref = this.dialog.open<
        DecisionDialogComponent,
        DecisionDialogData<BulkDecisionResult>,
        BulkDecisionResult
      >(DecisionDialogComponent, {
        data: {
          decision,
          subject:
            rows.length === 1
              ? `${rows[0]?.applicant.displayName}'s application`
              : plural(rows.length, 'application'),
          count: rows.length,
          submit: (request) => this.api.decideMany(cohortId, { ...request, applicationIds: ids }),
        },
        width: '560px',
        maxWidth: '95vw',
        autoFocus: decision === 'reject' ? 'textarea' : 'first-tabbable',
        disableClose: decision === 'reject',
      });
      const result = await firstValueFrom(ref.afterClosed());
      if (!result) {
        return;
      }
      this.outcome.set(describeOutcome(result, names));
      this.clearSelection();
      this.applications.reload();
      this.changed.emit();
    } finally {
      this.deciding.set(false);
    }
  }

  protected downloadCsv(): void {
    const rows = this.rows().map((row) => [
      row.applicant.displayName,
      row.applicant.email,
      ROLE_LABELS[row.role],
      APPLICATION_STATUS_LABELS[row.status],
      row.goalFlag ? GOAL_FLAG_LABELS[row.goalFlag] : '',
      row.department,
      row.seniorityLevel ? SENIORITY_LABELS[row.seniorityLevel] : null,
      row.highlight,
      row.submittedAt,
      row.decidedAt,
    ]);
    const csv = toCsv(
      [
        'Applicant',
        'Email',
        'Role',
        'Status',
        'Goal flag',
        'Department',
        'Seniority',
        'Goal or expertise',
        'Submitted',
        'Decided',
      ],
      rows,
    );
    const date = new Date().toISOString().slice(0, 10);
    downloadTextFile(`applications-${date}-page-${this.query().page}.csv`, csv);
  }

  protected readonly trackById = (_: number, row: ApplicationSummary) => row.id;
}

/** "12 decided, 1 could not be: …" */
export function describeOutcome(
  result: BulkDecisionResult,
  names: ReadonlyMap<string, string>,
): BulkOutcome {
  const failures = result.failed.map((failure) => ({
    name: names.get(failure.applicationId) ?? 'An application',
    message: failure.message,
  }));
  const decided = `${new Intl.NumberFormat().format(result.decided)} decided`;
  if (!failures.length) {
    return { tone: 'success', summary: `${decided}.`, failures };
  }
  return {
    tone: 'warning',
    summary: `${decided}, ${failures.length} could not be:`,
    failures,
  };
}

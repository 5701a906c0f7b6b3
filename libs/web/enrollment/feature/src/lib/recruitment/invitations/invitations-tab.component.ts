import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
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
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  CohortDetail,
  DEFAULT_PAGE_SIZE,
  INVITATION_STATUS_LABELS,
  INVITATION_STATUSES,
  InvitationImportReport,
  InvitationListQuery,
  InvitationStatus,
  InvitationView,
  InviteResult,
  Page,
  PARTICIPANT_ROLES,
  ParticipantRole,
} from '@mentorbridge/shared-contracts';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import { InvitationStatusChipComponent } from '@mentorbridge/web-enrollment-ui';
import { downloadTextFile, toApiError, toCsv } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  confirmAction,
  EmptyStateComponent,
  LoadFailedComponent,
} from '@mentorbridge/web-shared-ui';
import { debounceTime, distinctUntilChanged, firstValueFrom, forkJoin, map } from 'rxjs';
import { invitingBlocked, plural, ROLE_LABELS, ROLE_PLURALS } from '../shared/labels';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { PAGE_SIZE_OPTIONS } from '../screening/screening-query';
import {
  ImportInvitationsDialogComponent,
  ImportInvitationsDialogData,
} from './import-invitations-dialog.component';
import { importNotice, InvitationNotice, inviteNotice } from './invitation-outcome';
import {
  InviteDepartmentDialogComponent,
  InviteDepartmentDialogData,
} from './invite-department-dialog.component';
import {
  InvitePeopleDialogComponent,
  InvitePeopleDialogData,
} from './invite-people-dialog.component';

const ALL_COLUMNS = [
  'select',
  'person',
  'department',
  'role',
  'status',
  'sent',
  'opened',
  'responded',
  'reminders',
] as const;
type Column = (typeof ALL_COLUMNS)[number];

/** Invitations still waiting for an answer: the only ones a reminder makes sense for. */
export function remindable(invitation: InvitationView): boolean {
  return invitation.status === 'sent' || invitation.status === 'opened';
}

/** Who was invited to the cohort, how they responded, and the ways to invite more people. */
@Component({
  selector: 'mb-invitations-tab',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    InvitationStatusChipComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitations-tab.component.html',
  styleUrl: './invitations-tab.component.scss',
})
export class InvitationsTabComponent {
  private readonly api = inject(RecruitmentApi);
  private readonly dialog = inject(MatDialog);

  readonly cohort = input.required<CohortDetail>();
  /** Invitations were sent: the funnel is out of date. */
  readonly changed = output<void>();

  protected readonly statuses = INVITATION_STATUSES;
  protected readonly statusLabels = INVITATION_STATUS_LABELS;
  protected readonly roles = PARTICIPANT_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly rolePlurals = ROLE_PLURALS;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  protected roleLabel(role: ParticipantRole): string {
    return ROLE_LABELS[role];
  }

  protected readonly blocked = computed(() => invitingBlocked(this.cohort()));

  protected readonly status = signal<InvitationStatus | null>(null);
  protected readonly role = signal<ParticipantRole | null>(null);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(DEFAULT_PAGE_SIZE);
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = signal('');

  protected readonly query = computed<InvitationListQuery>(() => {
    const query: InvitationListQuery = { page: this.page(), pageSize: this.pageSize() };
    const status = this.status();
    const role = this.role();
    const search = this.search();
    if (status) query.status = status;
    if (role) query.role = role;
    if (search) query.search = search;
    return query;
  });
  protected readonly filtered = computed(() => !!(this.status() || this.role() || this.search()));

  protected readonly invitations = rxResource({
    params: () => ({ cohortId: this.cohort().id, query: this.query() }),
    stream: ({ params }) => this.api.invitations(params.cohortId, params.query),
  });
  private readonly shownPage = linkedSignal<
    Page<InvitationView> | undefined,
    Page<InvitationView> | undefined
  >({
    source: () => (this.invitations.hasValue() ? this.invitations.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly rows = computed(() =>
    this.invitations.status() === 'error' ? [] : (this.shownPage()?.items ?? []),
  );
  protected readonly total = computed(() => this.shownPage()?.total ?? 0);
  protected readonly firstLoad = computed(() => this.shownPage() === undefined);

  protected readonly selected = linkedSignal<InvitationListQuery, ReadonlySet<string>>({
    source: this.query,
    computation: () => new Set<string>(),
  });
  protected readonly remindableRows = computed(() => this.rows().filter(remindable));
  protected readonly allSelected = computed(
    () =>
      this.remindableRows().length > 0 &&
      this.remindableRows().every((row) => this.selected().has(row.id)),
  );

  protected readonly notice = signal<InvitationNotice | null>(null);
  protected readonly working = signal(false);

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
      return ['select', 'person', 'status'];
    }
    if (matches['(max-width: 1199.98px)']) {
      return ['select', 'person', 'role', 'status', 'sent', 'reminders'];
    }
    return [...ALL_COLUMNS];
  });

  constructor() {
    this.searchControl.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(300),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((search) => {
        this.search.set(search);
        this.page.set(1);
      });
  }

  protected onStatus(event: MatChipListboxChange): void {
    this.status.set((event.value as InvitationStatus | undefined) ?? null);
    this.page.set(1);
  }

  protected onRole(event: MatChipListboxChange): void {
    this.role.set((event.value as ParticipantRole | undefined) ?? null);
    this.page.set(1);
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    this.pageSize.set(event.pageSize);
  }

  protected clearFilters(): void {
    this.status.set(null);
    this.role.set(null);
    this.searchControl.setValue('');
    this.page.set(1);
  }

  protected toggle(row: InvitationView, checked: boolean): void {
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
      checked ? new Set(this.remindableRows().map((row) => row.id)) : new Set<string>(),
    );
  }

  // --- inviting -------------------------------------------------------------------------------

  protected async invitePeople(): Promise<void> {
    if (this.blocked()) {
      return;
    }
    const ref = this.dialog.open<InvitePeopleDialogComponent, InvitePeopleDialogData, InviteResult>(
      InvitePeopleDialogComponent,
      {
        data: { cohortId: this.cohort().id, cohortName: this.cohort().name },
        width: '640px',
        maxWidth: '100vw',
        autoFocus: 'first-tabbable',
        disableClose: true,
      },
    );
    const result = await firstValueFrom(ref.afterClosed());
    if (result) {
      this.afterInvite(inviteNotice(result));
    }
  }

  protected async inviteDepartment(): Promise<void> {
    if (this.blocked()) {
      return;
    }
    const ref = this.dialog.open<
      InviteDepartmentDialogComponent,
      InviteDepartmentDialogData,
      InviteResult
    >(InviteDepartmentDialogComponent, {
      data: { cohortId: this.cohort().id, cohortName: this.cohort().name },
      width: '560px',
      maxWidth: '100vw',
      autoFocus: 'first-tabbable',
      disableClose: true,
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (result) {
      this.afterInvite(inviteNotice(result));
    }
  }

  protected async importCsv(): Promise<void> {
    if (this.blocked()) {
      return;
    }
    const ref = this.dialog.open<
      ImportInvitationsDialogComponent,
      ImportInvitationsDialogData,
      InvitationImportReport
    >(ImportInvitationsDialogComponent, {
      data: { cohortId: this.cohort().id, cohortName: this.cohort().name },
      width: '760px',
      maxWidth: '100vw',
      autoFocus: 'first-tabbable',
      disableClose: true,
    });
    const report = await firstValueFrom(ref.afterClosed());
    if (report) {
      this.afterInvite(importNotice(report));
    }
  }

  private afterInvite(notice: InvitationNotice): void {
    this.notice.set(notice);
    this.invitations.reload();
    this.changed.emit();
  }

  // --- reminders ------------------------------------------------------------------------------

  protected async remindSelected(): Promise<void> {
    const ids = this.rows()
      .filter((row) => this.selected().has(row.id) && remindable(row))
      .map((row) => row.id);
    if (!ids.length || this.blocked()) {
      return;
    }
    await this.remind(ids);
  }

  protected async remindEveryone(): Promise<void> {
    if (this.blocked() || this.working()) {
      return;
    }
    const cohortId = this.cohort().id;
    this.working.set(true);
    let waiting: number;
    try {
      const [sent, opened] = await firstValueFrom(
        forkJoin([
          this.api.invitations(cohortId, { status: 'sent', page: 1, pageSize: 1 }),
          this.api.invitations(cohortId, { status: 'opened', page: 1, pageSize: 1 }),
        ]),
      );
      waiting = sent.total + opened.total;
    } catch {
      return;
    } finally {
      this.working.set(false);
    }
    if (!waiting) {
      this.notice.set({
        tone: 'info',
        title: 'Everyone has answered: nobody to remind.',
        lines: [],
      });
      return;
    }
    const confirmed = await confirmAction(this.dialog, {
      title: `Remind ${plural(waiting, 'person', 'people')}?`,
      message: `Everyone whose invitation to ${this.cohort().name} is still unanswered (sent or opened) gets a reminder email. People who applied or declined are not disturbed.`,
      confirmLabel: `Remind ${plural(waiting, 'person', 'people')}`,
    });
    if (confirmed) {
      await this.remind(undefined);
    }
  }

  private async remind(ids: string[] | undefined): Promise<void> {
    this.working.set(true);
    try {
      const { reminded } = await firstValueFrom(this.api.remind(this.cohort().id, ids));
      this.notice.set({
        tone: 'success',
        title: reminded
          ? `Sent a reminder to ${plural(reminded, 'person', 'people')}.`
          : 'Nobody needed a reminder.',
        lines: [],
      });
      this.selected.set(new Set<string>());
      this.invitations.reload();
    } catch (error) {
      this.notice.set({ tone: 'error', title: toApiError(error).message, lines: [] });
    } finally {
      this.working.set(false);
    }
  }

  protected downloadCsv(): void {
    const csv = toCsv(
      ['Name', 'Email', 'Department', 'Role', 'Status', 'Sent', 'Opened', 'Responded', 'Reminders'],
      this.rows().map((row) => [
        row.person.displayName,
        row.person.email,
        row.person.department,
        ROLE_LABELS[row.role],
        INVITATION_STATUS_LABELS[row.status],
        row.sentAt,
        row.openedAt,
        row.respondedAt,
        row.reminders,
      ]),
    );
    const date = new Date().toISOString().slice(0, 10);
    downloadTextFile(`invitations-${date}-page-${this.page()}.csv`, csv);
  }

  protected readonly trackById = (_: number, row: InvitationView) => row.id;
}

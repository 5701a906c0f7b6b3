import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  linkedSignal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
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
  Page,
  PERMISSIONS,
  ROLE_LABELS,
  ROLES,
  SENIORITY_LABELS,
  USER_STATUSES,
  UserSortField,
  UserSummary,
} from '@mentorbridge/shared-contracts';
import { AuthStore, UsersApi } from '@mentorbridge/web-identity-data-access';
import { downloadTextFile, toCsv } from '@mentorbridge/web-shared-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatusChipComponent,
  StatusTone,
} from '@mentorbridge/web-shared-ui';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';
import { roleLabel, statusLabel, USER_STATUS_CHIP } from '../shared/labels';
import { InviteDialogComponent, InviteDialogData } from './invite-dialog.component';
import {
  EMPTY_PEOPLE_QUERY,
  hasFilters,
  PAGE_SIZE_OPTIONS,
  parsePeopleQuery,
  PeopleQuery,
  peopleQueryParams,
  toUserListQuery,
} from './people-query';
import { PersonDialogComponent, PersonDialogData } from './person-dialog.component';

const ALL_COLUMNS = ['name', 'department', 'title', 'manager', 'roles', 'status'] as const;
type Column = (typeof ALL_COLUMNS)[number];

/** HR lead's directory: find people, fix their record, invite, (de)activate. */
@Component({
  selector: 'mb-people-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
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
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-page.html',
  styleUrl: './people-page.scss',
})
export class PeoplePage {
  private readonly usersApi = inject(UsersApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly roles = ROLES;
  protected readonly statuses = USER_STATUSES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly statusLabel = statusLabel;
  protected readonly roleLabel = roleLabel;

  protected readonly canManage = computed(() =>
    this.store.permissions().includes(PERMISSIONS.usersManage),
  );
  protected readonly canImport = computed(() =>
    this.store.permissions().includes(PERMISSIONS.usersImport),
  );

  /** The URL is the source of truth for search, filters, sorting and paging. */
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parsePeopleQuery)), {
    initialValue: parsePeopleQuery(this.route.snapshot.queryParamMap),
  });
  protected readonly filtered = computed(() => hasFilters(this.query()));

  protected readonly people = rxResource({
    params: () => toUserListQuery(this.query()),
    stream: ({ params }) => this.usersApi.list(params),
  });
  protected readonly facets = rxResource({ stream: () => this.usersApi.facets() });
  protected readonly departments = computed(() =>
    this.facets.hasValue() ? this.facets.value().departments : [],
  );

  /** Keeps the last page on screen while the next one loads (no flicker). */
  private readonly shownPage = linkedSignal<
    Page<UserSummary> | undefined,
    Page<UserSummary> | undefined
  >({
    source: () => (this.people.hasValue() ? this.people.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly rows = computed(() =>
    this.people.status() === 'error' ? [] : (this.shownPage()?.items ?? []),
  );
  protected readonly total = computed(() => this.shownPage()?.total ?? 0);
  protected readonly firstLoad = computed(() => this.shownPage() === undefined);

  private readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe(['(max-width: 599.98px)', '(max-width: 1023.98px)'])
      .pipe(map((state) => state.breakpoints)),
    { initialValue: {} as Record<string, boolean> },
  );
  protected readonly columns = computed<Column[]>(() => {
    const matches = this.handset();
    if (matches['(max-width: 599.98px)']) {
      return ['name', 'status'];
    }
    if (matches['(max-width: 1023.98px)']) {
      return ['name', 'department', 'roles', 'status'];
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
    // Back/forward or a link can change the search in the URL: mirror it in the box.
    effect(() => {
      const search = this.query().search;
      if (search !== this.searchControl.value.trim()) {
        this.searchControl.setValue(search, { emitEvent: false });
      }
    });
  }

  protected update(changes: Partial<PeopleQuery>): void {
    const next = { ...this.query(), ...changes };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: peopleQueryParams(next),
      replaceUrl: true,
    });
  }

  protected onStatusFilter(event: MatChipListboxChange): void {
    this.update({ status: (event.value as PeopleQuery['status']) ?? null, page: 1 });
  }

  protected onRoleFilter(event: MatChipListboxChange): void {
    this.update({ role: (event.value as PeopleQuery['role']) ?? null, page: 1 });
  }

  protected onDepartment(value: string | null): void {
    this.update({ department: value, page: 1 });
  }

  protected onSort(sort: Sort): void {
    const active = sort.direction ? (sort.active as UserSortField) : null;
    this.update({ sort: active, direction: sort.direction || null, page: 1 });
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected clearFilters(): void {
    this.searchControl.setValue('', { emitEvent: false });
    const { sort, direction, pageSize } = this.query();
    this.update({ ...EMPTY_PEOPLE_QUERY, sort, direction, pageSize });
  }

  protected async open(person: UserSummary): Promise<void> {
    const ref = this.dialog.open<PersonDialogComponent, PersonDialogData>(PersonDialogComponent, {
      data: {
        id: person.id,
        facets: this.facets.hasValue() ? this.facets.value() : null,
        onChanged: () => {
          this.people.reload();
          this.facets.reload();
        },
      },
      width: '760px',
      maxWidth: '100vw',
      autoFocus: 'first-heading',
      disableClose: true,
    });
    await firstValueFrom(ref.afterClosed());
  }

  protected async invite(): Promise<void> {
    const ref = this.dialog.open<InviteDialogComponent, InviteDialogData, boolean>(
      InviteDialogComponent,
      {
        data: { facets: this.facets.hasValue() ? this.facets.value() : null },
        width: '640px',
        maxWidth: '100vw',
        autoFocus: 'first-tabbable',
        disableClose: true,
      },
    );
    if (await firstValueFrom(ref.afterClosed())) {
      this.people.reload();
      this.facets.reload();
    }
  }

  protected downloadCsv(): void {
    const rows = this.rows().map((person) => [
      person.displayName,
      person.email,
      statusLabel(person.status),
      person.roles.map(roleLabel).join('; '),
      person.department,
      person.title,
      person.manager?.displayName,
      person.manager?.email,
      person.location,
      person.seniorityLevel ? SENIORITY_LABELS[person.seniorityLevel] : null,
    ]);
    const csv = toCsv(
      [
        'Name',
        'Email',
        'Status',
        'Roles',
        'Department',
        'Title',
        'Manager',
        'Manager email',
        'Location',
        'Seniority',
      ],
      rows,
    );
    const { page } = this.query();
    const date = new Date().toISOString().slice(0, 10);
    downloadTextFile(`people-${date}-page-${page}.csv`, csv);
  }

  protected chipOf(person: UserSummary): { label: string; tone: StatusTone; icon: string } {
    return { label: statusLabel(person.status), ...USER_STATUS_CHIP[person.status] };
  }

  protected readonly trackById = (_: number, person: UserSummary) => person.id;
}

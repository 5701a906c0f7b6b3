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
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, ParamMap, Params, Router, RouterLink } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
  Page,
  PERMISSIONS,
  ProgramSummary,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { ProgramsApi } from '@mentorbridge/web-programs-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { formatLabel, plural } from '../shared/labels';
import { CohortStateChipComponent } from '../ui/cohort-state-chip.component';
import { ReadinessChipComponent } from '../ui/readiness-chip.component';

/** What the list shows lives in the URL (`?search=…&page=2`), so back/forward and links work. */
interface ProgramQuery {
  search: string;
  page: number;
}

function parseQuery(params: ParamMap): ProgramQuery {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    search: params.get('search')?.trim() ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export const CANNOT_CREATE_PROGRAM =
  'Only organisation-wide HR leads can create programs. Ask one of them to set it up.';

/** The programs an HR lead runs, with their current cohort and readiness at a glance. */
@Component({
  selector: 'mb-programs-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTooltipModule,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    CohortStateChipComponent,
    ReadinessChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programs-list.page.html',
  styleUrl: './programs-list.page.scss',
})
export class ProgramsListPage {
  private readonly api = inject(ProgramsApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly pageSize = DEFAULT_PAGE_SIZE;
  protected readonly formatLabel = formatLabel;
  protected readonly plural = plural;
  protected readonly cannotCreate = CANNOT_CREATE_PROGRAM;

  protected readonly canCreate = computed(
    () => this.store.user()?.orgPermissions?.includes(PERMISSIONS.programsCreate) ?? false,
  );

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseQuery)), {
    initialValue: parseQuery(this.route.snapshot.queryParamMap),
  });

  protected readonly programs = rxResource({
    params: () => ({ ...this.query(), pageSize: this.pageSize }),
    stream: ({ params }) =>
      this.api.list({
        search: params.search || undefined,
        page: params.page,
        pageSize: params.pageSize,
      }),
  });

  /** Keeps the last page on screen while the next one loads (no flicker while typing). */
  private readonly shownPage = linkedSignal<
    Page<ProgramSummary> | undefined,
    Page<ProgramSummary> | undefined
  >({
    source: () => (this.programs.hasValue() ? this.programs.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly items = computed(() =>
    this.programs.status() === 'error' ? [] : (this.shownPage()?.items ?? []),
  );
  protected readonly total = computed(() => this.shownPage()?.total ?? 0);
  protected readonly firstLoad = computed(() => this.shownPage() === undefined);

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

  protected newProgram(): void {
    if (this.canCreate()) {
      void this.router.navigate(['new'], { relativeTo: this.route });
    }
  }

  protected clearSearch(): void {
    this.searchControl.setValue('', { emitEvent: false });
    this.update({ search: '', page: 1 });
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageIndex + 1 });
  }

  protected ownerNames(program: ProgramSummary): string {
    return program.owners.map((owner) => owner.displayName).join(', ') || 'No owner';
  }

  private update(changes: Partial<ProgramQuery>): void {
    const next = { ...this.query(), ...changes };
    const queryParams: Params = {
      search: next.search || null,
      page: next.page > 1 ? next.page : null,
    };
    void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true });
  }
}

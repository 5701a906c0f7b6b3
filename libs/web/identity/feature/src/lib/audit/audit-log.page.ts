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
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router } from '@angular/router';
import { AuditEventView, Page, PersonRef } from '@mentorbridge/shared-contracts';
import { PrivacyApi, UsersApi } from '@mentorbridge/web-identity-data-access';
import { downloadTextFile, toApiError, toCsv } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  LocalDatePipe,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { catchError, debounceTime, filter, map, of } from 'rxjs';
import {
  ManagerFieldComponent,
  managerIdOf,
  managerPicked,
  ManagerValue,
} from '../shared/manager-field.component';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_OBJECT_TYPE_LABELS,
  auditActionLabel,
  auditObjectTypeLabel,
  auditOptions,
} from './audit-labels';
import {
  AUDIT_PAGE_SIZE_OPTIONS,
  auditFilterParams,
  AuditFilters,
  EMPTY_AUDIT_FILTERS,
  hasAuditFilters,
  isUuid,
  parseAuditFilters,
  toAuditQuery,
} from './audit-query';

type FilterFields = Pick<
  AuditFilters,
  'action' | 'objectType' | 'objectId' | 'actorId' | 'from' | 'to'
>;
const FILTER_FIELDS: readonly (keyof FilterFields)[] = [
  'action',
  'objectType',
  'objectId',
  'actorId',
  'from',
  'to',
];

function wholeId(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  return value && !isUuid(value)
    ? { wholeId: 'Enter a whole id (36 characters, as shown in the Object column).' }
    : null;
}

/** The end day may not come before the start day (both are days in the viewer's time zone). */
function endAfterStart(control: AbstractControl<string>): ValidationErrors | null {
  const from = (control.parent?.get('from')?.value as string | undefined) ?? '';
  return from && control.value && control.value < from
    ? { range: 'The end date must be on or after the start date.' }
    : null;
}

/**
 * The append-only audit log for organisation-wide HR leads: who did what to which object, and
 * when — never the content. Filters live in the URL; the server pages.
 */
@Component({
  selector: 'mb-audit-log-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    LocalDatePipe,
    PageHeaderComponent,
    ManagerFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log.page.html',
  styleUrl: './audit-log.page.scss',
})
export class AuditLogPage {
  private readonly privacyApi = inject(PrivacyApi);
  private readonly usersApi = inject(UsersApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['at', 'actor', 'action', 'object'] as const;
  protected readonly pageSizeOptions = AUDIT_PAGE_SIZE_OPTIONS;
  protected readonly actionLabel = auditActionLabel;
  protected readonly objectTypeLabel = auditObjectTypeLabel;

  /** The URL is the source of truth for the filters and the page. */
  protected readonly filters = toSignal(this.route.queryParamMap.pipe(map(parseAuditFilters)), {
    initialValue: parseAuditFilters(this.route.snapshot.queryParamMap),
  });
  protected readonly filtered = computed(() => hasAuditFilters(this.filters()));
  protected readonly actionOptions = computed(() =>
    auditOptions(AUDIT_ACTION_LABELS, this.filters().action),
  );
  protected readonly objectTypeOptions = computed(() =>
    auditOptions(AUDIT_OBJECT_TYPE_LABELS, this.filters().objectType),
  );

  protected readonly events = rxResource({
    params: () => toAuditQuery(this.filters()),
    stream: ({ params }) => this.privacyApi.auditLog(params),
  });
  protected readonly loadError = computed(() =>
    this.events.status() === 'error' ? toApiError(this.events.error()) : null,
  );

  /** Keeps the last page on screen while the next one loads (no flicker). */
  private readonly shownPage = linkedSignal<
    Page<AuditEventView> | undefined,
    Page<AuditEventView> | undefined
  >({
    source: () => (this.events.hasValue() ? this.events.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly rows = computed(() =>
    this.events.status() === 'error' ? [] : (this.shownPage()?.items ?? []),
  );
  protected readonly total = computed(() => this.shownPage()?.total ?? 0);
  protected readonly firstLoad = computed(() => this.shownPage() === undefined);

  protected readonly form = new FormGroup({
    action: new FormControl<string | null>(this.filters().action),
    objectType: new FormControl<string | null>(this.filters().objectType),
    objectId: new FormControl(this.filters().objectId ?? '', {
      nonNullable: true,
      validators: [wholeId],
    }),
    actor: new FormControl<ManagerValue>(null, { validators: [managerPicked] }),
    from: new FormControl(this.filters().from ?? '', { nonNullable: true }),
    to: new FormControl(this.filters().to ?? '', {
      nonNullable: true,
      validators: [endAfterStart],
    }),
  });

  /**
   * The name of a person filtered by in the URL (a shared link, back/forward): looked up once,
   * unless the form already holds them (picked from the suggestions or a row).
   */
  private readonly actorLookup = rxResource({
    params: () => {
      const id = this.filters().actorId;
      return id && managerIdOf(this.form.controls.actor.value) !== id ? id : undefined;
    },
    stream: ({ params: id }) =>
      this.usersApi.get(id).pipe(
        map((user): PersonRef => ({ id, displayName: user.displayName, email: user.email })),
        catchError(() => of<PersonRef>({ id, displayName: id, email: '' })),
      ),
  });

  constructor() {
    // Back/forward or a link can change the filters: mirror them in the form.
    effect(() => {
      const filters = this.filters();
      const lookup = this.actorLookup.hasValue() ? this.actorLookup.value() : null;
      const controls = this.form.controls;
      const current = controls.actor.value;
      const actor: ManagerValue = !filters.actorId
        ? null
        : lookup?.id === filters.actorId
          ? lookup
          : managerIdOf(current) === filters.actorId
            ? current
            : { id: filters.actorId, displayName: 'Looking up the name…', email: '' };
      const next = {
        action: filters.action,
        objectType: filters.objectType,
        objectId: filters.objectId ?? '',
        actor,
        from: filters.from ?? '',
        to: filters.to ?? '',
      };
      const differs = (Object.keys(next) as (keyof typeof next)[]).some(
        (name) => controls[name].value !== next[name],
      );
      if (differs && !this.pendingEdit()) {
        this.form.setValue(next, { emitEvent: false });
        controls.to.updateValueAndValidity({ emitEvent: false });
      }
    });

    this.form.controls.from.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      const to = this.form.controls.to;
      to.updateValueAndValidity();
      if (to.value) {
        to.markAsTouched();
      }
    });

    // Filters apply as they change (typing settles first); Enter or "Apply" applies at once.
    this.form.valueChanges
      .pipe(
        debounceTime(400),
        filter(() => this.form.valid),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => this.applyForm());
  }

  /** True while the form holds an edit the URL does not have yet (e.g. half-typed text). */
  private pendingEdit(): boolean {
    return this.form.dirty && this.form.invalid;
  }

  private formFilters(): FilterFields {
    const value = this.form.getRawValue();
    return {
      action: value.action || null,
      objectType: value.objectType || null,
      objectId: value.objectId.trim().toLowerCase() || null,
      actorId: managerIdOf(value.actor),
      from: value.from || null,
      to: value.to || null,
    };
  }

  protected applyForm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const next = this.formFilters();
    const current = this.filters();
    if (FILTER_FIELDS.some((name) => next[name] !== current[name])) {
      this.update({ ...next, page: 1 });
    }
    this.form.markAsPristine();
  }

  protected update(changes: Partial<AuditFilters>): void {
    const next = { ...this.filters(), ...changes };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: auditFilterParams(next),
      replaceUrl: true,
    });
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected clearFilters(): void {
    this.form.reset(
      { action: null, objectType: null, objectId: '', actor: null, from: '', to: '' },
      { emitEvent: false },
    );
    this.update({ ...EMPTY_AUDIT_FILTERS, pageSize: this.filters().pageSize });
  }

  /** "Only this person's actions", from a row. */
  protected filterByActor(actor: { id: string; displayName: string }): void {
    this.form.controls.actor.setValue(
      { id: actor.id, displayName: actor.displayName, email: '' },
      { emitEvent: false },
    );
    this.applyForm();
  }

  /** "Everything that happened to this object", from a row. */
  protected filterByObject(event: AuditEventView): void {
    this.form.patchValue(
      { objectType: event.objectType, objectId: event.objectId },
      { emitEvent: false },
    );
    this.applyForm();
  }

  protected downloadCsv(): void {
    const csv = toCsv(
      ['When', 'Who', 'Who (id)', 'Action', 'Action code', 'Object type', 'Object id'],
      this.rows().map((event) => [
        event.at,
        event.actor?.displayName ?? 'System',
        event.actor?.id,
        auditActionLabel(event.action),
        event.action,
        auditObjectTypeLabel(event.objectType),
        event.objectId,
      ]),
    );
    const date = new Date().toISOString().slice(0, 10);
    downloadTextFile(`audit-log-${date}-page-${this.filters().page}.csv`, csv);
  }

  protected readonly trackById = (_: number, event: AuditEventView) => event.id;
}

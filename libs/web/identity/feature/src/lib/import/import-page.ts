import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  FieldError,
  USER_IMPORT_COLUMNS,
  USER_IMPORT_MAX_ROWS,
  UserImportAction,
  UserImportReport,
  UserImportRequest,
  UserImportRowResult,
} from '@mentorbridge/shared-contracts';
import { USER_IMPORT_TEMPLATE_URL, UsersApi } from '@mentorbridge/web-identity-data-access';
import { fieldSentence, httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  PageHeaderComponent,
  StatCardComponent,
  StatusChipComponent,
  StatusTone,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom, merge } from 'rxjs';

/** 5 000 rows of directory data stay well below this. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ROWS_PER_PAGE = 50;

const ACTION_CHIP: Record<
  UserImportAction,
  { tone: StatusTone; icon: string; preview: string; done: string }
> = {
  create: { tone: 'success', icon: 'person_add', preview: 'Create', done: 'Created' },
  update: { tone: 'info', icon: 'edit', preview: 'Update', done: 'Updated' },
  unchanged: { tone: 'neutral', icon: 'remove', preview: 'Unchanged', done: 'Unchanged' },
  error: { tone: 'danger', icon: 'error', preview: 'Error', done: 'Not imported' },
};

/** Bring the directory in from a CSV: dry run first, then import the valid rows. */
@Component({
  selector: 'mb-import-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatTableModule,
    BannerComponent,
    PageHeaderComponent,
    StatCardComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
})
export class ImportPage {
  private readonly usersApi = inject(UsersApi);

  protected readonly templateUrl = USER_IMPORT_TEMPLATE_URL;
  protected readonly columnsHelp = USER_IMPORT_COLUMNS.join(', ');
  protected readonly maxRows = USER_IMPORT_MAX_ROWS;
  protected readonly displayedColumns = ['line', 'person', 'action', 'problems'];
  protected readonly rowsPerPage = ROWS_PER_PAGE;

  protected readonly csv = new FormControl('', { nonNullable: true });
  protected readonly newRoles = new FormGroup({
    mentor: new FormControl(false, { nonNullable: true }),
    mentee: new FormControl(true, { nonNullable: true }),
  });
  protected readonly fileName = signal<string | null>(null);
  protected readonly pending = signal<null | 'preview' | 'import'>(null);
  protected readonly report = signal<UserImportReport | null>(null);
  protected readonly requestError = signal<string | null>(null);
  protected readonly errorsOnly = signal(false);
  protected readonly pageIndex = signal(0);

  protected readonly validCount = computed(() => {
    const summary = this.report()?.summary;
    return summary ? summary.create + summary.update : 0;
  });
  protected readonly canImport = computed(() => {
    const report = this.report();
    return !!report && report.dryRun && report.fileErrors.length === 0 && this.validCount() > 0;
  });
  protected readonly filteredRows = computed<UserImportRowResult[]>(() => {
    const rows = this.report()?.rows ?? [];
    return this.errorsOnly() ? rows.filter((row) => row.action === 'error') : rows;
  });
  protected readonly visibleRows = computed(() => {
    const start = this.pageIndex() * ROWS_PER_PAGE;
    return this.filteredRows().slice(start, start + ROWS_PER_PAGE);
  });

  constructor() {
    // A preview belongs to the exact text and roles it was made for.
    merge(this.csv.valueChanges, this.newRoles.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        if (this.report()?.dryRun) {
          this.report.set(null);
        }
      });
  }

  protected async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) {
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      this.requestError.set(
        `${file.name} is larger than 5 MB. Split it into smaller files and import them one by one.`,
      );
      return;
    }
    this.requestError.set(null);
    const text = await file.text();
    this.fileName.set(file.name);
    this.csv.setValue(text.replace(/^\uFEFF/, ''));
    this.report.set(null);
  }

  protected setErrorsOnly(value: boolean): void {
    this.errorsOnly.set(value);
    this.pageIndex.set(0);
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected async preview(): Promise<void> {
    await this.send('preview');
  }

  protected async runImport(): Promise<void> {
    if (this.canImport()) {
      await this.send('import');
    }
  }

  protected sentence(error: FieldError): string {
    return fieldSentence(error);
  }

  protected chipOf(
    row: UserImportRowResult,
    dryRun: boolean,
  ): { label: string; tone: StatusTone; icon: string } {
    const chip = ACTION_CHIP[row.action];
    return { label: dryRun ? chip.preview : chip.done, tone: chip.tone, icon: chip.icon };
  }

  private async send(kind: 'preview' | 'import'): Promise<void> {
    const csv = this.csv.value;
    if (this.pending() || !csv.trim()) {
      return;
    }
    const roles = (['mentor', 'mentee'] as const).filter((role) => this.newRoles.value[role]);
    const request: UserImportRequest = { csv, roles };
    this.pending.set(kind);
    this.requestError.set(null);
    try {
      const report = await firstValueFrom(
        kind === 'preview'
          ? this.usersApi.previewImport(request)
          : this.usersApi.runImport(request),
      );
      this.report.set(report);
      this.errorsOnly.set(false);
      this.pageIndex.set(0);
    } catch (error: unknown) {
      if (httpStatusOf(error) === 400) {
        const apiError = toApiError(error);
        const details = (apiError.details ?? []).map((detail) => fieldSentence(detail));
        this.requestError.set([apiError.message, ...details].join(' '));
      }
    } finally {
      this.pending.set(null);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  InvitationImportReport,
  InvitationImportRow,
  MAX_PAGE_SIZE,
} from '@mentorbridge/shared-contracts';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import { downloadTextFile, fieldSentence, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent, StatusChipComponent, StatusTone } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { plural } from '../shared/labels';

export interface ImportInvitationsDialogData {
  cohortId: string;
  cohortName: string;
}

export const INVITATION_CSV_TEMPLATE =
  'email,role\nli.wei@example.org,mentee\nsam.ortiz@example.org,mentor\n';

const ACTION_CHIPS: Record<
  InvitationImportRow['action'],
  { label: string; tone: StatusTone; icon: string }
> = {
  invite: { label: 'Invite', tone: 'success', icon: 'outgoing_mail' },
  skip: { label: 'Skip', tone: 'neutral', icon: 'redo' },
  error: { label: 'Error', tone: 'danger', icon: 'error' },
};

/** Largest file read in the browser (the API takes up to 1 MB of CSV). */
const MAX_FILE_BYTES = 1_000_000;

/**
 * Invites people listed in a CSV (`email,role`). A dry run first shows, row by row, who would be
 * invited, skipped or refused and why; then "Invite N people" imports for real.
 */
@Component({
  selector: 'mb-import-invitations-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    BannerComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Invite from a CSV file</h2>
    <mat-dialog-content>
      <p class="intro">
        One person per row, with a header row <code>email,role</code>; role is
        <code>mentor</code> or <code>mentee</code>. People must already be in the directory. Nothing
        is sent until you confirm the preview.
      </p>
      <div class="file-row">
        <input
          #file
          type="file"
          accept=".csv,text/csv,text/plain"
          class="visually-hidden"
          tabindex="-1"
          aria-label="CSV file"
          id="invitation-csv-file"
          (change)="readFile(file)"
          data-testid="csv-file"
        />
        <button mat-stroked-button type="button" (click)="file.click()">
          <mat-icon aria-hidden="true" fontIcon="upload_file" />
          Choose a file…
        </button>
        <button mat-button type="button" (click)="downloadTemplate()">
          <mat-icon aria-hidden="true" fontIcon="download" />
          Download template
        </button>
        @if (fileName()) {
          <span class="file-name">{{ fileName() }}</span>
        }
      </div>
      <mat-form-field class="field">
        <mat-label>CSV</mat-label>
        <textarea
          matInput
          [formControl]="csv"
          rows="6"
          class="csv"
          spellcheck="false"
          placeholder="email,role"
          data-testid="csv-text"
        ></textarea>
        <mat-hint>Or paste the rows here.</mat-hint>
      </mat-form-field>

      @if (problem()) {
        <mb-banner tone="error" class="block" data-testid="csv-problem">{{ problem() }}</mb-banner>
      }
      @if (busy()) {
        <mat-progress-bar
          mode="indeterminate"
          [attr.aria-label]="busy() === 'preview' ? 'Checking the file' : 'Sending invitations'"
        />
      }

      @if (preview(); as report) {
        <section class="preview" aria-labelledby="preview-heading" data-testid="csv-preview">
          <h3 id="preview-heading" class="preview-title">Preview</h3>
          @for (message of report.fileErrors; track $index) {
            <mb-banner tone="error" class="block">{{ message }}</mb-banner>
          }
          <p class="summary" data-testid="csv-summary">
            {{ plural(report.summary.invite, 'person', 'people') }} to invite ·
            {{ plural(report.summary.skip, 'row') }} skipped ·
            {{ plural(report.summary.error, 'row') }} with errors
          </p>
          @if (stale()) {
            <mb-banner tone="warning" class="block">
              The CSV changed since this preview: check it again before inviting.
            </mb-banner>
          }
          @if (report.rows.length) {
            <div class="table-scroll" tabindex="0" role="region" aria-label="Rows of the preview">
              <table class="rows">
                <caption class="visually-hidden">
                  What happens to each row
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Result</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of shownRows(); track row.line) {
                    <tr [class]="'row-' + row.action" data-testid="import-row">
                      <td>{{ row.line }}</td>
                      <td class="email">{{ row.email ?? '—' }}</td>
                      <td>{{ row.role ?? '—' }}</td>
                      <td>
                        <mb-status-chip
                          [label]="chips[row.action].label"
                          [tone]="chips[row.action].tone"
                          [icon]="chips[row.action].icon"
                        />
                      </td>
                      <td data-testid="import-row-errors">{{ problems(row) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            @if (report.rows.length > shownRows().length) {
              <p class="muted">
                Showing the first {{ shownRows().length }} of {{ report.rows.length }} rows.
              </p>
            }
          }
        </section>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [disabled]="!!busy()">Cancel</button>
      <button
        mat-stroked-button
        type="button"
        [disabled]="!csvValue().trim() || !!busy()"
        (click)="check()"
        data-testid="csv-check"
      >
        Check the file
      </button>
      <button
        mat-flat-button
        type="button"
        [disabled]="!canImport()"
        (click)="importNow()"
        data-testid="csv-import"
      >
        {{ importLabel() }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .intro {
      margin: 0 0 12px;
    }
    code {
      font-family: ui-monospace, monospace;
      padding: 0 4px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
    }
    .file-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-bottom: 12px;
    }
    .file-name {
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .field {
      width: 100%;
    }
    .csv {
      font-family: ui-monospace, monospace;
    }
    .block {
      margin-bottom: 12px;
    }
    .preview-title {
      margin: 8px 0;
      font: var(--mat-sys-title-medium);
    }
    .summary {
      margin: 0 0 8px;
    }
    .table-scroll {
      overflow-x: auto;
      max-height: 320px;
      overflow-y: auto;
    }
    .rows {
      width: 100%;
      border-collapse: collapse;
    }
    .rows th,
    .rows td {
      padding: 6px 8px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .rows th {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .email {
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ImportInvitationsDialogComponent {
  protected readonly data = inject<ImportInvitationsDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(
    MatDialogRef<ImportInvitationsDialogComponent, InvitationImportReport>,
  );
  private readonly api = inject(RecruitmentApi);

  protected readonly chips = ACTION_CHIPS;
  protected readonly plural = plural;

  protected readonly csv = new FormControl('', { nonNullable: true });
  protected readonly csvValue = toSignal(this.csv.valueChanges, { initialValue: '' });
  protected readonly fileName = signal<string | null>(null);

  protected readonly preview = signal<InvitationImportReport | null>(null);
  /** The CSV the preview was made from. */
  private readonly previewedCsv = signal<string | null>(null);
  protected readonly stale = computed(
    () => this.preview() !== null && this.previewedCsv() !== this.csvValue(),
  );
  protected readonly shownRows = computed(() =>
    (this.preview()?.rows ?? []).slice(0, MAX_PAGE_SIZE * 5),
  );

  protected readonly busy = signal<'preview' | 'import' | null>(null);
  protected readonly problem = signal<string | null>(null);

  protected readonly toInvite = computed(() => this.preview()?.summary.invite ?? 0);
  protected readonly canImport = computed(
    () => !this.busy() && !this.stale() && this.toInvite() > 0,
  );
  protected readonly importLabel = computed(() =>
    this.toInvite() ? `Invite ${plural(this.toInvite(), 'person', 'people')}` : 'Invite',
  );

  protected problems(row: InvitationImportRow): string {
    return row.errors.map((error) => fieldSentence(error)).join(' ');
  }

  protected readFile(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (!file) {
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      this.problem.set('The file is larger than 1 MB: split it into smaller files.');
      return;
    }
    this.problem.set(null);
    this.fileName.set(file.name);
    void file.text().then((text) => {
      this.csv.setValue(text);
      this.csv.markAsDirty();
    });
  }

  protected downloadTemplate(): void {
    downloadTextFile('invitations-template.csv', INVITATION_CSV_TEMPLATE);
  }

  protected async check(): Promise<void> {
    const csv = this.csv.value;
    if (!csv.trim() || this.busy()) {
      return;
    }
    this.busy.set('preview');
    this.problem.set(null);
    try {
      const report = await firstValueFrom(
        this.api.importInvitations(this.data.cohortId, csv, true),
      );
      this.preview.set(report);
      this.previewedCsv.set(csv);
    } catch (error) {
      this.preview.set(null);
      this.problem.set(toApiError(error).message);
    } finally {
      this.busy.set(null);
    }
  }

  protected async importNow(): Promise<void> {
    const csv = this.previewedCsv();
    if (!this.canImport() || csv === null) {
      return;
    }
    this.busy.set('import');
    this.problem.set(null);
    try {
      const report = await firstValueFrom(
        this.api.importInvitations(this.data.cohortId, csv, false),
      );
      this.ref.close(report);
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.busy.set(null);
    }
  }
}

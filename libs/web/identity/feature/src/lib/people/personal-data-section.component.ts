import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ErasePersonResult, isErasedEmail, UserDetail } from '@mentorbridge/shared-contracts';
import { PrivacyApi } from '@mentorbridge/web-identity-data-access';
import { saveBlob, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { ErasePersonDialogComponent, ErasePersonDialogData } from './erase-person-dialog.component';

export function isErasedPerson(person: Pick<UserDetail, 'email'>): boolean {
  return isErasedEmail(person.email);
}

/** `mentorbridge-export-lena-ortiz.json`; the id when the name gives nothing (or was erased). */
export function exportFileName(person: Pick<UserDetail, 'id' | 'displayName' | 'email'>): string {
  const slug = isErasedPerson(person)
    ? ''
    : person.displayName
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60)
        .replace(/-+$/, '');
  return `mentorbridge-export-${slug || person.id}.json`;
}

/**
 * Personal-data rights on a person's record (organisation-wide HR leads): download everything
 * held about them, or erase them. The server records both in the audit log.
 */
@Component({
  selector: 'mb-personal-data-section',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="section" aria-labelledby="personal-data-heading">
      <h3 id="personal-data-heading" class="section-title">Personal data</h3>
      @if (erased()) {
        <p class="section-text">
          This person's personal data has been erased. The record stays so program numbers still add
          up; the export shows what is left.
        </p>
      } @else {
        <p class="section-text">
          For a data request: download everything MentorBridge holds about
          {{ person().displayName }} (the people they were paired with are left out), or erase them.
          Both are recorded in the audit log.
        </p>
      }
      <div class="progress" role="status" aria-live="polite">
        @if (exporting()) {
          <mat-progress-bar mode="indeterminate" aria-label="Preparing the data export" />
          <span class="visually-hidden">Preparing the data export…</span>
        } @else if (savedAs(); as file) {
          <span class="saved">Saved as {{ file }}</span>
        }
      </div>
      @if (exportError(); as message) {
        <mb-banner tone="error" class="banner" data-testid="export-error">{{ message }}</mb-banner>
      }
      <div class="actions">
        <button
          mat-stroked-button
          type="button"
          [disabled]="exporting()"
          (click)="downloadExport()"
          data-testid="download-export"
        >
          <mat-icon aria-hidden="true" fontIcon="download" />
          {{ exporting() ? 'Preparing export…' : 'Download data export' }}
        </button>
        @if (!erased()) {
          <span [matTooltip]="isSelf() ? 'You can’t erase yourself' : ''">
            <button
              mat-stroked-button
              type="button"
              class="danger"
              [disabled]="isSelf() || exporting()"
              (click)="openErase()"
              data-testid="erase-person"
            >
              <mat-icon aria-hidden="true" fontIcon="person_remove" />
              Erase this person…
            </button>
          </span>
        }
      </div>
    </section>
  `,
  styles: `
    .section {
      padding: 16px 0;
    }
    .section-title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .section-text {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .progress {
      min-height: 4px;
      margin-bottom: 8px;
    }
    .saved {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .banner {
      margin-bottom: 12px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .danger:not(:disabled) {
      --mat-button-outlined-label-text-color: var(--mat-sys-error);
      --mat-button-outlined-outline-color: var(--mat-sys-error);
    }
  `,
})
export class PersonalDataSectionComponent {
  readonly person = input.required<UserDetail>();
  /** The signed-in HR lead's own record: they cannot erase themselves. */
  readonly isSelf = input(false);
  /** After a completed erasure, so the record and the list can be refreshed. */
  readonly erasedPerson = output<ErasePersonResult>();

  private readonly privacyApi = inject(PrivacyApi);
  private readonly dialog = inject(MatDialog);

  protected readonly erased = computed(() => isErasedPerson(this.person()));
  protected readonly exporting = signal(false);
  protected readonly exportError = signal<string | null>(null);
  protected readonly savedAs = signal<string | null>(null);

  protected async downloadExport(): Promise<void> {
    if (this.exporting()) {
      return;
    }
    const person = this.person();
    this.exporting.set(true);
    this.exportError.set(null);
    this.savedAs.set(null);
    try {
      const data = await firstValueFrom(this.privacyApi.exportPerson(person.id));
      const fileName = exportFileName(person);
      saveBlob(
        fileName,
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json;charset=utf-8' }),
      );
      this.savedAs.set(fileName);
    } catch (error: unknown) {
      this.exportError.set(
        `We couldn't prepare the data export. ${toApiError(error).message}`.trim(),
      );
    } finally {
      this.exporting.set(false);
    }
  }

  protected async openErase(): Promise<void> {
    const { id, displayName, email } = this.person();
    const ref = this.dialog.open<
      ErasePersonDialogComponent,
      ErasePersonDialogData,
      ErasePersonResult | undefined
    >(ErasePersonDialogComponent, {
      data: { person: { id, displayName, email } },
      width: '560px',
      maxWidth: '100vw',
      autoFocus: 'first-heading',
      role: 'alertdialog',
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (result) {
      this.erasedPerson.emit(result);
    }
  }
}

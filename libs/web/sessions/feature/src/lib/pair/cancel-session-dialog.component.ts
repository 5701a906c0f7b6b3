import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { SessionView } from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent, LocalDatePipe } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export interface CancelSessionDialogData {
  session: SessionView;
  partnerName: string;
}

/** The API keeps at most this many characters of a cancellation reason. */
export const CANCEL_REASON_MAX = 500;

/** Cancels a planned session, with an optional reason the partner sees. Closes with the session. */
@Component({
  selector: 'mb-cancel-session-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    BannerComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Cancel this session?</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">
          The session on
          <time [attr.datetime]="data.session.scheduledAt">{{
            data.session.scheduledAt | localDate: 'dateTime'
          }}</time>
          will show as cancelled by you.
        </p>
        @if (problem(); as message) {
          <mb-banner tone="error" title="The session was not cancelled">{{ message }}</mb-banner>
        }
        <mat-form-field class="wide">
          <mat-label>Reason (optional)</mat-label>
          <textarea
            matInput
            rows="3"
            formControlName="reason"
            [maxlength]="max"
            data-testid="cancel-reason"
          ></textarea>
          <mat-hint>Shared with {{ data.partnerName }}.</mat-hint>
          <mat-hint align="end">{{ reason.value.length }} / {{ max }}</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Keep it</button>
        <button
          mat-flat-button
          type="submit"
          class="destructive"
          [disabled]="saving()"
          data-testid="cancel-confirm"
        >
          Cancel session
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    .intro {
      margin: 0 0 16px;
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
    mb-banner {
      display: block;
      margin-bottom: 16px;
    }
  `,
})
export class CancelSessionDialogComponent {
  protected readonly data = inject<CancelSessionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CancelSessionDialogComponent, SessionView>);
  private readonly api = inject(SessionsApi);

  protected readonly max = CANCEL_REASON_MAX;
  protected readonly reason = new FormControl('', { nonNullable: true });
  protected readonly form = new FormGroup({ reason: this.reason });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    const reason = this.reason.value.trim().slice(0, CANCEL_REASON_MAX);
    this.saving.set(true);
    this.problem.set(null);
    try {
      const saved = await firstValueFrom(
        this.api.cancel(this.data.session.id, reason ? { reason } : {}),
      );
      this.ref.close(saved);
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}

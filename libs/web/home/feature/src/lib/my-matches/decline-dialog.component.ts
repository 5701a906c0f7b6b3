import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatchView } from '@mentorbridge/shared-contracts';
import { MatchingApi, reasonError, sentence } from '@mentorbridge/web-matching-data-access';
import { fieldErrorsOf, httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export const DECLINE_REASON = { min: 3, max: 1000, label: 'The reason' } as const;

export interface DeclineDialogData {
  match: MatchView;
  partnerName: string;
}

/** Declines a proposed match; the reason is required and goes to the program's HR leads. */
@Component({
  selector: 'mb-decline-match-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Decline the match with {{ data.partnerName }}?</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="explanation">
          Tell HR why, so they can find a better match for you both. Your reason goes to the
          program's HR leads.
        </p>
        @if (problem(); as message) {
          <mb-banner tone="error" title="Your answer was not saved" data-testid="decline-problem">
            {{ message }}
          </mb-banner>
        }
        <mat-form-field class="field">
          <mat-label>Why are you declining?</mat-label>
          <textarea
            matInput
            rows="4"
            required
            formControlName="reason"
            [attr.maxlength]="max"
            data-testid="decline-reason"
          ></textarea>
          <mat-hint>For example: we already work closely together.</mat-hint>
          @if (reason.invalid && reason.touched) {
            <mat-error>{{ reason.errors?.['reason'] }}</mat-error>
          }
        </mat-form-field>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" aria-label="Sending your answer" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button
          mat-flat-button
          type="submit"
          class="destructive"
          [disabled]="saving()"
          data-testid="confirm-decline"
        >
          Decline
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .explanation {
      margin: 0 0 16px;
    }
    .field {
      width: 100%;
    }
    mb-banner {
      margin-bottom: 16px;
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class DeclineDialogComponent {
  protected readonly data = inject<DeclineDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<DeclineDialogComponent, MatchView>);
  private readonly api = inject(MatchingApi);

  protected readonly max = DECLINE_REASON.max;
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [
      (control) => {
        const message = reasonError(String(control.value ?? ''), DECLINE_REASON);
        return message ? { reason: message } : null;
      },
    ],
  });
  protected readonly form = new FormGroup({ reason: this.reason });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      const updated = await firstValueFrom(
        this.api.respond(this.data.match.id, { accept: false, reason: this.reason.value.trim() }),
      );
      this.ref.close(updated);
    } catch (error) {
      const reasonProblem = fieldErrorsOf(error).find((detail) => detail.field === 'reason');
      if (httpStatusOf(error) === 400 && reasonProblem) {
        this.reason.setErrors({ reason: sentence(reasonProblem.message) });
        this.reason.markAsTouched();
      } else {
        this.problem.set(toApiError(error).message);
      }
    } finally {
      this.saving.set(false);
    }
  }
}

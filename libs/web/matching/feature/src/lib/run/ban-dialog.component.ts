import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatchConstraintView, MatchPersonView } from '@mentorbridge/shared-contracts';
import { MatchingApi, reasonError, sentence } from '@mentorbridge/web-matching-data-access';
import { fieldErrorsOf, httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export const BAN_REASON = { min: 3, max: 500, label: 'The reason' } as const;

export interface BanDialogData {
  cohortId: string;
  mentor: MatchPersonView;
  mentee: MatchPersonView;
}

/** Excludes a pair from every later run of the cohort, with the reason HR gives. */
@Component({
  selector: 'mb-ban-dialog',
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
    <h2 mat-dialog-title>
      Never pair {{ data.mentor.displayName }} and {{ data.mentee.displayName }}?
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="explanation">
          Every later run of this cohort leaves this pair out. This run's proposal does not change:
          re-run, or swap the pair by hand.
        </p>
        @if (problem(); as message) {
          <mb-banner tone="error" title="The pair was not excluded" data-testid="ban-problem">
            {{ message }}
          </mb-banner>
        }
        <mat-form-field class="field">
          <mat-label>Reason</mat-label>
          <textarea
            matInput
            rows="3"
            required
            formControlName="reason"
            [attr.maxlength]="max"
            data-testid="ban-reason"
          ></textarea>
          <mat-hint>Only the program's HR leads see it.</mat-hint>
          @if (reason.invalid) {
            <mat-error>{{ reason.errors?.['reason'] }}</mat-error>
          }
        </mat-form-field>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" aria-label="Excluding the pair" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button
          mat-flat-button
          type="submit"
          class="destructive"
          [disabled]="saving()"
          data-testid="confirm-ban"
        >
          Exclude the pair
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
export class BanDialogComponent {
  protected readonly data = inject<BanDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<BanDialogComponent, MatchConstraintView>);
  private readonly api = inject(MatchingApi);

  protected readonly max = BAN_REASON.max;
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [
      (control) => {
        const message = reasonError(String(control.value ?? ''), BAN_REASON);
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
      const created = await firstValueFrom(
        this.api.addConstraint(this.data.cohortId, {
          kind: 'ban',
          mentorUserId: this.data.mentor.userId,
          menteeUserId: this.data.mentee.userId,
          reason: this.reason.value.trim(),
        }),
      );
      this.ref.close(created);
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

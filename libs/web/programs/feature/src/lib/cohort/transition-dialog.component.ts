import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  COHORT_STATE_LABELS,
  COHORT_TRANSITION_VERBS,
  CohortDetail,
  CohortNextStep,
  CohortState,
  CohortTransitionRequest,
  OVERRIDE_REASON_MIN_LENGTH,
} from '@mentorbridge/shared-contracts';
import { CohortsApi } from '@mentorbridge/web-programs-data-access';
import {
  fieldErrorsOf,
  fieldSentence,
  httpStatusOf,
  toApiError,
} from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { formTick } from '../shared/forms';

export interface TransitionDialogData {
  cohort: CohortDetail;
  step: CohortNextStep;
  /** Override a blocking gate: a written reason is required and recorded. */
  override: boolean;
  /** Called when the API refused the move (409): the cohort behind the dialog may be stale. */
  onRefused: () => void;
}

/** What a move means for the people in the cohort, in plain words. */
const CONSEQUENCES: Readonly<Record<CohortState, string>> = {
  draft: 'The cohort goes back to Draft.',
  recruiting: 'People can be invited to apply, and applications come in for screening.',
  matching: 'Applications close, and you can match approved mentors and mentees.',
  active: 'Published pairs start their relationships: sessions and check-ins begin.',
  closing: 'Relationships wind down: closure conversations, exit surveys and goal review.',
  closed: 'The cohort is archived. Its history stays, but nothing can change any more.',
};

/**
 * Confirms a move of a cohort to its next state (with an optional note), or — for a blocked
 * move whose gate may be overridden — asks for the written reason that the log records.
 */
@Component({
  selector: 'mb-transition-dialog',
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
    <h2 mat-dialog-title>{{ title }}</h2>
    <mat-dialog-content class="content">
      <div class="progress">
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" aria-label="Moving the cohort" />
        }
      </div>
      @if (data.override) {
        <mb-banner tone="warning" title="This move is blocked" class="banner">
          <p class="banner-text" data-testid="gate-message">{{ data.step.blockedBy }}</p>
        </mb-banner>
        <p class="text">
          You can override the gate as an HR lead of this program. Say why it is right to go ahead
          anyway: your reason is recorded in the cohort's transition log with your name.
        </p>
      } @else {
        <p class="text">
          {{ cohortName }} moves from {{ fromLabel }} to {{ toLabel }}. {{ consequence }}
        </p>
      }
      @if (failure(); as message) {
        <mb-banner tone="error" class="banner" data-testid="transition-error">
          {{ message }}
        </mb-banner>
      }
      <mat-form-field class="field">
        <mat-label>{{ data.override ? 'Reason for the override' : 'Note (optional)' }}</mat-label>
        <textarea
          matInput
          rows="4"
          [formControl]="reason"
          [required]="data.override"
          data-testid="transition-reason"
        ></textarea>
        <mat-hint>
          {{
            data.override
              ? 'At least ' + minLength + ' characters.'
              : 'Saved in the transition log.'
          }}
        </mat-hint>
        @if (reasonError(); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      @if (data.override) {
        <p class="counter" [class.enough]="length() >= minLength">
          <span class="visually-hidden">Characters written, of at least {{ minLength }}: </span>
          <span data-testid="reason-counter">{{ length() }} / {{ minLength }}</span>
        </p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined" [disabled]="saving()">
        Cancel
      </button>
      <button
        mat-flat-button
        type="button"
        (click)="confirm()"
        [disabled]="saving()"
        [class.override]="data.override"
        data-testid="confirm-transition"
      >
        {{ confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
    }
    .progress {
      height: 4px;
    }
    .text {
      margin: 0 0 16px;
    }
    .banner {
      margin-bottom: 16px;
    }
    .banner-text {
      margin: 0;
    }
    .field {
      width: 100%;
    }
    .counter {
      align-self: flex-end;
      margin: 0 16px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .override {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class TransitionDialogComponent {
  protected readonly data = inject<TransitionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<TransitionDialogComponent, CohortDetail>>(MatDialogRef);
  private readonly api = inject(CohortsApi);

  protected readonly minLength = OVERRIDE_REASON_MIN_LENGTH;
  protected readonly cohortName = this.data.cohort.name;
  protected readonly fromLabel = COHORT_STATE_LABELS[this.data.cohort.state];
  protected readonly toLabel = COHORT_STATE_LABELS[this.data.step.to];
  protected readonly consequence = CONSEQUENCES[this.data.step.to];
  private readonly verb = COHORT_TRANSITION_VERBS[this.data.step.to];
  protected readonly title = this.data.override
    ? `Override the gate and ${this.verb.toLowerCase()}?`
    : this.data.step.to === 'closed'
      ? `Close and archive ${this.cohortName}?`
      : `${this.verb} for ${this.cohortName}?`;
  protected readonly confirmLabel = this.data.override
    ? `Override and ${this.verb.toLowerCase()}`
    : this.verb;

  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: this.data.override
      ? [
          (control) =>
            control.value.trim().length < OVERRIDE_REASON_MIN_LENGTH
              ? {
                  reason: `Write at least ${OVERRIDE_REASON_MIN_LENGTH} characters: why is it right to go ahead?`,
                }
              : null,
        ]
      : [Validators.maxLength(2000)],
  });
  private readonly tick = formTick(this.reason);
  protected readonly length = computed(() => {
    this.tick();
    return this.reason.value.trim().length;
  });
  protected readonly reasonError = computed(() => {
    this.tick();
    const errors = this.reason.touched ? this.reason.errors : null;
    if (!errors) {
      return null;
    }
    if (errors['maxlength']) {
      return 'The note can be at most 2000 characters.';
    }
    const message = errors['server'] ?? errors['reason'];
    return typeof message === 'string' ? message : null;
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async confirm(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    const note = this.reason.value.trim();
    const request: CohortTransitionRequest = { to: this.data.step.to };
    if (note) {
      request.reason = note;
    }
    if (this.data.override) {
      request.overrideGate = true;
    }
    this.saving.set(true);
    this.failure.set(null);
    try {
      const cohort = await firstValueFrom(this.api.transition(this.data.cohort.id, request));
      this.dialogRef.close(cohort);
    } catch (error: unknown) {
      const status = httpStatusOf(error);
      const reasonDetail = fieldErrorsOf(error).find((detail) => detail.field === 'reason');
      if (status === 400 && reasonDetail) {
        this.reason.setErrors({ server: fieldSentence(reasonDetail, 'The reason') });
        this.reason.markAsTouched();
      } else {
        this.failure.set(toApiError(error).message);
        if (status === 409) {
          this.data.onRefused();
        }
      }
    } finally {
      this.saving.set(false);
    }
  }
}

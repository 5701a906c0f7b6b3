import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { firstValueFrom, Observable } from 'rxjs';
import { BannerComponent } from '../banner/banner.component';

/** How long a reason must be; `label` names it in messages ("The reason needs …"). */
export interface ReasonRule {
  min: number;
  max: number;
  label: string;
}

/**
 * Why sending the reason failed: the server refused the reason itself (shown under the field), or
 * something else went wrong (shown in a banner above it).
 */
export type ReasonFailure = { reason: string } | { problem: string };

export interface ReasonDialogData<R> {
  title: string;
  /** What happens next, and who reads the reason. */
  explanation: string;
  /** The reason field's label, e.g. "Why are you declining?". */
  label: string;
  /** Shown under the field, e.g. an example reason. */
  hint: string;
  rule: ReasonRule;
  /** Text rows of the reason field (default 4). */
  rows?: number;
  /** The confirming button, e.g. "Decline". */
  confirmLabel: string;
  /** Names the progress bar while the reason is sent, e.g. "Sending your answer". */
  sendingLabel: string;
  /** Title of the banner when sending fails, e.g. "Your answer was not saved". */
  problemTitle: string;
  /**
   * Prefix of the dialog's test ids: `<testId>-explanation`, `<testId>-reason`,
   * `<testId>-problem` and `confirm-<testId>`.
   */
  testId: string;
  /** Sends the trimmed reason; the dialog closes with what it answers. */
  send(reason: string): Observable<R>;
  /** Sorts an error of `send` into a field message or a banner. */
  failure(error: unknown): ReasonFailure;
}

/** A trimmed text of at least `min` and at most `max` characters, with a message in plain words. */
export function reasonError(value: string, { min, max, label }: ReasonRule): string | null {
  const length = value.trim().length;
  if (length === 0) {
    return `Enter ${label.toLowerCase()}.`;
  }
  if (length < min) {
    return `${label} needs at least ${min} characters.`;
  }
  if (length > max) {
    return `${label} can be at most ${max} characters.`;
  }
  return null;
}

/**
 * Asks for the reason behind a consequential step (declining, excluding), sends it and closes with
 * the answer. The reason is required; the caller says what it is for and who reads it.
 */
@Component({
  selector: 'mb-reason-dialog',
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
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="explanation" [attr.data-testid]="data.testId + '-explanation'">
          {{ data.explanation }}
        </p>
        @if (problem(); as message) {
          <mb-banner
            tone="error"
            [title]="data.problemTitle"
            [attr.data-testid]="data.testId + '-problem'"
          >
            {{ message }}
          </mb-banner>
        }
        <mat-form-field class="field">
          <mat-label>{{ data.label }}</mat-label>
          <textarea
            matInput
            [rows]="data.rows ?? 4"
            required
            formControlName="reason"
            [attr.maxlength]="data.rule.max"
            [attr.data-testid]="data.testId + '-reason'"
          ></textarea>
          <mat-hint>{{ data.hint }}</mat-hint>
          @if (reason.invalid && reason.touched) {
            <mat-error>{{ reason.errors?.['reason'] }}</mat-error>
          }
        </mat-form-field>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="data.sendingLabel" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined" [disabled]="saving()">
          Cancel
        </button>
        <button
          mat-flat-button
          type="submit"
          class="destructive"
          [disabled]="saving()"
          [attr.data-testid]="'confirm-' + data.testId"
        >
          {{ data.confirmLabel }}
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
export class ReasonDialogComponent<R = unknown> {
  protected readonly data = inject<ReasonDialogData<R>>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialogComponent<R>, R>>(MatDialogRef);

  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [
      (control) => {
        const message = reasonError(String(control.value ?? ''), this.data.rule);
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
      this.ref.close(await firstValueFrom(this.data.send(this.reason.value.trim())));
    } catch (error) {
      const failure = this.data.failure(error);
      if ('reason' in failure) {
        this.reason.setErrors({ reason: failure.reason });
        this.reason.markAsTouched();
      } else {
        this.problem.set(failure.problem);
      }
    } finally {
      this.saving.set(false);
    }
  }
}

/**
 * Opens the reason dialog and resolves to what `send` answered, or `undefined` when the person
 * cancelled.
 */
export function askForReason<R>(
  dialog: MatDialog,
  data: ReasonDialogData<R>,
): Promise<R | undefined> {
  const ref = dialog.open<ReasonDialogComponent<R>, ReasonDialogData<R>, R>(ReasonDialogComponent, {
    data,
    width: '520px',
    maxWidth: '95vw',
    autoFocus: 'textarea',
  });
  return firstValueFrom(ref.afterClosed());
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  CreateMentorRequest,
  MatchPersonView,
  MentorRequestView,
} from '@mentorbridge/shared-contracts';
import { MatchingApi, sentence } from '@mentorbridge/web-matching-data-access';
import { fieldErrorsOf, httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { REQUEST_MESSAGE_MAX } from './choice-format';

export interface AskMentorDialogData {
  cohortId: string;
  mentor: MatchPersonView;
  /** Days the mentor has to answer (the program's request window). */
  expiryDays: number;
}

/**
 * What the dialog closes with: the request sent; `'stale'` when the API refused it because the
 * list changed meanwhile (the mentor became full, another mentor accepted me…), so the host reloads.
 */
export type AskMentorResult = MentorRequestView | 'stale';

/** Asks a mentor from my shortlist, with an optional note. */
@Component({
  selector: 'mb-ask-mentor-dialog',
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
    <h2 mat-dialog-title>Ask {{ data.mentor.displayName }} to be your mentor?</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="explanation">
          {{ data.mentor.displayName }} gets your request by email and has {{ data.expiryDays }}
          {{ data.expiryDays === 1 ? 'day' : 'days' }} to answer. You can withdraw it until then,
          and ask other mentors from your list meanwhile.
        </p>
        @if (problem(); as text) {
          <mb-banner tone="error" title="Your request was not sent" data-testid="ask-problem">
            {{ text }}
          </mb-banner>
        }
        <mat-form-field class="field">
          <mat-label>A note to {{ data.mentor.displayName }} (optional)</mat-label>
          <textarea
            matInput
            rows="4"
            formControlName="message"
            [attr.maxlength]="max"
            data-testid="ask-message"
          ></textarea>
          <mat-hint>What you hope to work on, and why them.</mat-hint>
          <mat-hint align="end">{{ message.value.length }} / {{ max }}</mat-hint>
          @if (message.invalid && message.touched) {
            <mat-error>{{ messageError() }}</mat-error>
          }
        </mat-form-field>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" aria-label="Sending your request" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button
          mat-button
          type="button"
          [mat-dialog-close]="stale() ? 'stale' : undefined"
          [disabled]="saving()"
        >
          Cancel
        </button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="confirm-ask">
          Send request
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
  `,
})
export class AskMentorDialogComponent {
  protected readonly data = inject<AskMentorDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<AskMentorDialogComponent, AskMentorResult>);
  private readonly api = inject(MatchingApi);

  protected readonly max = REQUEST_MESSAGE_MAX;
  protected readonly message = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(REQUEST_MESSAGE_MAX)],
  });
  protected readonly form = new FormGroup({ message: this.message });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  private readonly serverMessageError = signal<string | null>(null);
  /** The API refused the request because something changed: the list needs reloading. */
  protected readonly stale = signal(false);

  protected messageError(): string {
    return (
      this.serverMessageError() ?? `The note can be at most ${REQUEST_MESSAGE_MAX} characters.`
    );
  }

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.message.invalid) {
      this.message.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    this.serverMessageError.set(null);
    const note = this.message.value.trim();
    const request: CreateMentorRequest = { mentorUserId: this.data.mentor.userId };
    if (note) {
      request.message = note;
    }
    try {
      this.ref.close(await firstValueFrom(this.api.requestMentor(this.data.cohortId, request)));
    } catch (error) {
      const messageProblem = fieldErrorsOf(error).find((detail) => detail.field === 'message');
      if (httpStatusOf(error) === 400 && messageProblem) {
        this.serverMessageError.set(sentence(messageProblem.message));
        this.message.setErrors({ server: true });
        this.message.markAsTouched();
      } else {
        this.stale.set(this.stale() || httpStatusOf(error) === 409);
        this.problem.set(toApiError(error).message);
      }
    } finally {
      this.saving.set(false);
    }
  }
}

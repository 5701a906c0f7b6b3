import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Decision, DecisionRequest, FieldError } from '@mentorbridge/shared-contracts';
import {
  controlErrorMessage,
  httpStatusOf,
  toApiError,
} from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom, map, Observable, startWith } from 'rxjs';

export const REASON_MIN = 5;
export const REASON_MAX = 500;
export const MESSAGE_MIN = 20;
export const MESSAGE_MAX = 2000;

export interface DecisionDialogData<T = unknown> {
  decision: Decision;
  /** Whose application(s): "Ana Silva's application" or "12 applications". */
  subject: string;
  count: number;
  /** Sends the decision; the dialog shows refusals and closes with the result. */
  submit: (request: DecisionRequest) => Observable<T>;
}

const TITLES: Record<Decision, string> = {
  approve: 'Approve',
  waitlist: 'Waitlist',
  reject: 'Reject',
};

const EXPLANATIONS: Record<Decision, (count: number) => string> = {
  approve: (n) =>
    `${n === 1 ? 'The applicant is' : 'Each applicant is'} told by email that they are accepted. Approved people join the cohort and can be matched.`,
  waitlist: (n) =>
    `${n === 1 ? 'The applicant is' : 'Each applicant is'} told they are on the waiting list. You can approve or reject waitlisted applications later.`,
  reject: (n) =>
    `Rejecting is final. ${n === 1 ? 'The applicant reads' : 'Every applicant reads'} your message; the internal reason stays with the program's HR leads.`,
};

/** Trimmed length at least `min` (whitespace does not count), with a message in plain words. */
function minTrimmed(min: number, label: string): ValidatorFn {
  return (control: AbstractControl<string>) => {
    const length = (control.value ?? '').trim().length;
    if (length === 0) {
      return null;
    }
    return length < min ? { tooShort: `${label} needs at least ${min} characters.` } : null;
  };
}

/**
 * Confirms a screening decision for one application or many. Rejecting needs an internal reason
 * (kept for HR) and a message the applicant reads; approving and waitlisting take an optional
 * note. The server's field errors show on the fields.
 */
@Component({
  selector: 'mb-decision-dialog',
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
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="explanation">{{ explanation }}</p>
        @if (problems().length) {
          <mb-banner
            tone="error"
            title="The decision was not saved"
            data-testid="decision-problems"
          >
            <ul class="problems">
              @for (problem of problems(); track $index) {
                <li>{{ problem }}</li>
              }
            </ul>
          </mb-banner>
        }
        @if (isReject) {
          <mat-form-field class="field">
            <mat-label>Internal reason</mat-label>
            <textarea
              matInput
              formControlName="reason"
              rows="2"
              required
              [attr.maxlength]="reasonMax"
              data-testid="decision-reason"
            ></textarea>
            <mat-hint>Only HR leads of the program see this.</mat-hint>
            <mat-hint align="end" data-testid="reason-counter">{{ reasonCounter() }}</mat-hint>
            @if (form.controls.reason.invalid) {
              <mat-error>{{ error('reason', 'Internal reason') }}</mat-error>
            }
          </mat-form-field>
        }
        <mat-form-field class="field">
          <mat-label>{{
            isReject ? 'Message to the applicant' : 'Note to the applicant (optional)'
          }}</mat-label>
          <textarea
            matInput
            formControlName="message"
            rows="5"
            [required]="isReject"
            [attr.maxlength]="messageMax"
            data-testid="decision-message"
          ></textarea>
          <mat-hint>{{
            isReject
              ? 'Sent with the decision. Be kind and specific; suggest what could help next time.'
              : 'Added to the email the applicant receives.'
          }}</mat-hint>
          <mat-hint align="end" data-testid="message-counter">{{ messageCounter() }}</mat-hint>
          @if (form.controls.message.invalid) {
            <mat-error>{{ error('message', 'Message to the applicant') }}</mat-error>
          }
        </mat-form-field>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" aria-label="Saving the decision" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button
          mat-flat-button
          type="submit"
          [class.destructive]="isReject"
          [disabled]="saving()"
          data-testid="decision-confirm"
        >
          {{ confirmLabel }}
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
      margin-bottom: 8px;
    }
    .problems {
      margin: 0;
      padding-left: 18px;
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
export class DecisionDialogComponent {
  private readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<DecisionDialogComponent>);

  protected readonly isReject = this.data.decision === 'reject';
  protected readonly reasonMax = REASON_MAX;
  protected readonly messageMax = MESSAGE_MAX;
  protected readonly title = `${TITLES[this.data.decision]} ${this.data.subject}`;
  protected readonly explanation = EXPLANATIONS[this.data.decision](this.data.count);
  protected readonly confirmLabel =
    this.data.count === 1
      ? TITLES[this.data.decision]
      : `${TITLES[this.data.decision]} ${this.data.count}`;

  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: this.isReject
        ? [Validators.required, minTrimmed(REASON_MIN, 'The internal reason')]
        : [],
    }),
    message: new FormControl('', {
      nonNullable: true,
      validators: this.isReject
        ? [Validators.required, minTrimmed(MESSAGE_MIN, 'The message')]
        : [],
    }),
  });

  private readonly values = toSignal(
    this.form.valueChanges.pipe(
      startWith(this.form.value),
      map(() => this.form.getRawValue()),
    ),
    { initialValue: this.form.getRawValue() },
  );
  protected readonly reasonCounter = computed(() =>
    counter(this.values().reason, REASON_MIN, REASON_MAX, this.isReject),
  );
  protected readonly messageCounter = computed(() =>
    counter(this.values().message, MESSAGE_MIN, MESSAGE_MAX, this.isReject),
  );

  protected readonly saving = signal(false);
  protected readonly problems = signal<string[]>([]);

  protected error(name: 'reason' | 'message', label: string): string | null {
    const control = this.form.controls[name];
    if (control.errors?.['required']) {
      return name === 'reason'
        ? 'Enter the reason (kept for HR).'
        : 'Write the message the applicant will read.';
    }
    return controlErrorMessage(control, label);
  }

  /** Puts the server's per-field messages on the fields; returns those that fit no field. */
  private showFieldErrors(details: readonly FieldError[]): string[] {
    const unmatched: string[] = [];
    for (const detail of details) {
      const control =
        detail.field === 'reason' || detail.field === 'message'
          ? this.form.controls[detail.field]
          : null;
      if (control) {
        control.setErrors({ ...(control.errors ?? {}), server: sentence(detail.message) });
        control.markAsTouched();
      } else {
        unmatched.push(sentence(detail.message));
      }
    }
    return unmatched;
  }

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problems.set(['Check the highlighted fields.']);
      return;
    }
    const { reason, message } = this.form.getRawValue();
    const request: DecisionRequest = { decision: this.data.decision };
    if (reason.trim()) request.reason = reason.trim();
    if (message.trim()) request.message = message.trim();
    this.saving.set(true);
    this.problems.set([]);
    try {
      const result = await firstValueFrom(this.data.submit(request));
      this.ref.close(result);
    } catch (error) {
      const apiError = toApiError(error);
      if (httpStatusOf(error) === 400) {
        this.problems.set([apiError.message, ...this.showFieldErrors(apiError.details ?? [])]);
      } else {
        this.problems.set([apiError.message]);
      }
    } finally {
      this.saving.set(false);
    }
  }
}

/** "a reason is required" → "A reason is required." */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

function counter(value: string, min: number, max: number, enforced: boolean): string {
  const length = value.trim().length;
  return enforced && length < min ? `${length} / ${min} minimum` : `${length} / ${max}`;
}

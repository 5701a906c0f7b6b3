import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CLOSURE_REASON_LABELS,
  ClosureView,
  EARLY_CLOSURE_REASONS,
  EarlyClosureReason,
  EarlyClosureRequest,
  PairSide,
} from '@mentorbridge/shared-contracts';
import { ClosureApi } from '@mentorbridge/web-sessions-data-access';
import { fieldErrorsOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export type EarlyClosureDialogData =
  | {
      /** A member of the pair ends their own relationship. */
      mode: 'pair';
      matchId: string;
      mySide: PairSide;
      partnerName: string;
      /** Preset reason (the no-fault exit of the fit check presets "fit"). */
      reason?: EarlyClosureReason;
      rematch?: boolean;
      /** Opened from a poor pairing-fit answer: say plainly that nobody is blamed. */
      noFault?: boolean;
    }
  | {
      /** An HR lead of the program ends a pair's relationship. */
      mode: 'hr';
      matchId: string;
      mentorName: string;
      menteeName: string;
    };

/** "Other" needs a few words of its own; the other reasons speak for themselves. */
function otherNeedsText(reason: () => EarlyClosureReason | null) {
  return (control: AbstractControl<string>) =>
    reason() === 'other' && !String(control.value ?? '').trim() ? { required: true } : null;
}

/**
 * Ends a relationship early, with a reason, an optional message to the other side and whether to
 * return to the pool for a new partner. It cannot be undone, so the person ticks that they know.
 */
@Component({
  selector: 'mb-early-closure-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (noFault) {
          <mb-banner tone="info" title="Nobody is to blame" data-testid="closure-no-fault">
            Some pairings do not click, and that is nobody's fault. Your fit answer is shared with
            HR only, never with {{ otherSide }}.
          </mb-banner>
        }
        @if (problem(); as message) {
          <mb-banner tone="error" title="The relationship was not ended">{{ message }}</mb-banner>
        }
        <mat-form-field class="wide">
          <mat-label>Why does it end?</mat-label>
          <mat-select formControlName="reason" required data-testid="closure-reason">
            @for (reason of reasons; track reason) {
              <mat-option [value]="reason">{{ reasonLabels[reason] }}</mat-option>
            }
          </mat-select>
          @if (form.controls.reason.invalid && form.controls.reason.touched) {
            <mat-error>Choose a reason.</mat-error>
          }
        </mat-form-field>
        @if (reason() === 'other') {
          <mat-form-field class="wide">
            <mat-label>Say in a few words why</mat-label>
            <textarea
              matInput
              rows="2"
              maxlength="500"
              required
              formControlName="reasonText"
              data-testid="closure-reason-text"
            ></textarea>
            @if (form.controls.reasonText.hasError('server')) {
              <mat-error>{{ form.controls.reasonText.getError('server') }}</mat-error>
            } @else if (form.controls.reasonText.invalid) {
              <mat-error data-testid="closure-reason-text-error"
                >Write the reason when you choose “Other reason”.</mat-error
              >
            }
          </mat-form-field>
        }
        <mat-form-field class="wide">
          <mat-label>{{ messageLabel }}</mat-label>
          <textarea
            matInput
            rows="3"
            maxlength="2000"
            formControlName="message"
            data-testid="closure-message"
          ></textarea>
          <mat-hint>{{ messageHint }}</mat-hint>
        </mat-form-field>

        @if (data.mode === 'pair') {
          <mat-checkbox formControlName="rematch" data-testid="closure-rematch">
            {{ data.mySide === 'mentee' ? 'Find me a new mentor' : 'Find me a new mentee' }}
          </mat-checkbox>
          <p class="hint">
            After the program's short waiting period you go back to the pool for a new match.
          </p>
        } @else {
          <div role="group" aria-label="Return to the pool" class="checks">
            <mat-checkbox formControlName="rematchMentee" data-testid="closure-rematch-mentee">
              Find {{ data.menteeName }} a new mentor
            </mat-checkbox>
            <mat-checkbox formControlName="rematchMentor" data-testid="closure-rematch-mentor">
              Find {{ data.mentorName }} a new mentee
            </mat-checkbox>
          </div>
        }

        <mb-banner tone="warning" title="This cannot be undone" class="undo">
          Sessions, notes and goals become read-only, and both sides get a short exit survey.
        </mb-banner>
        <mat-checkbox formControlName="understood" data-testid="closure-understood">
          I understand that ending cannot be undone.
        </mat-checkbox>
        @if (form.controls.understood.invalid && form.controls.understood.touched) {
          <p class="error" role="alert" data-testid="closure-understood-error">
            Tick this box to confirm.
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">
          Keep the relationship
        </button>
        <button
          mat-flat-button
          class="destructive"
          type="submit"
          [disabled]="saving()"
          data-testid="closure-confirm"
        >
          End the relationship
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    .hint {
      margin: 0 0 12px 40px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .checks {
      display: flex;
      flex-direction: column;
      margin-bottom: 12px;
    }
    .error {
      margin: 0 0 0 40px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-error);
    }
    mb-banner {
      display: flex;
      margin-bottom: 16px;
    }
    .undo {
      margin: 8px 0;
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class EarlyClosureDialogComponent {
  protected readonly data = inject<EarlyClosureDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<EarlyClosureDialogComponent, ClosureView>>(MatDialogRef);
  private readonly api = inject(ClosureApi);

  protected readonly reasons = EARLY_CLOSURE_REASONS;
  protected readonly reasonLabels = CLOSURE_REASON_LABELS;
  protected readonly noFault = this.data.mode === 'pair' && this.data.noFault === true;
  protected readonly otherSide =
    this.data.mode === 'pair' ? this.data.partnerName : 'the other side';
  protected readonly title =
    this.data.mode === 'pair'
      ? this.noFault
        ? 'End with no fault'
        : 'End this mentoring early'
      : `End the mentoring of ${this.data.mentorName} and ${this.data.menteeName}`;
  protected readonly messageLabel =
    this.data.mode === 'pair'
      ? `A message to ${this.data.partnerName} (optional)`
      : 'A message to both of them (optional)';
  protected readonly messageHint =
    this.data.mode === 'pair'
      ? `Sent by mail to ${this.data.partnerName} and the program's HR leads.`
      : 'Sent by mail to the mentor and the mentee.';

  private readonly reasonControl = new FormControl<EarlyClosureReason | null>(
    this.data.mode === 'pair' ? (this.data.reason ?? null) : null,
    { validators: (control) => (control.value ? null : { required: true }) },
  );
  protected readonly form = new FormGroup({
    reason: this.reasonControl,
    reasonText: new FormControl('', {
      nonNullable: true,
      validators: otherNeedsText(() => this.reasonControl.value),
    }),
    message: new FormControl('', { nonNullable: true }),
    rematch: new FormControl(this.data.mode === 'pair' && this.data.rematch === true, {
      nonNullable: true,
    }),
    rematchMentee: new FormControl(false, { nonNullable: true }),
    rematchMentor: new FormControl(false, { nonNullable: true }),
    understood: new FormControl(false, {
      nonNullable: true,
      validators: (control) => (control.value === true ? null : { required: true }),
    }),
  });
  protected readonly reason = toSignal(this.form.controls.reason.valueChanges, {
    initialValue: this.form.controls.reason.value,
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    this.form.controls.reason.valueChanges.subscribe(() =>
      this.form.controls.reasonText.updateValueAndValidity(),
    );
  }

  /** The request as the API takes it: text only for "other", a message only when written. */
  private request(): EarlyClosureRequest {
    const { reason, reasonText, message, rematch, rematchMentee, rematchMentor } =
      this.form.getRawValue();
    const chosen = reason as EarlyClosureReason;
    return {
      reason: chosen,
      ...(chosen === 'other' ? { reasonText: reasonText.trim() } : {}),
      ...(message.trim() ? { message: message.trim() } : {}),
      ...(this.data.mode === 'pair' ? { rematch } : { rematchMentee, rematchMentor }),
    };
  }

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    this.form.controls.reasonText.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      this.ref.close(await firstValueFrom(this.api.closeEarly(this.data.matchId, this.request())));
    } catch (error) {
      const onText = fieldErrorsOf(error).find((field) => field.field === 'reasonText');
      if (onText) {
        this.form.controls.reasonText.setErrors({ server: onText.message });
        this.form.controls.reasonText.markAsTouched();
      } else {
        this.problem.set(toApiError(error).message);
      }
    } finally {
      this.saving.set(false);
    }
  }
}

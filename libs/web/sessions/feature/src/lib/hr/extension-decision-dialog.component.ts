import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  ClosureView,
  ExtensionDecisionRequest,
  ExtensionView,
} from '@mentorbridge/shared-contracts';
import { addDays, ClosureApi } from '@mentorbridge/web-sessions-data-access';
import { fieldErrorsOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent, LocalDatePipe } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export interface ExtensionDecisionDialogData {
  matchId: string;
  pairName: string;
  /** Who asked, in words ("Mo Ali (mentor)"). */
  requestedBy: string;
  extension: ExtensionView;
}

type Decision = 'approve' | 'decline';

/** HR approves an extension (with the asked date or another one) or declines it with a note. */
@Component({
  selector: 'mb-extension-decision-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    BannerComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Extension for {{ data.pairName }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="request" data-testid="decision-request">
          {{ data.requestedBy }} asked on {{ data.extension.createdAt | localDate }} to move the end
          from {{ data.extension.currentEnd | localDate }} to
          {{ data.extension.requestedEnd | localDate }}:
        </p>
        <p class="quote">“{{ data.extension.reason }}”</p>
        @if (problem(); as message) {
          <mb-banner tone="error" title="The decision was not saved">{{ message }}</mb-banner>
        }
        <mat-radio-group
          formControlName="decision"
          class="options"
          aria-label="Your decision"
          data-testid="decision-choice"
        >
          <mat-radio-button value="approve">Approve</mat-radio-button>
          <mat-radio-button value="decline">Decline</mat-radio-button>
        </mat-radio-group>
        @if (decision() === 'approve') {
          <mat-form-field class="wide">
            <mat-label>New end date</mat-label>
            <input
              matInput
              type="date"
              required
              [min]="earliest"
              formControlName="endDate"
              data-testid="decision-date"
            />
            <mat-hint>They asked for {{ data.extension.requestedEnd | localDate }}.</mat-hint>
            @if (form.controls.endDate.hasError('server')) {
              <mat-error>{{ form.controls.endDate.getError('server') }}</mat-error>
            } @else if (form.controls.endDate.invalid) {
              <mat-error
                >Choose a date after {{ data.extension.currentEnd | localDate }}.</mat-error
              >
            }
          </mat-form-field>
        }
        <mat-form-field class="wide">
          <mat-label>{{
            decision() === 'decline'
              ? 'Why not? (the pair reads this)'
              : 'Note to the pair (optional)'
          }}</mat-label>
          <textarea
            matInput
            rows="3"
            maxlength="1000"
            formControlName="note"
            data-testid="decision-note"
          ></textarea>
          @if (form.controls.note.hasError('server')) {
            <mat-error>{{ form.controls.note.getError('server') }}</mat-error>
          } @else if (form.controls.note.invalid) {
            <mat-error>Write a short note when you decline.</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="decision-save">
          {{ decision() === 'decline' ? 'Decline the request' : 'Approve the extension' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    .request {
      margin: 0;
    }
    .quote {
      margin: 4px 0 16px;
      white-space: pre-wrap;
      color: var(--mat-sys-on-surface-variant);
    }
    .options {
      display: flex;
      gap: 16px;
      margin-bottom: 12px;
    }
    mb-banner {
      display: flex;
      margin-bottom: 12px;
    }
  `,
})
export class ExtensionDecisionDialogComponent {
  protected readonly data = inject<ExtensionDecisionDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<ExtensionDecisionDialogComponent, ClosureView>>(MatDialogRef);
  private readonly api = inject(ClosureApi);

  protected readonly earliest = addDays(this.data.extension.currentEnd, 1);
  private readonly decisionControl = new FormControl<Decision>('approve', { nonNullable: true });
  protected readonly form = new FormGroup({
    decision: this.decisionControl,
    endDate: new FormControl(this.data.extension.requestedEnd, {
      nonNullable: true,
      validators: (control) =>
        this.decisionControl.value === 'decline' ||
        (/^\d{4}-\d{2}-\d{2}$/.test(String(control.value)) &&
          String(control.value) > this.data.extension.currentEnd)
          ? null
          : { after: true },
    }),
    note: new FormControl('', {
      nonNullable: true,
      validators: (control) =>
        this.decisionControl.value === 'decline' && !String(control.value ?? '').trim()
          ? { required: true }
          : null,
    }),
  });
  protected readonly decision = toSignal(this.decisionControl.valueChanges, {
    initialValue: this.decisionControl.value,
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  private request(): ExtensionDecisionRequest {
    const { decision, endDate, note } = this.form.getRawValue();
    const text = note.trim() ? { note: note.trim() } : {};
    return decision === 'approve'
      ? { approve: true, endDate, ...text }
      : { approve: false, ...text };
  }

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    this.form.controls.endDate.updateValueAndValidity();
    this.form.controls.note.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      this.ref.close(
        await firstValueFrom(
          this.api.decideExtension(this.data.matchId, this.data.extension.id, this.request()),
        ),
      );
    } catch (error) {
      let placed = false;
      for (const detail of fieldErrorsOf(error)) {
        const control =
          detail.field === 'endDate' || detail.field === 'note'
            ? this.form.controls[detail.field]
            : null;
        if (control) {
          control.setErrors({ server: detail.message });
          control.markAsTouched();
          placed = true;
        }
      }
      if (!placed) {
        this.problem.set(toApiError(error).message);
      }
    } finally {
      this.saving.set(false);
    }
  }
}

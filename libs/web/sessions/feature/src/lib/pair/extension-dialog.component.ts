import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ClosureView } from '@mentorbridge/shared-contracts';
import { addDays, ClosureApi } from '@mentorbridge/web-sessions-data-access';
import { fieldErrorsOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent, LocalDatePipe } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export interface ExtensionDialogData {
  matchId: string;
  /** The current planned end (YYYY-MM-DD). */
  currentEnd: string;
}

/** Asks HR to extend the relationship to a later end date, with a reason. */
@Component({
  selector: 'mb-extension-dialog',
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
    <h2 mat-dialog-title>Ask for an extension</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">
          Your mentoring is planned to end on {{ data.currentEnd | localDate }}. HR decides on a new
          end date; you both see their answer here.
        </p>
        @if (problem(); as message) {
          <mb-banner tone="error" title="Your request was not sent">{{ message }}</mb-banner>
        }
        <mat-form-field class="wide">
          <mat-label>New end date</mat-label>
          <input
            matInput
            type="date"
            required
            [min]="earliest"
            formControlName="endDate"
            data-testid="extension-date"
          />
          <mat-hint>After {{ data.currentEnd | localDate }}.</mat-hint>
          @if (form.controls.endDate.hasError('server')) {
            <mat-error>{{ form.controls.endDate.getError('server') }}</mat-error>
          } @else if (form.controls.endDate.invalid) {
            <mat-error>Choose a date after {{ data.currentEnd | localDate }}.</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>Why do you need more time?</mat-label>
          <textarea
            matInput
            rows="3"
            required
            maxlength="1000"
            formControlName="reason"
            data-testid="extension-reason"
          ></textarea>
          @if (form.controls.reason.hasError('server')) {
            <mat-error>{{ form.controls.reason.getError('server') }}</mat-error>
          } @else if (form.controls.reason.invalid) {
            <mat-error>Tell HR why, in a few words (at least 3 characters).</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="extension-send">
          Send to HR
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
    mb-banner {
      display: flex;
      margin-bottom: 16px;
    }
  `,
})
export class ExtensionDialogComponent {
  protected readonly data = inject<ExtensionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ExtensionDialogComponent, ClosureView>>(MatDialogRef);
  private readonly api = inject(ClosureApi);

  protected readonly earliest = addDays(this.data.currentEnd, 1);
  protected readonly form = new FormGroup({
    endDate: new FormControl('', {
      nonNullable: true,
      validators: (control) =>
        /^\d{4}-\d{2}-\d{2}$/.test(String(control.value)) &&
        String(control.value) > this.data.currentEnd
          ? null
          : { after: true },
    }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: (control) =>
        String(control.value ?? '').trim().length >= 3 ? null : { required: true },
    }),
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { endDate, reason } = this.form.getRawValue();
    this.saving.set(true);
    this.problem.set(null);
    try {
      this.ref.close(
        await firstValueFrom(
          this.api.requestExtension(this.data.matchId, { endDate, reason: reason.trim() }),
        ),
      );
    } catch (error) {
      let placed = false;
      for (const detail of fieldErrorsOf(error)) {
        const control =
          detail.field === 'endDate' || detail.field === 'reason'
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

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_OUTCOMES,
  AttendanceOutcome,
  SessionView,
} from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent, LocalDatePipe } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

/** Records how a past planned session went. Closes with the updated session. */
@Component({
  selector: 'mb-attendance-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    BannerComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>How did the session go?</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="muted">Planned for {{ session.scheduledAt | localDate: 'dateTime' }}</p>
        @if (problem(); as message) {
          <mb-banner tone="error" title="Attendance was not saved">{{ message }}</mb-banner>
        }
        <mat-form-field class="wide">
          <mat-label>Outcome</mat-label>
          <mat-select formControlName="outcome" data-testid="attendance-outcome">
            @for (outcome of outcomes; track outcome) {
              <mat-option [value]="outcome">{{ labels[outcome] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (form.controls.outcome.value === 'held') {
          <mat-form-field class="wide">
            <mat-label>How many minutes did it take?</mat-label>
            <input matInput type="number" min="5" max="480" formControlName="durationMinutes" />
            @if (form.controls.durationMinutes.invalid) {
              <mat-error>Between 5 and 480 minutes.</mat-error>
            }
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="attendance-save">
          Save
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    .muted {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    mb-banner {
      display: block;
      margin-bottom: 16px;
    }
  `,
})
export class AttendanceDialogComponent {
  protected readonly session = inject<SessionView>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<AttendanceDialogComponent, SessionView>);
  private readonly api = inject(SessionsApi);

  protected readonly outcomes = ATTENDANCE_OUTCOMES;
  protected readonly labels = ATTENDANCE_LABELS;
  protected readonly form = new FormGroup({
    outcome: new FormControl<AttendanceOutcome>('held', { nonNullable: true }),
    durationMinutes: new FormControl(this.session.durationMinutes, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(5), Validators.max(480)],
    }),
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async submit(): Promise<void> {
    const { outcome, durationMinutes } = this.form.getRawValue();
    if (this.saving() || (outcome === 'held' && this.form.controls.durationMinutes.invalid)) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      const saved = await firstValueFrom(
        this.api.recordAttendance(
          this.session.id,
          outcome === 'held' ? { outcome, durationMinutes } : { outcome },
        ),
      );
      this.ref.close(saved);
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}

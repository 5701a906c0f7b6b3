import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  MEETING_MODE_LABELS,
  MEETING_MODES,
  MeetingMode,
  ScheduleSessionRequest,
  SessionView,
} from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { localParts, toIsoMoment } from './pair-format';

export interface SessionDialogData {
  matchId: string;
  partnerName: string;
  /** Given: reschedule this session; otherwise schedule a new one. */
  session?: SessionView;
}

/** Schedules a session with the partner, or moves one. Closes with the saved session. */
@Component({
  selector: 'mb-session-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ data.session ? 'Reschedule the session' : 'Schedule a session with ' + data.partnerName }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (problem(); as message) {
          <mb-banner tone="error" title="The session was not saved">{{ message }}</mb-banner>
        }
        <div class="row">
          <mat-form-field>
            <mat-label>Date</mat-label>
            <input
              matInput
              type="date"
              formControlName="date"
              required
              data-testid="session-date"
            />
            @if (form.controls.date.invalid) {
              <mat-error>Choose a day.</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>Time</mat-label>
            <input
              matInput
              type="time"
              formControlName="time"
              required
              data-testid="session-time"
            />
            @if (form.controls.time.invalid) {
              <mat-error>Choose a time.</mat-error>
            }
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field>
            <mat-label>Minutes</mat-label>
            <input
              matInput
              type="number"
              min="5"
              max="480"
              formControlName="durationMinutes"
              data-testid="session-duration"
            />
            @if (form.controls.durationMinutes.invalid) {
              <mat-error>Between 5 and 480 minutes.</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>How</mat-label>
            <mat-select formControlName="mode" data-testid="session-mode">
              @for (mode of modes; track mode) {
                <mat-option [value]="mode">{{ modeLabels[mode] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <mat-form-field class="wide">
          <mat-label>Place or video link (optional)</mat-label>
          <input
            matInput
            formControlName="location"
            maxlength="500"
            data-testid="session-location"
          />
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>Agenda (optional)</mat-label>
          <textarea
            matInput
            rows="3"
            formControlName="agenda"
            maxlength="4000"
            data-testid="session-agenda"
          ></textarea>
          <mat-hint>Only you and {{ data.partnerName }} see the place and agenda.</mat-hint>
        </mat-form-field>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" aria-label="Saving the session" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="session-save">
          {{ data.session ? 'Save' : 'Schedule' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .row mat-form-field {
      flex: 1 1 160px;
    }
    .wide {
      width: 100%;
    }
    mb-banner {
      display: block;
      margin-bottom: 16px;
    }
  `,
})
export class SessionDialogComponent {
  protected readonly data = inject<SessionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<SessionDialogComponent, SessionView>);
  private readonly api = inject(SessionsApi);

  protected readonly modes = MEETING_MODES;
  protected readonly modeLabels = MEETING_MODE_LABELS;
  private readonly start = this.data.session ? localParts(this.data.session.scheduledAt) : null;

  protected readonly form = new FormGroup({
    date: new FormControl(this.start?.date ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    time: new FormControl(this.start?.time ?? '09:00', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    durationMinutes: new FormControl(this.data.session?.durationMinutes ?? 45, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(5), Validators.max(480)],
    }),
    mode: new FormControl<MeetingMode>(this.data.session?.mode ?? 'video', { nonNullable: true }),
    location: new FormControl(this.data.session?.location ?? '', { nonNullable: true }),
    agenda: new FormControl(this.data.session?.agenda ?? '', { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    const value = this.form.getRawValue();
    const scheduledAt = toIsoMoment(value.date, value.time);
    if (this.form.invalid || !scheduledAt) {
      this.form.markAllAsTouched();
      return;
    }
    const request: ScheduleSessionRequest = {
      scheduledAt,
      durationMinutes: value.durationMinutes,
      mode: value.mode,
      ...(value.location.trim() ? { location: value.location.trim() } : {}),
      ...(value.agenda.trim() ? { agenda: value.agenda.trim() } : {}),
    };
    this.saving.set(true);
    this.problem.set(null);
    try {
      const saved = await firstValueFrom(
        this.data.session
          ? this.api.reschedule(this.data.session.id, request)
          : this.api.schedule(this.data.matchId, request),
      );
      this.ref.close(saved);
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}

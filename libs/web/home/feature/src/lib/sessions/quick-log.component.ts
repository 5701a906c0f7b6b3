import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_OUTCOMES,
  AttendanceOutcome,
  MEETING_MODE_LABELS,
  MEETING_MODES,
  MatchView,
  MeetingMode,
  NoteVisibility,
} from '@mentorbridge/shared-contracts';
import { newIdempotencyKey, SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

/** The usual length of a session (the program cadence's default). */
export const USUAL_SESSION_MINUTES = 45;

/** Today as YYYY-MM-DD in the person's own time zone. */
export function todayLocal(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The mentor's under-30-seconds "log a session": everything prefilled but the note. One
 * idempotency key per form: a retried request (double click, flaky network) logs it only once.
 */
@Component({
  selector: 'mb-quick-log',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="quick-log"
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
      data-testid="quick-log"
      [attr.aria-label]="'Log a session with ' + partner()"
    >
      <h3 class="title">Log a session with {{ partner() }}</h3>
      @if (done(); as message) {
        <mb-banner tone="success" title="Session logged" data-testid="quick-log-done">{{
          message
        }}</mb-banner>
      }
      @if (problem(); as message) {
        <mb-banner tone="error" title="The session was not logged">{{ message }}</mb-banner>
      }
      <div class="row">
        <mat-form-field>
          <mat-label>Date</mat-label>
          <input matInput type="date" formControlName="date" [max]="today" required />
          @if (form.controls.date.invalid) {
            <mat-error>Enter the day you met.</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="short">
          <mat-label>Minutes</mat-label>
          <input matInput type="number" min="5" max="480" formControlName="durationMinutes" />
          @if (form.controls.durationMinutes.invalid) {
            <mat-error>Between 5 and 480 minutes.</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>How</mat-label>
          <mat-select formControlName="mode">
            @for (mode of modes; track mode) {
              <mat-option [value]="mode">{{ modeLabels[mode] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Outcome</mat-label>
          <mat-select formControlName="outcome">
            @for (outcome of outcomes; track outcome) {
              <mat-option [value]="outcome">{{ outcomeLabels[outcome] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      <mat-form-field class="note">
        <mat-label>Note (optional)</mat-label>
        <textarea
          matInput
          rows="2"
          formControlName="note"
          maxlength="10000"
          data-testid="quick-log-note"
        ></textarea>
      </mat-form-field>
      <div class="row end">
        <mat-button-toggle-group
          formControlName="noteVisibility"
          aria-label="Who can read the note"
          hideSingleSelectionIndicator
          data-testid="quick-log-visibility"
        >
          <mat-button-toggle value="private">Only me</mat-button-toggle>
          <mat-button-toggle value="shared">Shared with {{ partner() }}</mat-button-toggle>
        </mat-button-toggle-group>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="quick-log-submit">
          <mat-icon aria-hidden="true" fontIcon="check" />
          Log session
        </button>
      </div>
      <p class="muted small">
        <mat-icon aria-hidden="true" fontIcon="lock" class="inline-icon" />
        {{
          form.controls.noteVisibility.value === 'private'
            ? 'Only you can read this note.'
            : 'Only you and ' + partner() + ' can read this note.'
        }}
      </p>
    </form>
  `,
  styles: `
    .quick-log {
      display: block;
      padding-top: 8px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .row mat-form-field {
      flex: 1 1 140px;
    }
    .row .short {
      flex: 0 1 100px;
    }
    .end {
      justify-content: space-between;
    }
    .note {
      width: 100%;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .inline-icon {
      font-size: 16px;
      width: 16px;
      height: 16px;
      vertical-align: text-bottom;
    }
    mb-banner {
      display: block;
      margin-bottom: 8px;
    }
  `,
})
export class QuickLogComponent {
  private readonly api = inject(SessionsApi);

  readonly match = input.required<MatchView>();
  protected readonly partner = computed(() => this.match().mentee.displayName);

  protected readonly modes = MEETING_MODES;
  protected readonly modeLabels = MEETING_MODE_LABELS;
  protected readonly outcomes = ATTENDANCE_OUTCOMES;
  protected readonly outcomeLabels = ATTENDANCE_LABELS;
  protected readonly today = todayLocal();

  protected readonly form = new FormGroup({
    date: new FormControl(todayLocal(), { nonNullable: true, validators: [Validators.required] }),
    durationMinutes: new FormControl(USUAL_SESSION_MINUTES, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(5), Validators.max(480)],
    }),
    mode: new FormControl<MeetingMode>('video', { nonNullable: true }),
    outcome: new FormControl<AttendanceOutcome>('held', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true }),
    noteVisibility: new FormControl<NoteVisibility>('private', { nonNullable: true }),
  });

  /** One key for this form until it succeeds; a retry of the same form reuses it. */
  private key = newIdempotencyKey();
  protected readonly saving = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const note = value.note.trim();
    this.saving.set(true);
    this.problem.set(null);
    this.done.set(null);
    try {
      await firstValueFrom(
        this.api.log(this.match().id, {
          idempotencyKey: this.key,
          date: value.date,
          durationMinutes: value.durationMinutes,
          mode: value.mode,
          outcome: value.outcome,
          ...(note ? { note, noteVisibility: value.noteVisibility } : {}),
        }),
      );
      this.done.set(
        `${this.outcomeLabels[value.outcome]} · ${value.durationMinutes} minutes${note ? ' · note saved' : ''}.`,
      );
      this.key = newIdempotencyKey();
      this.form.reset();
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}

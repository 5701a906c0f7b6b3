import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  CHECK_IN_CHANNELS,
  CheckInChannel,
  FLAG_TOPIC_LABELS,
  FlagView,
  MEETING_MODE_LABELS,
  PairHealthView,
  SessionStatus,
  SessionView,
} from '@mentorbridge/shared-contracts';
import { SupportApi } from '@mentorbridge/web-sessions-data-access';
import { fieldErrorsOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  LoadFailedComponent,
  LocalDatePipe,
  StatusChipComponent,
  StatusTone,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { ResolveFlagDialogComponent, ResolveFlagDialogData } from './resolve-flag-dialog.component';

const CHANNEL_LABELS: Readonly<Record<CheckInChannel, string>> = {
  call: 'Call',
  meeting: 'Meeting',
  email: 'Email',
  chat: 'Chat',
};

/** How a session went, in words (the pair's agenda and place stay with the pair). */
export function sessionOutcome(session: SessionView): { label: string; tone: StatusTone } {
  const labels: Record<SessionStatus, { label: string; tone: StatusTone }> = {
    scheduled: { label: 'Scheduled', tone: 'info' },
    held: { label: 'Held', tone: 'success' },
    cancelled: {
      label: session.cancelledBy ? `Cancelled by the ${session.cancelledBy}` : 'Cancelled',
      tone: 'neutral',
    },
    no_show: {
      label: session.noShowBy ? `The ${session.noShowBy} did not show up` : 'No-show',
      tone: 'danger',
    },
  };
  return labels[session.status];
}

/** Today as YYYY-MM-DD in the person's time zone. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * One pair for its HR lead: session metadata, coordinator check-ins (and logging one), concerns to
 * resolve and pulse answers. Never what the pair wrote for themselves.
 */
@Component({
  selector: 'mb-pair-support-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    BannerComponent,
    LoadFailedComponent,
    LocalDatePipe,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
      gap: 16px 24px;
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    .list {
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
    }
    .list > li {
      padding: 6px 0;
    }
    .list > li + li {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .text {
      margin: 4px 0 0;
      white-space: pre-wrap;
    }
    .form {
      display: grid;
      gap: 4px 12px;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
    }
    .form .wide {
      grid-column: 1 / -1;
    }
    .form-actions {
      grid-column: 1 / -1;
      display: flex;
      justify-content: flex-end;
    }
  `,
  template: `
    <div class="grid">
      <section aria-labelledby="pair-sessions-heading">
        <h3 id="pair-sessions-heading">Sessions</h3>
        @if (sessions.hasValue()) {
          @if (sessions.value().length) {
            <ul class="list" aria-label="Sessions of this pair" data-testid="pair-sessions">
              @for (session of sessions.value(); track session.id) {
                @let outcome = sessionOutcome(session);
                <li class="meta" data-testid="pair-session">
                  <span>{{ session.scheduledAt | localDate: 'dateTime' }}</span>
                  <span class="muted"
                    >{{ session.durationMinutes }} min · {{ modeLabels[session.mode] }}</span
                  >
                  <mb-status-chip [label]="outcome.label" [tone]="outcome.tone" />
                </li>
              }
            </ul>
          } @else {
            <p class="muted">No session scheduled or logged yet.</p>
          }
        } @else if (sessions.status() === 'error') {
          <mb-load-failed title="We couldn't load the sessions" (retry)="sessions.reload()" />
        } @else {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the sessions" />
        }
        <p class="muted">Only the pair sees what a session is about and where it takes place.</p>
      </section>

      <section aria-labelledby="pair-flags-heading">
        <h3 id="pair-flags-heading">Concerns</h3>
        @if (flags.hasValue()) {
          @if (flags.value().length) {
            <ul class="list" aria-label="Concerns raised by this pair">
              @for (flag of flags.value(); track flag.id) {
                <li data-testid="pair-flag">
                  <div class="meta">
                    <strong>{{ topicLabels[flag.topic] }}</strong>
                    <mb-status-chip
                      [label]="flag.status === 'open' ? 'Open' : 'Resolved'"
                      [tone]="flag.status === 'open' ? 'warning' : 'success'"
                      [icon]="flag.status === 'open' ? 'flag' : 'check'"
                    />
                    <span class="muted"
                      >Raised by the {{ flag.raisedBy }} · {{ flag.urgency }} urgency ·
                      {{ flag.createdAt | localDate }}</span
                    >
                  </div>
                  <p class="text">{{ flag.message }}</p>
                  @if (flag.resolution) {
                    <p class="text muted">
                      Resolved {{ flag.resolvedAt | localDate }}: {{ flag.resolution }}
                    </p>
                  }
                  @if (flag.status === 'open') {
                    <button
                      mat-stroked-button
                      type="button"
                      (click)="resolve(flag)"
                      data-testid="resolve-flag"
                    >
                      <mat-icon aria-hidden="true" fontIcon="task_alt" />
                      Resolve
                    </button>
                  }
                </li>
              }
            </ul>
          } @else {
            <p class="muted">Nobody in this pair has raised a concern.</p>
          }
        } @else if (flags.status() === 'error') {
          <mb-load-failed title="We couldn't load the concerns" (retry)="flags.reload()" />
        } @else {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the concerns" />
        }
      </section>

      <section aria-labelledby="pair-pulses-heading">
        <h3 id="pair-pulses-heading">Pulse answers</h3>
        @if (pulses.hasValue()) {
          @if (pulses.value().length) {
            <ul class="list" aria-label="Pulse answers of this pair">
              @for (pulse of pulses.value(); track pulse.id) {
                <li data-testid="pair-pulse">
                  <div class="meta">
                    <span>{{ pulse.side === 'mentor' ? 'Mentor' : 'Mentee' }}</span>
                    <span class="muted">due {{ pulse.dueOn | localDate }}</span>
                    @if (pulse.satisfaction !== null) {
                      <mb-status-chip
                        [label]="'Satisfaction ' + pulse.satisfaction + '/5'"
                        [tone]="pulse.satisfaction <= 2 ? 'danger' : 'neutral'"
                      />
                    } @else {
                      <span class="muted">Not answered</span>
                    }
                  </div>
                  @if (pulse.comment) {
                    <p class="text">“{{ pulse.comment }}”</p>
                  }
                </li>
              }
            </ul>
          } @else {
            <p class="muted">No pulse check-in was due yet.</p>
          }
        } @else if (pulses.status() === 'error') {
          <mb-load-failed title="We couldn't load the pulse answers" (retry)="pulses.reload()" />
        } @else {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the pulse answers" />
        }
      </section>

      <section aria-labelledby="pair-check-ins-heading">
        <h3 id="pair-check-ins-heading">Check-ins</h3>
        @if (checkIns.hasValue()) {
          @if (checkIns.value().length) {
            <ul class="list" aria-label="Coordinator check-ins with this pair">
              @for (checkIn of checkIns.value(); track checkIn.id) {
                <li data-testid="pair-check-in">
                  <div class="meta">
                    <span>{{ checkIn.at | localDate }}</span>
                    <span class="muted"
                      >{{ channelLabels[checkIn.channel] }}
                      @if (checkIn.by) {
                        · {{ checkIn.by.displayName }}
                      }
                    </span>
                  </div>
                  <p class="text">{{ checkIn.outcome }}</p>
                </li>
              }
            </ul>
          } @else {
            <p class="muted">No check-in logged yet.</p>
          }
        } @else if (checkIns.status() === 'error') {
          <mb-load-failed title="We couldn't load the check-ins" (retry)="checkIns.reload()" />
        } @else {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the check-ins" />
        }

        <form class="form" [formGroup]="form" (ngSubmit)="logCheckIn()" data-testid="log-check-in">
          @if (problem(); as message) {
            <mb-banner class="wide" tone="error">{{ message }}</mb-banner>
          }
          <mat-form-field>
            <mat-label>Date</mat-label>
            <input matInput type="date" formControlName="date" [max]="maxDate" />
            @if (form.controls.date.invalid) {
              <mat-error>Choose the day of the check-in.</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>Channel</mat-label>
            <select matNativeControl formControlName="channel">
              @for (channel of channels; track channel) {
                <option [value]="channel">{{ channelLabels[channel] }}</option>
              }
            </select>
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>How is it going?</mat-label>
            <textarea matInput rows="3" formControlName="outcome"></textarea>
            @if (form.controls.outcome.hasError('server')) {
              <mat-error>{{ form.controls.outcome.getError('server') }}</mat-error>
            } @else if (form.controls.outcome.invalid) {
              <mat-error>Write what you learned (at least 3 characters).</mat-error>
            }
          </mat-form-field>
          <div class="form-actions">
            <button mat-flat-button type="submit" [disabled]="saving()">Log a check-in</button>
          </div>
        </form>
      </section>
    </div>
  `,
})
export class PairSupportPanelComponent {
  private readonly api = inject(SupportApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  readonly pair = input.required<PairHealthView>();
  /** Something changed the pair's health (a check-in logged, a concern resolved). */
  readonly changed = output<void>();

  protected readonly modeLabels = MEETING_MODE_LABELS;
  protected readonly topicLabels = FLAG_TOPIC_LABELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly channels = CHECK_IN_CHANNELS;
  protected readonly sessionOutcome = sessionOutcome;
  protected readonly maxDate = today();

  private readonly matchId = computed(() => this.pair().matchId);
  protected readonly sessions = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) => this.api.sessions(params),
  });
  protected readonly checkIns = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) => this.api.checkIns(params),
  });
  protected readonly flags = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) => this.api.flags(params),
  });
  protected readonly pulses = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) => this.api.pulses(params),
  });

  protected readonly form = new FormGroup({
    date: new FormControl(today(), { nonNullable: true, validators: [Validators.required] }),
    channel: new FormControl<CheckInChannel>('call', { nonNullable: true }),
    outcome: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(4000)],
    }),
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async logCheckIn(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid || this.form.controls.outcome.value.trim().length < 3) {
      this.form.controls.outcome.setErrors(
        this.form.controls.outcome.errors ?? { minlength: true },
      );
      this.form.markAllAsTouched();
      return;
    }
    const { date, channel, outcome } = this.form.getRawValue();
    this.saving.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.api.logCheckIn(this.matchId(), {
          // Noon of the chosen day, so the day stays the same in every time zone.
          at: new Date(`${date}T12:00:00`).toISOString(),
          channel,
          outcome: outcome.trim(),
        }),
      );
      this.form.reset({ date: today(), channel: 'call', outcome: '' });
      this.snackBar.open('Check-in logged.', 'OK', { duration: 4000 });
      this.checkIns.reload();
      this.changed.emit();
    } catch (error) {
      const details = fieldErrorsOf(error);
      const onOutcome = details.find((detail) => detail.field === 'outcome');
      if (onOutcome) {
        this.form.controls.outcome.setErrors({ server: onOutcome.message });
        this.form.controls.outcome.markAsTouched();
      } else {
        this.problem.set(toApiError(error).message);
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected resolve(flag: FlagView): void {
    this.dialog
      .open<ResolveFlagDialogComponent, ResolveFlagDialogData, FlagView>(
        ResolveFlagDialogComponent,
        { data: { flag }, width: '520px', maxWidth: '95vw' },
      )
      .afterClosed()
      .subscribe((resolved) => {
        // Reloaded either way: someone else may have resolved it meanwhile (409).
        this.flags.reload();
        if (resolved) {
          this.snackBar.open('Concern resolved.', 'OK', { duration: 4000 });
          this.changed.emit();
        }
      });
  }
}

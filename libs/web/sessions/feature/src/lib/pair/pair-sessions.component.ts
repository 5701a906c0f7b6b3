import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { PairSide, SessionView } from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  LocalDatePipe,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { AttendanceDialogComponent } from './attendance-dialog.component';
import {
  CancelSessionDialogComponent,
  CancelSessionDialogData,
} from './cancel-session-dialog.component';
import {
  awaitsAttendance,
  cancelledLine,
  isLink,
  modeLabel,
  pastSessions,
  sessionChip,
  upcomingSessions,
} from './pair-format';
import { SessionDialogComponent, SessionDialogData } from './session-dialog.component';

/** The pair's sessions: upcoming ones to move, cancel or add to a calendar; past ones to record. */
@Component({
  selector: 'mb-pair-sessions',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    EmptyStateComponent,
    LoadFailedComponent,
    LocalDatePipe,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!readOnly()) {
      <div class="bar">
        <button mat-flat-button type="button" (click)="schedule()" data-testid="schedule-session">
          <mat-icon aria-hidden="true" fontIcon="event" />
          Schedule a session
        </button>
      </div>
    }
    @if (sessions.hasValue()) {
      @if (!sessions.value().length) {
        <mb-empty-state
          icon="event"
          title="No sessions yet"
          [message]="
            readOnly()
              ? 'No session was recorded for this mentoring.'
              : 'Schedule your first session with ' + partner() + '.'
          "
          [headingLevel]="3"
        />
      } @else {
        <h3 class="sub">Upcoming</h3>
        @if (upcoming().length) {
          <ul class="list" data-testid="upcoming-sessions">
            @for (session of upcoming(); track session.id) {
              <li class="item" data-testid="session-item">
                <ng-container
                  *ngTemplateOutlet="details; context: { $implicit: session }"
                ></ng-container>
                @if (!readOnly()) {
                  <div class="actions">
                    <a
                      mat-button
                      [href]="api.inviteUrl(session.id)"
                      download
                      data-testid="session-ics"
                    >
                      <mat-icon aria-hidden="true" fontIcon="calendar_add_on" />
                      Add to calendar
                    </a>
                    <button mat-button type="button" (click)="reschedule(session)">
                      Reschedule
                    </button>
                    <button
                      mat-button
                      type="button"
                      (click)="cancel(session)"
                      data-testid="session-cancel"
                    >
                      Cancel…
                    </button>
                  </div>
                }
              </li>
            }
          </ul>
        } @else {
          <p class="muted">
            {{ readOnly() ? 'Nothing planned.' : 'Nothing planned. Schedule the next session.' }}
          </p>
        }
        <h3 class="sub">Past</h3>
        @if (past().length) {
          <ul class="list" data-testid="past-sessions">
            @for (session of past(); track session.id) {
              <li class="item" data-testid="session-item">
                <ng-container
                  *ngTemplateOutlet="details; context: { $implicit: session }"
                ></ng-container>
                @if (needsAttendance(session) && !readOnly()) {
                  <div class="actions">
                    <button
                      mat-stroked-button
                      type="button"
                      (click)="attendance(session)"
                      data-testid="session-attendance"
                    >
                      Record attendance
                    </button>
                  </div>
                }
              </li>
            }
          </ul>
        } @else {
          <p class="muted">No past sessions yet.</p>
        }
      }
    } @else if (sessions.status() === 'error') {
      <mb-load-failed title="We couldn't load your sessions" (retry)="sessions.reload()" />
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading sessions" />
    }

    <ng-template #details let-session>
      <div class="top">
        <p class="when">
          <time [attr.datetime]="session.scheduledAt">{{
            session.scheduledAt | localDate: 'dateTime'
          }}</time>
          · {{ session.durationMinutes }} min · {{ mode(session.mode) }}
        </p>
        @let chip = chipOf(session);
        <mb-status-chip
          [label]="chip.label"
          [tone]="chip.tone"
          [icon]="chip.icon"
          data-testid="session-status"
        />
      </div>
      @if (session.location; as location) {
        <p class="detail">
          <mat-icon aria-hidden="true" fontIcon="place" />
          @if (link(location)) {
            <a [href]="location" target="_blank" rel="noopener">{{ location }}</a>
          } @else {
            {{ location }}
          }
        </p>
      }
      @if (session.agenda; as agenda) {
        <p class="detail agenda" data-testid="session-item-agenda">{{ agenda }}</p>
      }
      @if (session.status === 'cancelled') {
        <div class="cancelled" data-testid="session-cancelled">
          <p class="detail">
            <mat-icon aria-hidden="true" fontIcon="event_busy" />
            {{ cancelled(session) }}
          </p>
          @if (session.cancelReason; as reason) {
            <p class="reason" data-testid="session-cancel-reason">
              <span class="term">Reason:</span> {{ reason }}
            </p>
          }
        </div>
      }
      @if (session.notes) {
        <p class="muted small">
          {{ session.notes === 1 ? '1 note' : session.notes + ' notes' }} on this session
        </p>
      }
    </ng-template>
  `,
  styles: `
    :host {
      display: block;
    }
    .bar {
      display: flex;
      justify-content: flex-end;
      margin-bottom: 8px;
    }
    .sub {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .top {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      flex-wrap: wrap;
      align-items: center;
    }
    .when {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .detail {
      display: flex;
      gap: 6px;
      align-items: flex-start;
      margin: 8px 0 0;
    }
    .agenda {
      white-space: pre-line;
    }
    .reason {
      margin: 4px 0 0 30px;
      white-space: pre-line;
    }
    .term {
      font-weight: 500;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-top: 8px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .small {
      margin: 8px 0 0;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class PairSessionsComponent {
  protected readonly api = inject(SessionsApi);
  private readonly dialog = inject(MatDialog);

  readonly matchId = input.required<string>();
  readonly partner = input.required<string>();
  /** My side of the pair: a session I cancelled reads "cancelled by you". */
  readonly mySide = input<PairSide | null>(null);
  /** The match has ended: sessions can be read, not planned or recorded. */
  readonly readOnly = input(false);

  protected readonly sessions = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) => this.api.sessions(params),
  });
  private readonly list = computed(() => (this.sessions.hasValue() ? this.sessions.value() : []));
  protected readonly upcoming = computed(() => upcomingSessions(this.list()));
  protected readonly past = computed(() => pastSessions(this.list()));

  protected readonly chipOf = (session: SessionView) => sessionChip(session);
  protected readonly mode = modeLabel;
  protected readonly link = isLink;
  protected readonly cancelled = (session: SessionView) =>
    cancelledLine(session, this.mySide(), this.partner());
  protected readonly needsAttendance = (session: SessionView) => awaitsAttendance(session);

  private put(saved: SessionView): void {
    this.sessions.update((list) => {
      const current = list ?? [];
      return current.some((s) => s.id === saved.id)
        ? current.map((s) => (s.id === saved.id ? saved : s))
        : [...current, saved];
    });
  }

  protected async schedule(session?: SessionView): Promise<void> {
    const ref = this.dialog.open<SessionDialogComponent, SessionDialogData, SessionView>(
      SessionDialogComponent,
      {
        data: { matchId: this.matchId(), partnerName: this.partner(), session },
        width: '560px',
        maxWidth: '95vw',
      },
    );
    const saved = await firstValueFrom(ref.afterClosed());
    if (saved) {
      this.put(saved);
    }
  }

  protected reschedule(session: SessionView): Promise<void> {
    return this.schedule(session);
  }

  /** Asks for an optional reason (shared with the partner), then cancels. */
  protected async cancel(session: SessionView): Promise<void> {
    const ref = this.dialog.open<
      CancelSessionDialogComponent,
      CancelSessionDialogData,
      SessionView
    >(CancelSessionDialogComponent, {
      data: { session, partnerName: this.partner() },
      width: '480px',
      maxWidth: '95vw',
      autoFocus: 'textarea',
    });
    const saved = await firstValueFrom(ref.afterClosed());
    if (saved) {
      this.put(saved);
    }
  }

  protected async attendance(session: SessionView): Promise<void> {
    const ref = this.dialog.open<AttendanceDialogComponent, SessionView, SessionView>(
      AttendanceDialogComponent,
      { data: session, width: '440px', maxWidth: '95vw' },
    );
    const saved = await firstValueFrom(ref.afterClosed());
    if (saved) {
      this.put(saved);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CriterionScore, MentorRequestView } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import {
  MatchingApi,
  MatchStatusChip,
  mentorRequestStateChip,
  personLine,
  reasonFailure,
  topReasons,
} from '@mentorbridge/web-matching-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import {
  askForReason,
  BannerComponent,
  LoadFailedComponent,
  LocalDatePipe,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { DECLINE_REQUEST_REASON, excerpt, formatFitScore, receivedAsMentor } from './choice-format';

interface OpenCard {
  request: MentorRequestView;
  line: string;
  score: string;
  reasons: CriterionScore[];
  headingId: string;
  /** The mentee's goal from their application: a short start, the full text on demand. */
  goal: { full: string; short: string; clipped: boolean; id: string } | null;
}

interface AnsweredRow {
  request: MentorRequestView;
  chip: MatchStatusChip;
}

let nextId = 0;

/**
 * Mentee-choice programs, on the mentor home: requests from mentees to accept or decline (with
 * their note and why they were suggested), answered ones collapsed below. Renders nothing when
 * nobody has asked me.
 */
@Component({
  selector: 'mb-mentor-requests',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatExpansionModule,
    MatIconModule,
    MatProgressBarModule,
    BannerComponent,
    LoadFailedComponent,
    LocalDatePipe,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (requests.status() === 'error') {
      <section class="section" [attr.aria-labelledby]="headingId" data-testid="mentor-requests">
        <h2 class="heading" [id]="headingId">Requests from mentees</h2>
        <mb-load-failed title="We couldn't load the requests from mentees" (retry)="reload()" />
      </section>
    } @else if (!requests.hasValue()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading requests from mentees" />
    } @else if (openCards().length || answered().length) {
      <section class="section" [attr.aria-labelledby]="headingId" data-testid="mentor-requests">
        <h2 class="heading" [id]="headingId">Requests from mentees</h2>
        @if (openCards().length) {
          <p class="intro">
            These mentees chose you from their list of suggested mentors. Accept to start mentoring
            them right away, or decline; a request you do not answer expires on its date.
          </p>
          <div class="cards">
            @for (card of openCards(); track card.request.id) {
              <mat-card
                appearance="outlined"
                class="card"
                [attr.aria-labelledby]="card.headingId"
                role="article"
                data-testid="mentor-request"
              >
                <mat-card-content>
                  <p class="kicker">Asks you to be their mentor</p>
                  <p class="name" [id]="card.headingId">{{ card.request.mentee.displayName }}</p>
                  @if (card.line) {
                    <p class="muted">{{ card.line }}</p>
                  }
                  <p class="muted small">
                    {{ card.request.programName }} · {{ card.request.cohortName }} · fit
                    {{ card.score }} / 100
                  </p>

                  @if (card.goal; as goal) {
                    <figure class="message goal" data-testid="request-goal">
                      <figcaption class="label">Their goal</figcaption>
                      <blockquote [id]="goal.id" data-testid="request-goal-text">
                        {{ expandedGoals().has(card.request.id) ? goal.full : goal.short }}
                      </blockquote>
                      @if (goal.clipped) {
                        <button
                          mat-button
                          type="button"
                          class="goal-toggle"
                          [attr.aria-expanded]="expandedGoals().has(card.request.id)"
                          [attr.aria-controls]="goal.id"
                          (click)="toggleGoal(card.request.id)"
                          data-testid="request-goal-toggle"
                        >
                          {{
                            expandedGoals().has(card.request.id)
                              ? 'Show less'
                              : 'Show the full goal'
                          }}
                        </button>
                      }
                    </figure>
                  }

                  @if (card.request.message) {
                    <figure class="message">
                      <figcaption class="label">Their note</figcaption>
                      <blockquote data-testid="request-message">
                        {{ card.request.message }}
                      </blockquote>
                    </figure>
                  }

                  @if (card.reasons.length) {
                    <p class="label">Why they were suggested to you</p>
                    <ul class="reasons" data-testid="request-reasons">
                      @for (reason of card.reasons; track reason.criterion) {
                        <li>{{ reason.explanation }}</li>
                      }
                    </ul>
                  }

                  <p class="due" data-testid="request-due">
                    <mat-icon aria-hidden="true" fontIcon="event" />
                    Please answer by
                    <time [attr.datetime]="card.request.expiresAt">{{
                      card.request.expiresAt | localDate
                    }}</time>
                  </p>

                  @if (problems()[card.request.id]; as message) {
                    <mb-banner tone="error" title="Your answer was not saved">{{
                      message
                    }}</mb-banner>
                  }
                  <div class="actions">
                    <button
                      mat-flat-button
                      type="button"
                      [disabled]="answering() === card.request.id"
                      [attr.aria-label]="'Accept ' + card.request.mentee.displayName"
                      (click)="accept(card)"
                      data-testid="request-accept"
                    >
                      <mat-icon aria-hidden="true" fontIcon="check" />
                      Accept
                    </button>
                    <button
                      mat-stroked-button
                      type="button"
                      [disabled]="answering() === card.request.id"
                      [attr.aria-label]="'Decline ' + card.request.mentee.displayName"
                      (click)="decline(card)"
                      data-testid="request-decline"
                    >
                      Decline…
                    </button>
                  </div>
                </mat-card-content>
              </mat-card>
            }
          </div>
        } @else {
          <p class="muted" data-testid="no-open-requests">No request is waiting for your answer.</p>
        }

        @if (answered().length) {
          <mat-expansion-panel class="answered" data-testid="answered-requests">
            <mat-expansion-panel-header>
              <mat-panel-title
                >Answered and closed requests ({{ answered().length }})</mat-panel-title
              >
            </mat-expansion-panel-header>
            <ul class="answered-list">
              @for (row of answered(); track row.request.id) {
                <li class="answered-row" data-testid="answered-request">
                  <span class="answered-name">
                    <strong>{{ row.request.mentee.displayName }}</strong>
                    <span class="muted small"
                      >{{ row.request.programName }} · {{ row.request.cohortName }}</span
                    >
                  </span>
                  <mb-status-chip
                    [label]="row.chip.label"
                    [tone]="row.chip.tone"
                    [icon]="row.chip.icon"
                  />
                  @if (row.request.respondedAt) {
                    <time class="muted small" [attr.datetime]="row.request.respondedAt">{{
                      row.request.respondedAt | localDate
                    }}</time>
                  }
                  @if (row.request.closedReason) {
                    <span class="reason">{{ row.request.closedReason }}</span>
                  }
                </li>
              }
            </ul>
          </mat-expansion-panel>
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .section {
      margin-bottom: 32px;
    }
    .heading {
      margin: 0 0 12px;
      font: var(--mat-sys-title-large);
    }
    .intro {
      margin: -4px 0 16px;
      max-width: 80ch;
      color: var(--mat-sys-on-surface-variant);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
      gap: 16px;
    }
    .card {
      border-color: var(--mat-sys-primary);
    }
    .kicker {
      margin: 0;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .name {
      margin: 2px 0;
      font: var(--mat-sys-title-medium);
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    p.small {
      margin-top: 4px;
    }
    .label {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .message {
      margin: 0;
    }
    .goal {
      margin-bottom: 4px;
    }
    .goal-toggle {
      margin-top: 2px;
    }
    .message blockquote {
      margin: 0;
      padding: 8px 12px;
      border-left: 3px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .reasons {
      margin: 0;
      padding-left: 18px;
    }
    .due {
      display: flex;
      align-items: center;
      gap: 4px;
      margin: 12px 0 0;
    }
    .due mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    mb-banner {
      margin-top: 12px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 12px;
    }
    .answered {
      margin-top: 16px;
    }
    .answered-list {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .answered-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .answered-row:last-child {
      border-bottom: 0;
    }
    .answered-name {
      display: flex;
      flex-direction: column;
      flex: 1 1 200px;
    }
    .reason {
      flex-basis: 100%;
      font-style: italic;
      overflow-wrap: anywhere;
    }
  `,
})
export class MentorRequestsComponent {
  private readonly api = inject(MatchingApi);
  private readonly store = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  private readonly instance = nextId++;
  protected readonly headingId = `mentor-requests-${this.instance}`;
  protected readonly requests = rxResource({ stream: () => this.api.myMentorRequests() });
  protected readonly answering = signal<string | null>(null);
  protected readonly problems = signal<Record<string, string>>({});
  /** Requests whose mentee goal is shown in full. */
  protected readonly expandedGoals = signal<ReadonlySet<string>>(new Set());

  private readonly received = computed(() =>
    receivedAsMentor(this.requests.hasValue() ? this.requests.value() : [], this.store.user()?.id),
  );

  /** Open requests, the one expiring first at the top. */
  protected readonly openCards = computed<OpenCard[]>(() =>
    this.received()
      .filter((r) => r.state === 'open')
      .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt))
      .map((request) => ({
        request,
        line: personLine(request.mentee),
        score: formatFitScore(request.score),
        reasons: topReasons(request.criteria),
        headingId: `mentor-request-${this.instance}-${request.id}`,
        goal: this.goalOf(request),
      })),
  );

  /** Everything that is no longer open, latest answer first. */
  protected readonly answered = computed<AnsweredRow[]>(() =>
    this.received()
      .filter((r) => r.state !== 'open')
      .sort((a, b) => (b.respondedAt ?? b.createdAt).localeCompare(a.respondedAt ?? a.createdAt))
      .map((request) => ({ request, chip: mentorRequestStateChip(request.state) })),
  );

  protected reload(): void {
    this.requests.reload();
  }

  private goalOf(request: MentorRequestView): OpenCard['goal'] {
    const full = request.menteeGoal?.trim();
    if (!full) {
      return null;
    }
    const short = excerpt(full);
    return {
      full,
      short: short.text,
      clipped: short.clipped,
      id: `mentor-request-goal-${this.instance}-${request.id}`,
    };
  }

  protected toggleGoal(requestId: string): void {
    this.expandedGoals.update((open) => {
      const next = new Set(open);
      if (!next.delete(requestId)) {
        next.add(requestId);
      }
      return next;
    });
  }

  protected async accept(card: OpenCard): Promise<void> {
    if (this.answering()) {
      return;
    }
    const id = card.request.id;
    this.answering.set(id);
    this.setProblem(id, null);
    try {
      const updated = await firstValueFrom(this.api.respondToMentorRequest(id, { accept: true }));
      this.replace(updated);
      this.snackBar.open(
        `You are now ${card.request.mentee.displayName}'s mentor. Plan your first session.`,
        'OK',
        { duration: 6000 },
      );
      // Accepting can close other requests (when I am now full): show where they stand.
      this.requests.reload();
    } catch (error) {
      this.setProblem(id, toApiError(error).message);
    } finally {
      this.answering.set(null);
    }
  }

  protected async decline(card: OpenCard): Promise<void> {
    if (this.answering()) {
      return;
    }
    this.answering.set(card.request.id);
    this.setProblem(card.request.id, null);
    try {
      const mentee = card.request.mentee.displayName;
      // The mentee never sees the reason: they read that the mentor could not take them on.
      const updated = await askForReason(this.dialog, {
        title: `Decline ${mentee}'s request?`,
        explanation:
          `${mentee} is told that you could not take them on this time and can ask another ` +
          `mentor. Your reason goes to the program's HR leads only: ${mentee} will not see it.`,
        label: 'Why are you declining?',
        hint: 'For example: I have no time this quarter.',
        rule: DECLINE_REQUEST_REASON,
        confirmLabel: 'Decline',
        sendingLabel: 'Sending your answer',
        problemTitle: 'Your answer was not saved',
        testId: 'decline',
        send: (reason) =>
          this.api.respondToMentorRequest(card.request.id, { accept: false, reason }),
        failure: reasonFailure,
      });
      if (updated) {
        this.replace(updated);
        this.snackBar.open(
          `You declined ${card.request.mentee.displayName}'s request. They can ask another mentor.`,
          'OK',
          { duration: 5000 },
        );
      }
    } finally {
      this.answering.set(null);
    }
  }

  private replace(updated: MentorRequestView): void {
    this.requests.update((list) => list?.map((r) => (r.id === updated.id ? updated : r)));
  }

  private setProblem(requestId: string, message: string | null): void {
    const next = { ...this.problems() };
    if (message) {
      next[requestId] = message;
    } else {
      delete next[requestId];
    }
    this.problems.set(next);
  }
}

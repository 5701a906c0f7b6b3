import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  CriterionScore,
  MatchPersonView,
  MatchResponse,
  MatchView,
  PairGlance,
} from '@mentorbridge/shared-contracts';
import {
  awaitsMyAnswer,
  MatchingApi,
  matchResponses,
  matchStateChip,
  MatchStatusChip,
  personLine,
  reasonFailure,
  topReasons,
} from '@mentorbridge/web-matching-data-access';
import { inClosingWindow, SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import {
  askForReason,
  BannerComponent,
  EmptyStateComponent,
  formatLocalDate,
  LoadFailedComponent,
  LocalDatePipe,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { glanceLines, GlanceLines } from './pair-glance';

/** Same rules as the API: a reason of 3–1000 characters is required to decline a match. */
const DECLINE_REASON = { min: 3, max: 1000, label: 'The reason' } as const;

interface MatchCard {
  match: MatchView;
  partner: MatchPersonView;
  /** "Your proposed mentor", "Your mentee"… */
  partnerRole: string;
  partnerLine: string;
  chip: MatchStatusChip;
  awaiting: boolean;
  /** I accepted; the partner has not answered yet. */
  waiting: boolean;
  reasons: CriterionScore[];
  /** What this state means for me, in a sentence (when there is nothing to answer). */
  note: string | null;
  /** Active and within the closing window: the pair should work through the checklist. */
  closingSoon: boolean;
  /** Opens the pair page (active or ended). */
  hasPairPage: boolean;
  /** Next session, last contact and goals of an active relationship, once loaded. */
  glance: GlanceLines | null;
  headingId: string;
}

const ORDER: Record<MatchView['state'], number> = {
  proposed: 1,
  active: 2,
  completed: 3,
  closed_early: 4,
  declined: 5,
  expired: 6,
  cancelled: 7,
};

/** Matches with a pair page: the live relationship and the ended ones (closure checklist). */
const WITH_PAIR_PAGE: readonly MatchView['state'][] = ['active', 'completed', 'closed_early'];

let nextId = 0;

/** The cohorts where I have a live match (proposed or active): applying there is done. */
export function liveMatchCohorts(matches: readonly MatchView[]): ReadonlySet<string> {
  return new Set(
    matches.filter((m) => m.state === 'proposed' || m.state === 'active').map((m) => m.cohortId),
  );
}

function noteFor(
  match: MatchView,
  partner: MatchPersonView,
  mine: MatchResponse,
  theirs: MatchResponse,
): string | null {
  const name = partner.displayName;
  switch (match.state) {
    case 'proposed':
      if (mine === 'accepted' && theirs === 'pending') {
        return match.respondBy
          ? `You accepted. ${name} is asked too and has until ${formatLocalDate(match.respondBy)} to answer.`
          : `You accepted. ${name} is asked too.`;
      }
      return null;
    case 'active':
      return match.activatedAt
        ? `Active since ${formatLocalDate(match.activatedAt)}: plan your first session.`
        : 'Active: plan your first session.';
    case 'declined':
      return match.declineReason
        ? `This match was declined: “${match.declineReason}”. HR will be in touch about a new match.`
        : 'This match was declined. HR will be in touch about a new match.';
    case 'expired':
      return 'Nobody answered in time, so this proposal ended. HR will be in touch.';
    case 'cancelled':
      return 'HR cancelled this match.';
    case 'completed':
      return match.endedAt
        ? `Completed on ${formatLocalDate(match.endedAt)}. Your closure checklist and certificate are on the pair page.`
        : 'Completed. Your closure checklist and certificate are on the pair page.';
    case 'closed_early':
      return match.endedAt
        ? `Ended early on ${formatLocalDate(match.endedAt)}. Your closure checklist is on the pair page.`
        : 'Ended early. Your closure checklist is on the pair page.';
  }
}

/**
 * The signed-in person's matches, as mentor or mentee: a proposed partner to accept or decline
 * (with why they were paired and when to answer by), and the state of every other match.
 * Shown on the mentor and mentee homes.
 */
@Component({
  selector: 'mb-my-matches',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    StatusChipComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (heading(); as title) {
      @if (headingLevel() === 3) {
        <h3 class="heading">{{ title }}</h3>
      } @else {
        <h2 class="heading">{{ title }}</h2>
      }
    }
    @if (matches.hasValue()) {
      @if (cards().length) {
        <div class="cards">
          @for (card of cards(); track card.match.id) {
            <mat-card
              appearance="outlined"
              class="card"
              [class.attention]="card.awaiting"
              [attr.aria-labelledby]="card.headingId"
              role="article"
              data-testid="my-match"
            >
              <mat-card-content>
                <div class="top">
                  <div>
                    <p class="kicker">{{ card.partnerRole }}</p>
                    <p class="partner" [id]="card.headingId">{{ card.partner.displayName }}</p>
                    @if (card.partnerLine) {
                      <p class="muted">{{ card.partnerLine }}</p>
                    }
                  </div>
                  <mb-status-chip
                    [label]="card.chip.label"
                    [tone]="card.chip.tone"
                    [icon]="card.chip.icon"
                    data-testid="match-state"
                  />
                </div>
                <p class="muted small">
                  {{ card.match.programName }} · {{ card.match.cohortName }}
                </p>

                @if (
                  card.reasons.length &&
                  (card.awaiting || card.waiting || card.match.state === 'active')
                ) {
                  <p class="reasons-title">Why you were paired</p>
                  <ul class="reasons" data-testid="match-reasons">
                    @for (reason of card.reasons; track reason.criterion) {
                      <li>{{ reason.explanation }}</li>
                    }
                  </ul>
                }

                @if (card.awaiting) {
                  @if (card.match.respondBy) {
                    <p class="due">
                      <mat-icon aria-hidden="true" fontIcon="event" />
                      Please answer by
                      <time [attr.datetime]="card.match.respondBy">{{
                        card.match.respondBy | localDate
                      }}</time>
                    </p>
                  }
                  @if (problems()[card.match.id]; as message) {
                    <mb-banner tone="error" title="Your answer was not saved">{{
                      message
                    }}</mb-banner>
                  }
                  <div class="actions">
                    <button
                      mat-flat-button
                      type="button"
                      [disabled]="answering() === card.match.id"
                      [attr.aria-label]="'Accept ' + card.partner.displayName"
                      (click)="accept(card)"
                      data-testid="match-accept"
                    >
                      <mat-icon aria-hidden="true" fontIcon="check" />
                      Accept
                    </button>
                    <button
                      mat-stroked-button
                      type="button"
                      [disabled]="answering() === card.match.id"
                      [attr.aria-label]="'Decline ' + card.partner.displayName"
                      (click)="decline(card)"
                      data-testid="match-decline"
                    >
                      Decline…
                    </button>
                  </div>
                } @else if (card.closingSoon) {
                  <p class="due" data-testid="match-closing-soon">
                    <mat-icon aria-hidden="true" fontIcon="flag" />
                    <span>
                      Closing soon — complete your checklist
                      @if (card.match.plannedEnd) {
                        by
                        <time [attr.datetime]="card.match.plannedEnd">{{
                          card.match.plannedEnd | localDate
                        }}</time>
                      }
                    </span>
                  </p>
                } @else if (card.note) {
                  <p class="note" data-testid="match-note">{{ card.note }}</p>
                }
                @if (card.match.state === 'active') {
                  @if (card.glance; as glance) {
                    <ul class="glance" data-testid="match-glance">
                      <li data-testid="glance-next">
                        <mat-icon aria-hidden="true" fontIcon="event" />
                        @if (glance.nextSessionAt; as next) {
                          <span>
                            Next session
                            <time [attr.datetime]="next">{{ next | localDate: 'dateTime' }}</time>
                          </span>
                        } @else {
                          <span>
                            No session planned.
                            <a
                              [routerLink]="['/pairs', card.match.id]"
                              [attr.aria-label]="
                                'Schedule a session with ' + card.partner.displayName
                              "
                              data-testid="glance-schedule"
                              >Schedule one</a
                            >
                          </span>
                        }
                      </li>
                      @if (glance.contact; as contact) {
                        <li [class.quiet]="glance.quiet" data-testid="glance-contact">
                          <mat-icon
                            aria-hidden="true"
                            [fontIcon]="glance.quiet ? 'warning' : 'forum'"
                          />
                          <span>{{ contact }}</span>
                        </li>
                      }
                      <li class="goals" data-testid="glance-goals">
                        <mat-icon aria-hidden="true" fontIcon="flag" />
                        <div class="goal-text">
                          <span>{{ glance.goals }}</span>
                          @if (glance.progress !== null) {
                            <mat-progress-bar
                              mode="determinate"
                              [value]="glance.progress"
                              [attr.aria-label]="
                                'Average progress of the open goals with ' +
                                card.partner.displayName
                              "
                            />
                          }
                          @if (glance.overdue; as overdue) {
                            <span class="overdue" data-testid="glance-overdue">
                              <mat-icon aria-hidden="true" fontIcon="schedule" />
                              {{ overdue }}
                            </span>
                          }
                        </div>
                      </li>
                    </ul>
                  } @else if (glances.status() === 'error') {
                    <p class="muted glance-failed" data-testid="glance-failed">
                      The next session and goals could not be loaded.
                      <button mat-button type="button" (click)="glances.reload()">Try again</button>
                    </p>
                  }
                }
                @if (card.hasPairPage) {
                  <div class="actions">
                    <a
                      mat-stroked-button
                      [routerLink]="['/pairs', card.match.id]"
                      [attr.aria-label]="
                        (card.match.state === 'active'
                          ? 'Open your mentoring with '
                          : 'Open the closure of your mentoring with ') + card.partner.displayName
                      "
                      data-testid="match-open"
                    >
                      <mat-icon
                        aria-hidden="true"
                        [fontIcon]="card.match.state === 'active' ? 'arrow_forward' : 'checklist'"
                      />
                      {{ card.match.state === 'active' ? 'Open' : 'Closure checklist' }}
                    </a>
                  </div>
                }
              </mat-card-content>
            </mat-card>
          }
        </div>
      } @else if (showEmpty()) {
        <mb-empty-state
          icon="handshake"
          [title]="emptyTitle()"
          [message]="emptyMessage()"
          [headingLevel]="3"
        />
      }
    } @else if (matches.status() === 'error') {
      <mb-load-failed title="We couldn't load your matches" (retry)="matches.reload()" />
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading your matches" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .heading {
      margin: 0 0 12px;
      font: var(--mat-sys-title-large);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
      gap: 16px;
    }
    .card.attention {
      border-color: var(--mat-sys-primary);
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px;
    }
    .kicker {
      margin: 0;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .partner {
      margin: 2px 0;
      font: var(--mat-sys-title-medium);
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .small {
      margin-top: 4px;
      font: var(--mat-sys-body-small);
    }
    .reasons-title {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
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
    .note {
      margin: 12px 0 0;
    }
    .glance {
      list-style: none;
      margin: 12px 0 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .glance li {
      display: flex;
      align-items: flex-start;
      gap: 6px;
    }
    .glance mat-icon {
      flex: none;
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    .glance .quiet {
      font-weight: 500;
    }
    .glance .quiet mat-icon,
    .overdue {
      color: var(--mat-sys-error);
    }
    .goal-text {
      flex: 1;
      display: grid;
      gap: 4px;
    }
    .overdue {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      font: var(--mat-sys-body-small);
    }
    .glance-failed {
      margin-top: 12px;
    }
  `,
})
export class MyMatchesComponent {
  private readonly api = inject(MatchingApi);
  private readonly sessions = inject(SessionsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  /** The section's heading; null leaves it out (the host page has one). */
  readonly heading = input<string | null>('My matches');
  readonly headingLevel = input<2 | 3>(2);
  /** Whether "No match yet" is shown when there are no matches (hide it where it says too much). */
  readonly showEmpty = input(true);
  readonly emptyTitle = input('No match yet');
  readonly emptyMessage = input(
    'When HR publishes the matching of your cohort, your proposed partner appears here for you to accept.',
  );
  /** The matches each time they load or change, so the host can hide what a match makes moot. */
  readonly loaded = output<readonly MatchView[]>();
  /** My active relationships at a glance, once loaded (the mentee home nudges towards a goal). */
  readonly glancesLoaded = output<readonly PairGlance[]>();

  private readonly instance = nextId++;
  protected readonly matches = rxResource({ stream: () => this.api.myMatches() });
  /** Loaded once there is an active match to show it on. */
  protected readonly glances = rxResource({
    params: () =>
      this.matches.hasValue() && this.matches.value().some((m) => m.state === 'active')
        ? true
        : undefined,
    stream: () => this.sessions.myPairs(),
  });
  private readonly glanceById = computed(
    () =>
      new Map(
        (this.glances.hasValue() ? this.glances.value() : []).map((g) => [g.matchId, g] as const),
      ),
  );
  protected readonly answering = signal<string | null>(null);
  protected readonly problems = signal<Record<string, string>>({});

  constructor() {
    effect(() => {
      if (this.matches.hasValue()) {
        this.loaded.emit(this.matches.value());
      }
    });
    effect(() => {
      if (this.glances.hasValue()) {
        this.glancesLoaded.emit(this.glances.value());
      }
    });
  }

  protected readonly cards = computed<MatchCard[]>(() => {
    const matches = this.matches.hasValue() ? this.matches.value() : [];
    return [...matches]
      .sort(
        (a, b) =>
          Number(awaitsMyAnswer(b)) - Number(awaitsMyAnswer(a)) ||
          ORDER[a.state] - ORDER[b.state] ||
          b.proposedAt.localeCompare(a.proposedAt),
      )
      .map((match) => this.card(match));
  });

  private card(match: MatchView): MatchCard {
    const partnerIsMentor = match.mySide !== 'mentor';
    const partner = partnerIsMentor ? match.mentor : match.mentee;
    const role = partnerIsMentor ? 'mentor' : 'mentee';
    const { mine, partner: theirs } = matchResponses(match);
    const glance = this.glanceOf(match);
    return {
      match,
      partner,
      partnerRole: WITH_PAIR_PAGE.includes(match.state) ? `Your ${role}` : `Your proposed ${role}`,
      partnerLine: personLine(partner),
      chip: matchStateChip(match),
      awaiting: awaitsMyAnswer(match),
      waiting: match.state === 'proposed' && mine === 'accepted' && theirs === 'pending',
      reasons: topReasons(match.criteria),
      // With the glance, the card says what is next itself.
      note: glance
        ? match.activatedAt
          ? `Active since ${formatLocalDate(match.activatedAt)}.`
          : null
        : noteFor(match, partner, mine, theirs),
      closingSoon: inClosingWindow(match),
      hasPairPage: WITH_PAIR_PAGE.includes(match.state),
      glance,
      headingId: `my-match-${this.instance}-${match.id}`,
    };
  }

  private glanceOf(match: MatchView): GlanceLines | null {
    const glance = match.state === 'active' ? this.glanceById().get(match.id) : undefined;
    return glance ? glanceLines(glance) : null;
  }

  private replace(updated: MatchView): void {
    this.matches.update((list) => list?.map((m) => (m.id === updated.id ? updated : m)));
  }

  private setProblem(matchId: string, message: string | null): void {
    const next = { ...this.problems() };
    if (message) {
      next[matchId] = message;
    } else {
      delete next[matchId];
    }
    this.problems.set(next);
  }

  protected async accept(card: MatchCard): Promise<void> {
    if (this.answering()) {
      return;
    }
    this.answering.set(card.match.id);
    this.setProblem(card.match.id, null);
    try {
      const updated = await firstValueFrom(this.api.respond(card.match.id, { accept: true }));
      this.replace(updated);
      this.snackBar.open(
        updated.state === 'active'
          ? `You and ${card.partner.displayName} are matched.`
          : `You accepted. We'll let you know when ${card.partner.displayName} answers.`,
        'OK',
        { duration: 5000 },
      );
    } catch (error) {
      this.setProblem(card.match.id, toApiError(error).message);
    } finally {
      this.answering.set(null);
    }
  }

  protected async decline(card: MatchCard): Promise<void> {
    if (this.answering()) {
      return;
    }
    this.answering.set(card.match.id);
    this.setProblem(card.match.id, null);
    try {
      const updated = await askForReason(this.dialog, {
        title: `Decline the match with ${card.partner.displayName}?`,
        explanation:
          'Tell HR why, so they can find a better match for you both. ' +
          "Your reason goes to the program's HR leads.",
        label: 'Why are you declining?',
        hint: 'For example: we already work closely together.',
        rule: DECLINE_REASON,
        confirmLabel: 'Decline',
        sendingLabel: 'Sending your answer',
        problemTitle: 'Your answer was not saved',
        testId: 'decline',
        send: (reason) => this.api.respond(card.match.id, { accept: false, reason }),
        failure: reasonFailure,
      });
      if (updated) {
        this.replace(updated);
        this.snackBar.open('You declined. HR will be in touch about a new match.', 'OK', {
          duration: 5000,
        });
      }
    } finally {
      this.answering.set(null);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  CriterionScore,
  MentorRequestView,
  ShortlistEntryView,
  ShortlistView,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { MatchingApi, personLine, topReasons } from '@mentorbridge/web-matching-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  formatLocalDate,
  LoadFailedComponent,
  LocalDatePipe,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import {
  AskMentorDialogComponent,
  AskMentorDialogData,
  AskMentorResult,
} from './ask-mentor-dialog.component';
import { formatFitScore, scoreBarWidth, sentAsMentee } from './choice-format';

/** What a mentor card offers, from my request to them and their free places. */
type EntryKind = 'ask' | 'waiting' | 'accepted' | 'declined' | 'unavailable';

interface EntryStatus {
  kind: EntryKind;
  /** What the state means, in a sentence ("Requested — waiting (expires 9 Apr 2027)"). */
  note: string | null;
  /** My open request, to withdraw. */
  requestId: string | null;
}

interface EntryCard {
  entry: ShortlistEntryView;
  line: string;
  score: string;
  width: number;
  reasons: CriterionScore[];
  kind: EntryKind;
  note: string | null;
  requestId: string | null;
  headingId: string;
}

interface ShortlistCard {
  list: ShortlistView;
  entries: EntryCard[];
  /** Who accepted me, when I am matched through a request. */
  mentorName: string | null;
  headingId: string;
}

let nextId = 0;

/**
 * Mentee-choice programs, on the mentee home: per cohort, the ranked mentors suggested to me, to
 * ask one (or more) of them; my requests waiting for an answer, to withdraw; "You have a mentor"
 * once one accepted. Renders nothing when I have no shortlist.
 */
@Component({
  selector: 'mb-mentor-shortlist',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    BannerComponent,
    LoadFailedComponent,
    LocalDatePipe,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (failed()) {
      <mb-load-failed title="We couldn't load your suggested mentors" (retry)="reload()" />
    } @else if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading your suggested mentors" />
    } @else {
      @for (card of cards(); track card.list.cohortId) {
        <section
          class="shortlist"
          [attr.aria-labelledby]="card.headingId"
          data-testid="mentor-shortlist"
        >
          <h3 class="title" [id]="card.headingId">Choose your mentor</h3>
          <p class="muted">{{ card.list.programName }} · {{ card.list.cohortName }}</p>

          @if (card.list.matched) {
            <mb-banner tone="success" title="You have a mentor" data-testid="shortlist-matched">
              {{
                card.mentorName
                  ? card.mentorName + ' accepted your request: your mentoring can start.'
                  : 'You are matched in this cohort: your mentoring can start.'
              }}
              Requests to other mentors are closed.
            </mb-banner>
          } @else {
            <p class="how" data-testid="shortlist-how">
              These mentors were suggested for you on
              <time [attr.datetime]="card.list.generatedAt">{{
                card.list.generatedAt | localDate
              }}</time>, best fit first: the fit score (out of 100) weighs your goal and target
              skills against their expertise, your languages, time zones and availability. Each
              mentor is suggested to no more mentees than they have free places. Ask one or more:
              each has
              {{ card.list.requestExpiryDays }}
              {{ card.list.requestExpiryDays === 1 ? 'day' : 'days' }} to answer. When one accepts,
              you are matched and your other requests are withdrawn.
            </p>
            @if (!card.entries.length) {
              <p class="muted" data-testid="shortlist-empty">
                No mentor could be suggested for you this time. HR will be in touch.
              </p>
            }
            <ol class="entries" aria-label="Suggested mentors, best fit first">
              @for (item of card.entries; track item.entry.mentor.userId) {
                <li>
                  <mat-card
                    appearance="outlined"
                    class="entry"
                    [class.unavailable]="item.kind === 'unavailable'"
                    [attr.aria-labelledby]="item.headingId"
                    role="article"
                    data-testid="shortlist-entry"
                  >
                    <mat-card-content>
                      <div class="top">
                        <span class="rank" aria-hidden="true">{{ item.entry.rank }}</span>
                        <div class="who">
                          <p class="name" [id]="item.headingId">
                            <span class="visually-hidden">Suggestion {{ item.entry.rank }}: </span
                            >{{ item.entry.mentor.displayName }}
                          </p>
                          @if (item.line) {
                            <p class="muted">{{ item.line }}</p>
                          }
                        </div>
                        @switch (item.kind) {
                          @case ('unavailable') {
                            <mb-status-chip
                              label="Not available"
                              tone="neutral"
                              icon="event_busy"
                              data-testid="entry-state"
                            />
                          }
                          @case ('waiting') {
                            <mb-status-chip
                              label="Requested"
                              tone="info"
                              icon="hourglass_top"
                              data-testid="entry-state"
                            />
                          }
                          @case ('accepted') {
                            <mb-status-chip
                              label="Accepted"
                              tone="success"
                              icon="handshake"
                              data-testid="entry-state"
                            />
                          }
                          @case ('declined') {
                            <mb-status-chip
                              label="Declined"
                              tone="danger"
                              icon="block"
                              data-testid="entry-state"
                            />
                          }
                        }
                      </div>

                      <div class="score">
                        <span class="score-label">Fit</span>
                        <span
                          class="track"
                          role="meter"
                          aria-valuemin="0"
                          aria-valuemax="100"
                          [attr.aria-valuenow]="item.width"
                          [attr.aria-valuetext]="item.score + ' out of 100'"
                          [attr.aria-label]="'Fit score of ' + item.entry.mentor.displayName"
                        >
                          <span class="bar" [style.width.%]="item.width"></span>
                        </span>
                        <span class="score-value" data-testid="entry-score"
                          >{{ item.score }}<span class="muted"> / 100</span></span
                        >
                      </div>

                      @if (item.reasons.length) {
                        <p class="reasons-title">Why they were suggested</p>
                        <ul class="reasons" data-testid="entry-reasons">
                          @for (reason of item.reasons; track reason.criterion) {
                            <li>{{ reason.explanation }}</li>
                          }
                        </ul>
                      }

                      @if (problems()[item.entry.mentor.userId]; as message) {
                        <mb-banner tone="error" title="That did not work">{{ message }}</mb-banner>
                      }

                      @if (item.note) {
                        <p class="note" data-testid="entry-note">{{ item.note }}</p>
                      }
                      @if (item.kind === 'waiting') {
                        <div class="actions">
                          <button
                            mat-stroked-button
                            type="button"
                            [disabled]="busy() === item.entry.mentor.userId"
                            [attr.aria-label]="
                              'Withdraw your request to ' + item.entry.mentor.displayName
                            "
                            (click)="withdraw(item)"
                            data-testid="withdraw-request"
                          >
                            <mat-icon aria-hidden="true" fontIcon="undo" />
                            Withdraw
                          </button>
                        </div>
                      } @else if (item.kind === 'ask') {
                        <div class="actions">
                          <button
                            mat-flat-button
                            type="button"
                            [disabled]="busy() === item.entry.mentor.userId"
                            [attr.aria-label]="
                              'Ask ' + item.entry.mentor.displayName + ' to be your mentor'
                            "
                            (click)="ask(card, item)"
                            data-testid="ask-mentor"
                          >
                            <mat-icon aria-hidden="true" fontIcon="person_add" />
                            Ask to be my mentor
                          </button>
                        </div>
                      }
                    </mat-card-content>
                  </mat-card>
                </li>
              }
            </ol>
          }
        </section>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .shortlist + .shortlist {
      margin-top: 24px;
    }
    .shortlist {
      margin-bottom: 16px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .how {
      margin: 8px 0 12px;
      max-width: 80ch;
      color: var(--mat-sys-on-surface-variant);
    }
    mb-banner {
      margin-top: 12px;
    }
    .entries {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
      gap: 16px;
    }
    .entry {
      height: 100%;
    }
    .entry.unavailable {
      background: var(--mat-sys-surface-container-low);
    }
    .top {
      display: flex;
      align-items: flex-start;
      gap: 12px;
    }
    .rank {
      flex: none;
      display: inline-grid;
      place-items: center;
      width: 28px;
      height: 28px;
      border-radius: 50%;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
    }
    .who {
      flex: 1 1 auto;
      min-width: 0;
    }
    .name {
      margin: 2px 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .score {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: center;
      gap: 8px;
      margin-top: 12px;
      font: var(--mat-sys-body-small);
    }
    .score-label {
      color: var(--mat-sys-on-surface-variant);
    }
    .track {
      height: 8px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;
    }
    .bar {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
    .score-value {
      font-variant-numeric: tabular-nums;
    }
    .reasons-title {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .reasons {
      margin: 0;
      padding-left: 18px;
    }
    .note {
      margin: 12px 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin-top: 12px;
    }
    .actions .note {
      margin: 0;
    }
  `,
})
export class MentorShortlistComponent {
  private readonly api = inject(MatchingApi);
  private readonly store = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  private readonly instance = nextId++;
  protected readonly shortlists = rxResource({ stream: () => this.api.myShortlists() });
  /** My requests as mentee: the shortlist tells their state, these tell when they expire. */
  protected readonly requests = rxResource({ stream: () => this.api.myMentorRequests() });

  protected readonly busy = signal<string | null>(null);
  protected readonly problems = signal<Record<string, string>>({});

  protected readonly failed = computed(
    () => this.shortlists.status() === 'error' || this.requests.status() === 'error',
  );
  protected readonly loading = computed(
    () => !this.shortlists.hasValue() || !this.requests.hasValue(),
  );

  private readonly mine = computed(() =>
    sentAsMentee(this.requests.hasValue() ? this.requests.value() : [], this.store.user()?.id),
  );

  protected readonly cards = computed<ShortlistCard[]>(() => {
    const lists = this.shortlists.hasValue() ? this.shortlists.value() : [];
    const mine = this.mine();
    return lists.map((list) => {
      const accepted = mine.find((r) => r.cohortId === list.cohortId && r.state === 'accepted');
      return {
        list,
        mentorName: accepted?.mentor.displayName ?? null,
        headingId: `shortlist-${this.instance}-${list.cohortId}`,
        entries: [...list.entries]
          .sort((a, b) => a.rank - b.rank)
          .map((entry) => this.entryCard(list, entry, mine)),
      };
    });
  });

  private entryCard(
    list: ShortlistView,
    entry: ShortlistEntryView,
    mine: readonly MentorRequestView[],
  ): EntryCard {
    return {
      entry,
      line: personLine(entry.mentor),
      score: formatFitScore(entry.score),
      width: scoreBarWidth(entry.score),
      reasons: topReasons(entry.criteria),
      ...statusOf(entry, mine),
      headingId: `shortlist-${this.instance}-${list.cohortId}-${entry.mentor.userId}`,
    };
  }

  protected reload(): void {
    this.shortlists.reload();
    this.requests.reload();
  }

  protected async ask(card: ShortlistCard, item: EntryCard): Promise<void> {
    if (this.busy()) {
      return;
    }
    const mentor = item.entry.mentor;
    this.busy.set(mentor.userId);
    this.setProblem(mentor.userId, null);
    try {
      const ref = this.dialog.open<AskMentorDialogComponent, AskMentorDialogData, AskMentorResult>(
        AskMentorDialogComponent,
        {
          data: {
            cohortId: card.list.cohortId,
            mentor,
            expiryDays: card.list.requestExpiryDays,
          },
          width: '520px',
          maxWidth: '95vw',
          autoFocus: 'textarea',
        },
      );
      const result = await firstValueFrom(ref.afterClosed());
      if (result === 'stale') {
        this.reload();
      } else if (result) {
        this.applyRequest(result);
        this.snackBar.open(
          `Request sent to ${mentor.displayName}. They have until ${formatLocalDate(result.expiresAt)} to answer.`,
          'OK',
          { duration: 6000 },
        );
      }
    } finally {
      this.busy.set(null);
    }
  }

  protected async withdraw(item: EntryCard): Promise<void> {
    const requestId = item.requestId;
    if (this.busy() || !requestId) {
      return;
    }
    const mentor = item.entry.mentor;
    this.busy.set(mentor.userId);
    this.setProblem(mentor.userId, null);
    try {
      const updated = await firstValueFrom(this.api.withdrawMentorRequest(requestId));
      this.applyRequest(updated);
      this.snackBar.open(
        `Request to ${mentor.displayName} withdrawn. You can ask them again later.`,
        'OK',
        { duration: 5000 },
      );
    } catch (error) {
      this.setProblem(mentor.userId, toApiError(error).message);
      // Answered or expired meanwhile: show where it stands now.
      this.reload();
    } finally {
      this.busy.set(null);
    }
  }

  /** Puts a request the API returned into both lists, so the card shows its new state. */
  private applyRequest(request: MentorRequestView): void {
    this.requests.update((list) => [request, ...(list ?? []).filter((r) => r.id !== request.id)]);
    this.shortlists.update((lists) =>
      lists?.map((list) =>
        list.cohortId !== request.cohortId
          ? list
          : {
              ...list,
              entries: list.entries.map((entry) =>
                entry.mentor.userId === request.mentor.userId
                  ? { ...entry, request: { id: request.id, state: request.state } }
                  : entry,
              ),
            },
      ),
    );
  }

  private setProblem(mentorUserId: string, message: string | null): void {
    const next = { ...this.problems() };
    if (message) {
      next[mentorUserId] = message;
    } else {
      delete next[mentorUserId];
    }
    this.problems.set(next);
  }
}

function statusOf(entry: ShortlistEntryView, mine: readonly MentorRequestView[]): EntryStatus {
  const request = entry.request;
  switch (request?.state) {
    case 'open': {
      const expiresAt = mine.find((r) => r.id === request.id)?.expiresAt;
      return {
        kind: 'waiting',
        requestId: request.id,
        note: expiresAt
          ? `Requested — waiting (expires ${formatLocalDate(expiresAt)})`
          : 'Requested — waiting for an answer',
      };
    }
    case 'accepted':
      return { kind: 'accepted', requestId: null, note: 'This mentor accepted your request.' };
    case 'declined':
      return {
        kind: 'declined',
        requestId: null,
        note: 'This mentor could not take you on this time. Ask another mentor from your list.',
      };
  }
  if (!entry.available) {
    return {
      kind: 'unavailable',
      requestId: null,
      note: 'Not available: this mentor has no free place left.',
    };
  }
  const again =
    request?.state === 'expired'
      ? 'Your earlier request expired without an answer.'
      : request?.state === 'withdrawn'
        ? 'You withdrew your earlier request.'
        : null;
  return { kind: 'ask', requestId: null, note: again };
}

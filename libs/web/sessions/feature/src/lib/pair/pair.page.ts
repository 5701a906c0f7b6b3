import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  ClosureView,
  FlagView,
  GoalView,
  MatchState,
  RELATIONSHIP_PHASE_LABELS,
  RELATIONSHIP_PHASES,
  RelationshipPhase,
} from '@mentorbridge/shared-contracts';
import { matchStateChip } from '@mentorbridge/web-matching-data-access';
import { ClosureApi, SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  formatLocalDate,
  LoadFailedComponent,
  LocalDatePipe,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom, map } from 'rxjs';
import {
  EarlyClosureDialogComponent,
  EarlyClosureDialogData,
} from '../closure/early-closure-dialog.component';
import { ConcernDialogComponent, ConcernDialogData } from './concern-dialog.component';
import { FitCheckComponent } from './fit-check.component';
import { PairClosureComponent } from './pair-closure.component';
import { PairGoalsComponent } from './pair-goals.component';
import { PairNotesComponent } from './pair-notes.component';
import { PairSessionsComponent } from './pair-sessions.component';
import { pairRouteParam } from './route-param';

/** The tabs in their order; `?tab=goals` opens the goals (links from the home cards). */
const TABS: readonly string[] = ['sessions', 'notes', 'goals'];

function tabIndexOf(name: string | null): number {
  return Math.max(0, TABS.indexOf(name ?? ''));
}

/** The match states a pair page opens for: the live relationship and the ended ones (read-only). */
const PAIR_STATES: readonly MatchState[] = ['active', 'completed', 'closed_early'];

/**
 * The pair page, for mentor and mentee: sessions, notes, goals and the relationship's phase; the
 * pairing-fit check after the first session; how the relationship closes. After closure it stays
 * readable (nothing can change) with the closure record and checklist on top.
 */
@Component({
  selector: 'mb-pair-page',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTabsModule,
    RouterLink,
    BannerComponent,
    EmptyStateComponent,
    FitCheckComponent,
    LoadFailedComponent,
    LocalDatePipe,
    PageHeaderComponent,
    PairClosureComponent,
    PairGoalsComponent,
    StatusChipComponent,
    PairNotesComponent,
    PairSessionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (match.hasValue() && overview.hasValue()) {
      @let pair = match.value();
      @if (pair) {
        <mb-page-header
          [title]="'Mentoring with ' + partner()"
          [subtitle]="pair.programName + ' · ' + pair.cohortName + ' · you are the ' + pair.mySide"
        >
          @if (!active() && stateChip(); as chip) {
            <mb-status-chip
              [label]="chip.label"
              [tone]="chip.tone"
              [icon]="chip.icon"
              data-testid="pair-state"
            />
          }
        </mb-page-header>
        @if (!active()) {
          <mb-banner tone="info" title="This mentoring has ended" data-testid="pair-ended">
            @if (endedOn(); as ended) {
              It ended on {{ ended | localDate }}.
            }
            Sessions, notes and goals stay here to read, but they can no longer change.
          </mb-banner>
        }
        <div class="header-row">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>Phase of your relationship</mat-label>
            <mat-select
              [value]="overview.value().phase"
              (selectionChange)="setPhase($event.value)"
              [disabled]="savingPhase() || !active()"
              data-testid="pair-phase"
            >
              @for (phase of phases; track phase) {
                <mat-option [value]="phase">{{ phaseLabels[phase] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          @if (active()) {
            <button
              mat-stroked-button
              type="button"
              (click)="raiseConcern()"
              data-testid="raise-concern"
            >
              <mat-icon aria-hidden="true" fontIcon="report" />
              Raise a concern
            </button>
          }
        </div>
        @if (problem(); as message) {
          <mb-banner tone="error" title="That did not work">{{ message }}</mb-banner>
        }
        @if (active()) {
          <mb-fit-check [matchId]="pair.id" [partner]="partner()" (endNoFault)="endEarly(true)" />
        }
        @if (closingFirst()) {
          <ng-container *ngTemplateOutlet="closing" />
        }
        <mat-tab-group
          dynamicHeight
          mat-stretch-tabs="false"
          class="tabs"
          [selectedIndex]="tabIndex()"
          (selectedIndexChange)="tabIndex.set($event)"
        >
          <mat-tab label="Sessions">
            <div class="tab">
              <mb-pair-sessions
                [matchId]="pair.id"
                [partner]="partner()"
                [mySide]="mySide()"
                [readOnly]="!active()"
              />
            </div>
          </mat-tab>
          <mat-tab label="Notes">
            <div class="tab">
              @if (notesDeletedAt(); as deleted) {
                <mb-empty-state
                  icon="delete_sweep"
                  title="Your notes were deleted"
                  [message]="
                    'They were deleted on ' +
                    formatDate(deleted) +
                    ' under the program’s retention rule.'
                  "
                  [headingLevel]="3"
                  data-testid="notes-deleted"
                />
              } @else {
                <mb-pair-notes [matchId]="pair.id" [partner]="partner()" [readOnly]="!active()" />
              }
            </div>
          </mat-tab>
          <mat-tab label="Goals">
            <div class="tab">
              <mb-pair-goals
                [matchId]="pair.id"
                [mySide]="mySide()"
                [partner]="partner()"
                [goals]="overview.value().goals"
                [templates]="overview.value().goalTemplates"
                [readOnly]="!active()"
                (changed)="onGoal($event)"
                (removed)="onGoalRemoved($event)"
              />
            </div>
          </mat-tab>
        </mat-tab-group>
        @if (!closingFirst()) {
          <ng-container *ngTemplateOutlet="closing" />
        }

        <ng-template #closing>
          @if (closure.hasValue()) {
            @if (closure.value(); as view) {
              <mb-pair-closure
                [closure]="view"
                [partner]="partner()"
                [mySide]="mySide()"
                (changed)="onClosure($event)"
                (endEarly)="endEarly(false)"
              />
            }
          } @else if (closure.status() === 'error') {
            <mb-load-failed
              title="We couldn't load how your mentoring closes"
              [headingLevel]="2"
              (retry)="closure.reload()"
            />
          }
        </ng-template>
      } @else {
        <mb-empty-state
          icon="handshake"
          title="This mentoring pair is not open to you"
          message="It belongs to someone else, or it never started. Go back to your home to see your pairs."
        />
        <p class="back"><a mat-stroked-button routerLink="/">Back to my home</a></p>
      }
    } @else if (match.status() === 'error' || overview.status() === 'error') {
      @if (notFound()) {
        <mb-empty-state
          icon="handshake"
          title="This mentoring pair is not open to you"
          message="It belongs to someone else, or it never started. Go back to your home to see your pairs."
        />
        <p class="back"><a mat-stroked-button routerLink="/">Back to my home</a></p>
      } @else {
        <mb-load-failed title="We couldn't load this pair" [headingLevel]="2" (retry)="reload()" />
      }
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading your mentoring pair" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .header-row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      justify-content: space-between;
      margin-bottom: 16px;
    }
    .tab {
      padding: 16px 0;
    }
    .back {
      margin-top: 16px;
    }
    mb-banner {
      display: flex;
      margin-bottom: 12px;
    }
    mb-pair-closure {
      margin-top: 8px;
    }
  `,
})
export class PairPage {
  private readonly api = inject(SessionsApi);
  private readonly closureApi = inject(ClosureApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly route = inject(ActivatedRoute);
  protected readonly matchId = pairRouteParam(this.route, 'matchId');
  /** The open tab: from `?tab=` when the page opens, then wherever the person goes. */
  protected readonly tabIndex = signal(tabIndexOf(this.route.snapshot.queryParamMap.get('tab')));

  protected readonly phases = RELATIONSHIP_PHASES;
  protected readonly formatDate = formatLocalDate;
  protected readonly phaseLabels = RELATIONSHIP_PHASE_LABELS;

  /** My match with this id while active or after it ended, or null (not mine, never started). */
  protected readonly match = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) =>
      this.api
        .myMatches()
        .pipe(
          map((list) => list.find((m) => m.id === params && PAIR_STATES.includes(m.state)) ?? null),
        ),
  });
  /** How the relationship closes (404 outside the pair, like the overview). */
  protected readonly closure = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) => this.closureApi.closure(params),
  });
  protected readonly overview = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) => this.api.overview(params),
  });
  protected readonly partner = computed(() => {
    const pair = this.match.hasValue() ? this.match.value() : null;
    if (!pair) {
      return '';
    }
    return pair.mySide === 'mentor' ? pair.mentee.displayName : pair.mentor.displayName;
  });
  protected readonly mySide = computed(() =>
    this.match.hasValue() && this.match.value()?.mySide === 'mentee' ? 'mentee' : 'mentor',
  );
  private readonly closureView = computed(() =>
    this.closure.hasValue() ? this.closure.value() : null,
  );
  /** Sessions, notes and goals can change only while the match is active. */
  protected readonly active = computed(() => {
    const pair = this.match.hasValue() ? this.match.value() : null;
    const view = this.closureView();
    return pair?.state === 'active' && (!view || view.state === 'active');
  });
  protected readonly stateChip = computed(() => {
    const pair = this.match.hasValue() ? this.match.value() : null;
    if (!pair) {
      return null;
    }
    const view = this.closureView();
    const state =
      view?.state === 'completed' || view?.state === 'closed_early' ? view.state : pair.state;
    return matchStateChip({ ...pair, state });
  });
  protected readonly endedOn = computed(() => {
    const pair = this.match.hasValue() ? this.match.value() : null;
    return this.closureView()?.closure?.closedAt ?? pair?.endedAt ?? null;
  });
  protected readonly notesDeletedAt = computed(
    () => this.closureView()?.closure?.notesDeletedAt ?? null,
  );
  /** The closure needs attention (window open, or ended): it goes above the tabs. */
  protected readonly closingFirst = computed(() => {
    const view = this.closureView();
    return !!view && (view.state !== 'active' || view.closingWindowOpen);
  });
  protected readonly notFound = computed(
    () => this.overview.status() === 'error' && httpStatusOf(this.overview.error()) === 404,
  );
  protected readonly savingPhase = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected reload(): void {
    this.match.reload();
    this.overview.reload();
    this.closure.reload();
  }

  protected onClosure(view: ClosureView): void {
    const wasActive = this.active();
    this.closure.set(view);
    if (wasActive && view.state !== 'active') {
      this.match.reload();
    }
  }

  /** Ends the relationship early; from a poor fit answer, preset to "fit" with a rematch. */
  protected async endEarly(noFault: boolean): Promise<void> {
    const ref = this.dialog.open<EarlyClosureDialogComponent, EarlyClosureDialogData, ClosureView>(
      EarlyClosureDialogComponent,
      {
        data: {
          mode: 'pair',
          matchId: this.matchId(),
          mySide: this.mySide(),
          partnerName: this.partner(),
          ...(noFault ? { reason: 'fit' as const, rematch: true, noFault: true } : {}),
        },
        width: '560px',
        maxWidth: '95vw',
      },
    );
    const view = await firstValueFrom(ref.afterClosed());
    if (view) {
      this.onClosure(view);
      this.snackBar.open(`Your mentoring has ended. ${this.partner()} and HR were told.`, 'OK', {
        duration: 6000,
      });
    }
  }

  protected async setPhase(phase: RelationshipPhase): Promise<void> {
    this.savingPhase.set(true);
    this.problem.set(null);
    try {
      const updated = await firstValueFrom(this.api.setPhase(this.matchId(), phase));
      this.overview.set(updated);
    } catch (error) {
      this.problem.set(toApiError(error).message);
      this.overview.reload();
    } finally {
      this.savingPhase.set(false);
    }
  }

  protected onGoal(goal: GoalView): void {
    this.overview.update((overview) => {
      if (!overview) {
        return overview;
      }
      const exists = overview.goals.some((g) => g.id === goal.id);
      return {
        ...overview,
        goals: exists
          ? overview.goals.map((g) => (g.id === goal.id ? goal : g))
          : [...overview.goals, goal],
      };
    });
  }

  protected onGoalRemoved(goalId: string): void {
    this.overview.update((overview) =>
      overview ? { ...overview, goals: overview.goals.filter((g) => g.id !== goalId) } : overview,
    );
  }

  protected async raiseConcern(): Promise<void> {
    const ref = this.dialog.open<ConcernDialogComponent, ConcernDialogData, FlagView>(
      ConcernDialogComponent,
      {
        data: { matchId: this.matchId(), partnerName: this.partner() },
        width: '520px',
        maxWidth: '95vw',
      },
    );
    if (await firstValueFrom(ref.afterClosed())) {
      this.snackBar.open('Your concern was sent to HR. They will get in touch.', 'OK', {
        duration: 6000,
      });
    }
  }
}

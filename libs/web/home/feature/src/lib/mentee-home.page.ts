import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { MatchView, PairGlance } from '@mentorbridge/shared-contracts';
import { ApplicationsApi } from '@mentorbridge/web-enrollment-data-access';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import {
  HomeApplicationCardComponent,
  HomeOpenCallCardComponent,
  openToApply,
} from './applicant-cards.component';
import { MentorShortlistComponent } from './choice/mentor-shortlist.component';
import { greeting } from './greeting';
import { liveMatchCohorts, MyMatchesComponent } from './my-matches/my-matches.component';
import { PulseCheckinsComponent } from './sessions/pulse-checkins.component';

function goalsLine(glance: PairGlance): string {
  const goals = glance.goals === 1 ? '1 goal' : `${glance.goals} goals`;
  return glance.goalProgress === null
    ? `You set ${goals}; none is open now. Add another when you are ready.`
    : `You set ${goals}: ${glance.goalProgress}% progress on the open ones.`;
}

/** Mentee home: my mentor (or application status / open calls), my goals; a gentle nudge. */
@Component({
  selector: 'mb-mentee-home',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    EmptyStateComponent,
    HomeApplicationCardComponent,
    HomeOpenCallCardComponent,
    LoadFailedComponent,
    MentorShortlistComponent,
    MyMatchesComponent,
    PageHeaderComponent,
    PulseCheckinsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.scss',
  template: `
    <mb-page-header title="My mentoring" [subtitle]="subtitle()" />
    <mb-pulse-checkins />

    <section class="section" aria-labelledby="mentee-mentor-heading">
      <h2 id="mentee-mentor-heading" class="section-title">My mentor</h2>
      <mb-my-matches
        [heading]="null"
        [showEmpty]="false"
        (loaded)="onMatches($event)"
        (glancesLoaded)="glances.set($event)"
      />
      <mb-mentor-shortlist />
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading your applications" />
      } @else if (failed()) {
        <mb-load-failed title="We couldn't load your applications" (retry)="reload()" />
      } @else {
        @if (latest(); as application) {
          @if (!matchedCohorts()?.has(application.cohortId)) {
            <div class="cards" data-testid="mentee-application">
              <mb-home-application-card [application]="application" />
            </div>
          }
        }
        @if (openCalls().length) {
          @if (latest() || matchedCohorts()?.size) {
            <h3 class="sub-title">Also recruiting now</h3>
          } @else {
            <p class="section-intro">
              You haven't applied yet. These programs are looking for mentees now:
            </p>
          }
          <div class="cards">
            @for (cohort of openCalls(); track cohort.cohortId) {
              <mb-home-open-call-card [cohort]="cohort" applyAs="mentee" />
            }
          </div>
        } @else if (!latest() && matchedCohorts()?.size === 0) {
          <mb-empty-state
            icon="handshake"
            title="No mentor yet"
            message="No program is recruiting mentees right now. HR will invite you when one opens; once you're matched, you'll see your mentor and your next session here."
            [headingLevel]="3"
          />
        }
      }
    </section>

    <section class="section" aria-labelledby="mentee-goal-heading">
      <h2 id="mentee-goal-heading" class="section-title">My goal</h2>
      @for (pair of myPairs(); track pair.matchId) {
        <mat-card appearance="outlined" class="nudge" data-testid="goal-nudge">
          <mat-card-content class="nudge-body">
            <mat-icon
              class="nudge-icon"
              aria-hidden="true"
              [fontIcon]="pair.goals ? 'flag' : 'lightbulb'"
            />
            <div>
              @if (pair.goals) {
                <h3 class="nudge-title">Your goals with {{ pair.mentor }}</h3>
                <p class="nudge-text">{{ pair.progress }}</p>
                <a
                  mat-stroked-button
                  [routerLink]="['/pairs', pair.matchId]"
                  [queryParams]="{ tab: 'goals' }"
                  data-testid="goal-nudge-link"
                  >Open my goals</a
                >
              } @else {
                <h3 class="nudge-title">Set your first goal</h3>
                <p class="nudge-text">
                  What would you like to be able to do by the end of your mentoring with
                  {{ pair.mentor }}? A goal gives your sessions a direction.
                </p>
                <a
                  mat-flat-button
                  [routerLink]="['/pairs', pair.matchId]"
                  [queryParams]="{ tab: 'goals' }"
                  data-testid="goal-nudge-link"
                  >Set your first goal</a
                >
              }
            </div>
          </mat-card-content>
        </mat-card>
      } @empty {
        <mat-card appearance="outlined" class="nudge">
          <mat-card-content class="nudge-body">
            <mat-icon class="nudge-icon" aria-hidden="true" fontIcon="lightbulb" />
            <div>
              <h3 class="nudge-title">A good first step</h3>
              <p class="nudge-text">
                Think about your goal: what do you want to reach, and why a mentor?
              </p>
              <p class="muted">
                A clear goal helps find the right mentor for you and makes your first session
                easier.
              </p>
            </div>
          </mat-card-content>
        </mat-card>
      }
    </section>

    <section class="section" aria-labelledby="mentee-profile-heading">
      <h2 id="mentee-profile-heading" class="section-title">My profile</h2>
      <p class="muted">
        Your languages and time zone help matching suggest mentors you can really meet.
      </p>
      <p><a mat-stroked-button routerLink="/profile">Check your profile</a></p>
    </section>
  `,
  styles: `
    .nudge + .nudge {
      margin-top: 12px;
    }
    .sub-title {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .cards + .cards {
      margin-top: 16px;
    }
  `,
})
export class MenteeHomePage {
  private readonly store = inject(AuthStore);
  private readonly api = inject(ApplicationsApi);
  protected readonly subtitle = computed(() => `${greeting(this.store.firstName())}.`);

  private readonly applications = rxResource({ stream: () => this.api.mineInFull() });
  private readonly calls = rxResource({ stream: () => this.api.recruiting() });

  protected readonly loading = computed(
    () => this.applications.isLoading() || this.calls.isLoading(),
  );
  protected readonly failed = computed(
    () => this.applications.status() === 'error' || this.calls.status() === 'error',
  );
  /** My newest application as a mentee. */
  protected readonly latest = computed(() =>
    this.applications.hasValue()
      ? (this.applications.value().find((a) => a.role === 'mentee') ?? null)
      : null,
  );
  protected readonly openCalls = computed(() =>
    this.calls.hasValue() ? openToApply(this.calls.value(), 'mentee') : [],
  );
  /** Cohorts where I have a live match (null until my matches load): no "No mentor yet" there. */
  protected readonly matchedCohorts = signal<ReadonlySet<string> | null>(null);
  private readonly matches = signal<readonly MatchView[]>([]);
  /** My active relationships at a glance (from the match cards). */
  protected readonly glances = signal<readonly PairGlance[]>([]);
  /** Where I am the mentee in an active pair: a nudge to set a goal, or how my goals are going. */
  protected readonly myPairs = computed(() => {
    const mentors = new Map(
      this.matches()
        .filter((m) => m.state === 'active' && m.mySide === 'mentee')
        .map((m) => [m.id, m.mentor.displayName] as const),
    );
    return this.glances()
      .filter((g) => g.mySide === 'mentee' && mentors.has(g.matchId))
      .map((g) => ({
        matchId: g.matchId,
        mentor: mentors.get(g.matchId) ?? 'your mentor',
        goals: g.goals,
        progress: goalsLine(g),
      }));
  });

  protected onMatches(matches: readonly MatchView[]): void {
    this.matches.set(matches);
    this.matchedCohorts.set(liveMatchCohorts(matches));
  }

  protected reload(): void {
    this.applications.reload();
    this.calls.reload();
  }
}

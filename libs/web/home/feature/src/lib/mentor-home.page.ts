import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { MatchView } from '@mentorbridge/shared-contracts';
import { ApplicationsApi } from '@mentorbridge/web-enrollment-data-access';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { LoadFailedComponent, PageHeaderComponent } from '@mentorbridge/web-shared-ui';
import {
  HomeApplicationCardComponent,
  HomeOpenCallCardComponent,
  openToApply,
} from './applicant-cards.component';
import { MentorRequestsComponent } from './choice/mentor-requests.component';
import { greeting } from './greeting';
import { liveMatchCohorts, MyMatchesComponent } from './my-matches/my-matches.component';
import { PulseCheckinsComponent } from './sessions/pulse-checkins.component';
import { QuickLogComponent } from './sessions/quick-log.component';

/**
 * Mentor home: one card per mentee once matching exists (an honest empty state until then), my
 * applications to mentor, and programs looking for mentors now.
 */
@Component({
  selector: 'mb-mentor-home',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    HomeApplicationCardComponent,
    HomeOpenCallCardComponent,
    LoadFailedComponent,
    MentorRequestsComponent,
    MyMatchesComponent,
    PageHeaderComponent,
    PulseCheckinsComponent,
    QuickLogComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.scss',
  template: `
    <mb-page-header title="My mentees" [subtitle]="subtitle()" />
    <mb-mentor-requests />
    <mb-pulse-checkins />

    <section class="section" aria-labelledby="mentor-pairs-heading">
      <h2 id="mentor-pairs-heading" class="section-title">Mentees</h2>
      <mb-my-matches
        [heading]="null"
        emptyTitle="You have no mentees yet"
        emptyMessage="When an HR lead matches you in a program, your proposed mentees appear here for you to accept."
        (loaded)="onMatches($event)"
      />
      @if (activeMatches().length) {
        <mat-card appearance="outlined" class="quick-logs">
          <mat-card-content>
            @for (match of activeMatches(); track match.id) {
              <mb-quick-log [match]="match" />
            }
          </mat-card-content>
        </mat-card>
      }
    </section>

    <section class="section" aria-labelledby="mentor-programs-heading">
      <h2 id="mentor-programs-heading" class="section-title">Mentoring programs</h2>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading your applications" />
      } @else if (failed()) {
        <mb-load-failed title="We couldn't load your applications" (retry)="reload()" />
      } @else {
        @if (mine().length) {
          <div class="cards" data-testid="mentor-applications">
            @for (application of mine(); track application.id) {
              <mb-home-application-card [application]="application" />
            }
          </div>
        }
        @if (openCalls().length) {
          <h3 class="sub-title">Looking for mentors now</h3>
          <div class="cards">
            @for (cohort of openCalls(); track cohort.cohortId) {
              <mb-home-open-call-card [cohort]="cohort" applyAs="mentor" />
            }
          </div>
        } @else if (!mine().length) {
          <p class="muted">
            No program is looking for mentors right now. HR will invite you when one opens.
          </p>
        }
      }
    </section>

    <section class="section" aria-labelledby="mentor-ready-heading">
      <h2 id="mentor-ready-heading" class="section-title">Get ready</h2>
      <mat-card appearance="outlined" class="nudge">
        <mat-card-content class="nudge-body">
          <mat-icon class="nudge-icon" aria-hidden="true" fontIcon="translate" />
          <div>
            <h3 class="nudge-title">Help matching find the right mentees</h3>
            <p class="nudge-text">
              Keep your languages and time zone up to date, so you are matched with people you can
              really meet.
            </p>
            <a mat-stroked-button routerLink="/profile">Check your profile</a>
          </div>
        </mat-card-content>
      </mat-card>
    </section>
  `,
  styles: `
    .quick-logs {
      margin-top: 16px;
    }
    .sub-title {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class MentorHomePage {
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
  /** Cohorts where I have a live match: their application cards have nothing left to say. */
  protected readonly matchedCohorts = signal<ReadonlySet<string>>(new Set());
  /** Active pairs, each with its quick "log a session" form. */
  protected readonly activeMatches = signal<readonly MatchView[]>([]);
  /** My applications to mentor that still matter (not withdrawn, not matched), newest first. */
  protected readonly mine = computed(() =>
    this.applications.hasValue()
      ? this.applications
          .value()
          .filter(
            (a) =>
              a.role === 'mentor' &&
              a.status !== 'withdrawn' &&
              !this.matchedCohorts().has(a.cohortId),
          )
      : [],
  );
  protected readonly openCalls = computed(() =>
    this.calls.hasValue() ? openToApply(this.calls.value(), 'mentor') : [],
  );

  protected onMatches(matches: readonly MatchView[]): void {
    this.matchedCohorts.set(liveMatchCohorts(matches));
    this.activeMatches.set(matches.filter((m) => m.state === 'active' && m.mySide === 'mentor'));
  }

  protected reload(): void {
    this.applications.reload();
    this.calls.reload();
  }
}

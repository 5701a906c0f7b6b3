import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@mentorbridge/web-shared-ui';
import { greeting } from './greeting';

/** Mentee home: my mentor (or application status), my goals; a gentle nudge to start. */
@Component({
  selector: 'mb-mentee-home',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    RouterLink,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.scss',
  template: `
    <mb-page-header title="My mentoring" [subtitle]="subtitle()" />

    <section class="section" aria-labelledby="mentee-mentor-heading">
      <h2 id="mentee-mentor-heading" class="section-title">My mentor</h2>
      <mb-empty-state
        icon="handshake"
        title="No mentor yet"
        message="When you apply to a mentoring program, your application status shows here. Once you're matched, you'll see your mentor and your next session."
        [headingLevel]="3"
      />
    </section>

    <section class="section" aria-labelledby="mentee-goal-heading">
      <h2 id="mentee-goal-heading" class="section-title">My goal</h2>
      <mat-card appearance="outlined" class="nudge">
        <mat-card-content class="nudge-body">
          <mat-icon class="nudge-icon" aria-hidden="true" fontIcon="lightbulb" />
          <div>
            <h3 class="nudge-title">A good first step</h3>
            <p class="nudge-text">
              Think about your goal: what do you want to reach, and why a mentor?
            </p>
            <p class="muted">
              A clear goal helps find the right mentor for you and makes your first session easier.
            </p>
          </div>
        </mat-card-content>
      </mat-card>
    </section>

    <section class="section" aria-labelledby="mentee-profile-heading">
      <h2 id="mentee-profile-heading" class="section-title">My profile</h2>
      <p class="muted">
        Your languages and time zone help matching suggest mentors you can really meet.
      </p>
      <p><a mat-stroked-button routerLink="/profile">Check your profile</a></p>
    </section>
  `,
})
export class MenteeHomePage {
  private readonly store = inject(AuthStore);
  protected readonly subtitle = computed(() => `${greeting(this.store.firstName())}.`);
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@mentorbridge/web-shared-ui';
import { greeting } from './greeting';

/** Mentor home: one card per mentee once matching exists; an honest empty state until then. */
@Component({
  selector: 'mb-mentor-home',
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
    <mb-page-header title="My mentees" [subtitle]="subtitle()" />

    <section class="section" aria-labelledby="mentor-pairs-heading">
      <h2 id="mentor-pairs-heading" class="section-title">Mentees</h2>
      <mb-empty-state
        icon="diversity_3"
        title="You have no mentees yet"
        message="When an HR lead matches you in a program, your mentees appear here with a one-click 'Log a session'."
        [headingLevel]="3"
      />
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
})
export class MentorHomePage {
  private readonly store = inject(AuthStore);
  protected readonly subtitle = computed(() => `${greeting(this.store.firstName())}.`);
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ROLE_LABELS, ROLE_LANDING_PRIORITY } from '@mentorbridge/shared-contracts';
import { AuthStore, OrganisationApi } from '@mentorbridge/web-identity-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatCardComponent,
} from '@mentorbridge/web-shared-ui';
import { greeting } from './greeting';

/** Executive home: organisation aggregates and cohort health. Never individuals. */
@Component({
  selector: 'mb-executive-home',
  imports: [
    MatProgressBarModule,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.scss',
  template: `
    <mb-page-header title="Program health" [subtitle]="subtitle()" />

    <section class="section" aria-labelledby="exec-cohorts-heading">
      <h2 id="exec-cohorts-heading" class="section-title">Cohorts</h2>
      <mb-empty-state
        icon="insights"
        title="No cohorts to report on yet"
        message="When the first cohort runs, its health score, trend and the metrics that moved most appear here."
        [headingLevel]="3"
      />
    </section>

    <section class="section" aria-labelledby="exec-org-heading">
      <h2 id="exec-org-heading" class="section-title">Organisation</h2>
      <p class="section-intro">Counts only: no individual is shown on this page.</p>
      @if (stats.hasValue()) {
        @let s = stats.value();
        <div class="cards">
          <mb-stat-card
            label="People"
            icon="groups"
            [value]="s.people"
            [hint]="s.active + ' active'"
          />
          <mb-stat-card label="Departments" icon="domain" [value]="s.departments" />
          @for (role of roles; track role) {
            <mb-stat-card
              [label]="roleLabels[role] + 's'"
              icon="badge"
              [value]="s.byRole[role]"
              hint="People holding this role"
            />
          }
        </div>
      } @else if (stats.status() === 'error') {
        <mb-load-failed title="We couldn't load the numbers" (retry)="stats.reload()" />
      } @else {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the numbers" />
      }
    </section>
  `,
})
export class ExecutiveHomePage {
  private readonly store = inject(AuthStore);
  private readonly organisationApi = inject(OrganisationApi);
  protected readonly roles = ROLE_LANDING_PRIORITY;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly stats = rxResource({ stream: () => this.organisationApi.stats() });
  protected readonly subtitle = computed(
    () => `${greeting(this.store.firstName())}. How mentoring is going across the organisation.`,
  );
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AuthStore, OrganisationApi } from '@mentorbridge/web-identity-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatCardComponent,
} from '@mentorbridge/web-shared-ui';
import { greeting } from './greeting';

/** HR lead home: the counts that ask for action, each with its next step. */
@Component({
  selector: 'mb-hr-home',
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
    <mb-page-header title="Needs action" [subtitle]="subtitle()" />

    <section class="section" aria-labelledby="hr-people-heading">
      <h2 id="hr-people-heading" class="section-title">People</h2>
      @if (stats.hasValue()) {
        @let s = stats.value();
        <div class="cards">
          <mb-stat-card
            label="Invitations not accepted"
            icon="mail"
            [value]="s.invited"
            [hint]="
              s.invited > 0
                ? 'Invited people who have not activated their account. Resend the link if it got lost.'
                : 'Everyone you invited has activated their account.'
            "
            link="/admin/users"
            [queryParams]="{ status: 'invited' }"
            linkLabel="Review invitations"
            [attention]="s.invited > 0"
          />
          <mb-stat-card
            label="Active people without a manager"
            icon="account_tree"
            [value]="s.withoutManager"
            [hint]="
              s.withoutManager > 0
                ? 'Matching needs the reporting line, so nobody is paired with their own manager.'
                : 'Every active person has a manager recorded.'
            "
            link="/admin/users"
            [queryParams]="{ status: 'active' }"
            linkLabel="Open People"
            [attention]="s.withoutManager > 0"
          />
          <mb-stat-card
            label="People in the directory"
            icon="groups"
            [value]="s.people"
            [hint]="
              s.active + ' active · ' + s.invited + ' invited · ' + s.deactivated + ' deactivated'
            "
            link="/admin/users"
            linkLabel="Open People"
          />
          <mb-stat-card
            label="Departments"
            icon="domain"
            [value]="s.departments"
            hint="Departments recorded in the directory."
            link="/admin/users/import"
            linkLabel="Import people"
          />
        </div>
      } @else if (stats.status() === 'error') {
        <mb-load-failed title="We couldn't load the numbers" (retry)="stats.reload()" />
      } @else {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the numbers" />
      }
    </section>

    <section class="section" aria-labelledby="hr-programs-heading">
      <h2 id="hr-programs-heading" class="section-title">Programs</h2>
      <mb-empty-state
        icon="event_note"
        title="No programs yet"
        message="Once programs are set up, their status shows here."
        [headingLevel]="3"
      />
    </section>
  `,
})
export class HrHomePage {
  private readonly store = inject(AuthStore);
  private readonly organisationApi = inject(OrganisationApi);
  protected readonly stats = rxResource({ stream: () => this.organisationApi.stats() });
  protected readonly subtitle = computed(
    () => `${greeting(this.store.firstName())}. Here is what needs you today.`,
  );
}

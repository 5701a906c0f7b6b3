import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ApplicationsApi } from '@mentorbridge/web-enrollment-data-access';
import { ApplicationStatusChipComponent } from '@mentorbridge/web-enrollment-ui';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { formatMoment } from '../apply/cohort-facts';

/** Every application I have sent, newest first, with its status. */
@Component({
  selector: 'mb-my-applications-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    ApplicationStatusChipComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mb-page-header
      title="My applications"
      subtitle="The mentoring programs you applied to, and where each application stands."
    >
      <a mat-stroked-button routerLink="/apply">
        <mat-icon aria-hidden="true" fontIcon="campaign" />
        Programs recruiting now
      </a>
    </mb-page-header>

    @if (rows(); as list) {
      @if (list.length) {
        <ul class="list">
          @for (row of list; track row.id) {
            <li class="item" data-testid="my-application">
              <div class="main">
                <h2 class="name">
                  <a [routerLink]="['/applications', row.id]">{{ row.programName }}</a>
                </h2>
                <p class="meta">{{ row.cohortName }} · as a {{ row.role }} · sent {{ row.sent }}</p>
              </div>
              <mb-application-status-chip [status]="row.status" />
            </li>
          }
        </ul>
      } @else {
        <mb-empty-state
          icon="assignment"
          title="You haven't applied to a program yet"
          message="See which programs are recruiting now and apply as a mentee or a mentor."
        >
          <a mat-flat-button routerLink="/apply">Programs recruiting now</a>
        </mb-empty-state>
      }
    } @else if (applications.status() === 'error') {
      <mb-load-failed
        title="We couldn't load your applications"
        [headingLevel]="2"
        (retry)="applications.reload()"
      />
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading your applications" />
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 880px;
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-lowest);
    }
    .main {
      min-width: 0;
    }
    .name {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .meta {
      margin: 2px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MyApplicationsPage {
  private readonly api = inject(ApplicationsApi);

  protected readonly applications = rxResource({ stream: () => this.api.mineInFull() });
  protected readonly rows = computed(() =>
    this.applications.hasValue()
      ? this.applications.value().map((a) => ({
          id: a.id,
          programName: a.programName,
          cohortName: a.cohortName,
          role: a.role,
          status: a.status,
          sent: formatMoment(a.submittedAt),
        }))
      : null,
  );
}

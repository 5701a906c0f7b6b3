import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import {
  ApplicationDetail,
  OpenCohort,
  ParticipantRole,
  PROGRAM_FORMAT_LABELS,
} from '@mentorbridge/shared-contracts';
import { applicationNextStep } from '@mentorbridge/web-enrollment-data-access';
import { ApplicationStatusChipComponent } from '@mentorbridge/web-enrollment-ui';
import { StatusChipComponent } from '@mentorbridge/web-shared-ui';

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** `2027-03-01` as that calendar day in the person's locale. */
function formatDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match
    ? DAY.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : value;
}

/** Open calls where I can still apply in this role (no application, or a withdrawn one). */
export function openToApply(cohorts: readonly OpenCohort[], role: ParticipantRole): OpenCohort[] {
  return cohorts.filter((cohort) => {
    const mine = cohort.mine.find((entry) => entry.role === role);
    return !mine?.applicationStatus || mine.applicationStatus === 'withdrawn';
  });
}

/** One of my applications on a home: where it stands and what happens next. */
@Component({
  selector: 'mb-home-application-card',
  imports: [MatButtonModule, MatCardModule, RouterLink, ApplicationStatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="card">
      <mat-card-content>
        <div class="head">
          <h3 class="title">{{ application().programName }}</h3>
          <mb-application-status-chip
            [status]="application().status"
            data-testid="home-application-status"
          />
        </div>
        <p class="meta">{{ application().cohortName }} · as a {{ application().role }}</p>
        <p class="next">{{ nextStep() }}</p>
        @if (application().decisionMessage; as message) {
          <p class="message"><span class="message-label">From HR:</span> {{ message }}</p>
        }
        <a mat-stroked-button [routerLink]="['/applications', application().id]">
          View my application
        </a>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .card {
      height: 100%;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 8px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .meta {
      margin: 2px 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .next {
      margin: 0 0 12px;
    }
    .message {
      margin: 0 0 12px;
      padding: 8px 12px;
      border-left: 3px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      white-space: pre-line;
    }
    .message-label {
      font-weight: 500;
    }
  `,
})
export class HomeApplicationCardComponent {
  readonly application = input.required<ApplicationDetail>();
  protected readonly nextStep = computed(() =>
    applicationNextStep(this.application().status, this.application().role),
  );
}

/** A cohort recruiting now, with the one action that matters on a home: apply in my role. */
@Component({
  selector: 'mb-home-open-call-card',
  imports: [MatButtonModule, MatCardModule, RouterLink, StatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="card" data-testid="home-open-call">
      <mat-card-content>
        <div class="head">
          <h3 class="title">{{ cohort().programName }}</h3>
          @if (invited()) {
            <mb-status-chip label="Invited" tone="info" icon="mail" />
          }
        </div>
        <p class="meta">{{ cohort().cohortName }} · {{ format() }} · {{ dates() }}</p>
        <p class="driver">{{ cohort().strategicDriver }}</p>
        <div class="actions">
          <a
            mat-flat-button
            [routerLink]="['/apply', cohort().cohortId]"
            [queryParams]="{ role: applyAs() }"
            [attr.aria-label]="'Apply as ' + applyAs() + ' to ' + cohort().programName"
          >
            Apply as {{ applyAs() }}
          </a>
          <a mat-button routerLink="/apply">Learn more</a>
        </div>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .card {
      height: 100%;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 8px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .meta {
      margin: 2px 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .driver {
      margin: 0 0 12px;
      display: -webkit-box;
      -webkit-line-clamp: 3;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class HomeOpenCallCardComponent {
  readonly cohort = input.required<OpenCohort>();
  readonly applyAs = input.required<ParticipantRole>();

  protected readonly format = computed(() => PROGRAM_FORMAT_LABELS[this.cohort().format]);
  protected readonly dates = computed(
    () => `${formatDay(this.cohort().startDate)} – ${formatDay(this.cohort().endDate)}`,
  );
  protected readonly invited = computed(() => {
    const mine = this.cohort().mine.find((entry) => entry.role === this.applyAs());
    return mine?.invitationStatus === 'sent' || mine?.invitationStatus === 'opened';
  });
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  Cell,
  HEALTH_FORMULA,
  ReportingOverview,
  ROLE_LABELS,
  ROLE_LANDING_PRIORITY,
} from '@mentorbridge/shared-contracts';
import { AuthStore, OrganisationApi } from '@mentorbridge/web-identity-data-access';
import {
  definitionFor,
  formatMetric,
  freshnessText,
  NO_DATA,
  ReportingApi,
} from '@mentorbridge/web-reporting-data-access';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatCardComponent,
  suppressedLabel,
  suppressionHint,
} from '@mentorbridge/web-shared-ui';
import { CohortHealthCardComponent } from './executive/cohort-health-card.component';
import { greeting } from './greeting';

interface TotalCard {
  id: string;
  label: string;
  icon: string;
  value: string | number;
  hint: string;
}

/** A total as a stat card: the number, or "<5" with the reason as its hint. */
function total(
  id: string,
  label: string,
  icon: string,
  cell: Cell,
  hint: string,
  show: (value: number) => string | number = (value) => value,
): TotalCard {
  if (cell.suppressed) {
    return {
      id,
      label,
      icon,
      value: suppressedLabel(DEFAULT_SUPPRESSION_THRESHOLD),
      hint: suppressionHint(DEFAULT_SUPPRESSION_THRESHOLD),
    };
  }
  return cell.value === null
    ? { id, label, icon, value: NO_DATA, hint: 'No data yet' }
    : { id, label, icon, value: show(cell.value), hint };
}

function totalCards(overview: ReportingOverview): TotalCard[] {
  const t = overview.totals;
  return [
    {
      id: 'programs',
      label: 'Programs',
      icon: 'event_note',
      value: t.programs,
      hint: `${t.cohorts} ${t.cohorts === 1 ? 'cohort' : 'cohorts'} reported on`,
    },
    total('active', 'Active pairs', 'diversity_3', t.activeMatches, 'Relationships active today'),
    total('participants', 'Participants', 'groups', t.participants, 'Distinct people taking part'),
    total(
      'sessions',
      'Sessions held',
      'event_available',
      t.sessionsHeldLast30Days,
      'In the last 30 days',
    ),
    total(
      'health',
      'Average health',
      'monitor_heart',
      t.averageHealth,
      'Across cohorts, out of 100',
      (value) => formatMetric(value, 'count'),
    ),
  ];
}

/** Executive home: program health per cohort and organisation aggregates. Never individuals. */
@Component({
  selector: 'mb-executive-home',
  imports: [
    MatIconModule,
    MatProgressBarModule,
    CohortHealthCardComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.scss',
  styles: `
    :host .freshness {
      margin-bottom: 24px;
    }
    .cohort-cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .how {
      margin: 0 0 16px;
      max-width: 80ch;
    }
    .how summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
    }
    .how p {
      margin: 8px 0 0;
    }
  `,
  template: `
    <mb-page-header title="Program health" [subtitle]="subtitle()" />
    @if (overview.hasValue()) {
      <p class="freshness" data-testid="overview-freshness">
        <mat-icon aria-hidden="true" fontIcon="schedule" />
        {{ freshness() }}
      </p>
    }

    <section class="section" aria-labelledby="exec-cohorts-heading">
      <h2 id="exec-cohorts-heading" class="section-title">Cohorts</h2>
      <p class="section-intro">Aggregates only: small groups are hidden to protect privacy.</p>
      <details class="how" data-testid="health-formula">
        <summary>How is health computed?</summary>
        <p>{{ healthFormula }}</p>
      </details>
      @if (overview.hasValue()) {
        @let o = overview.value();
        @if (o.cohorts.length) {
          <div class="cards section" data-testid="overview-totals">
            @for (card of totals(); track card.id) {
              <mb-stat-card
                [attr.data-testid]="'total-' + card.id"
                [label]="card.label"
                [icon]="card.icon"
                [value]="card.value"
                [hint]="card.hint"
              />
            }
          </div>
          <ul class="cohort-cards" aria-label="Cohorts">
            @for (card of o.cohorts; track card.cohortId) {
              <li>
                <mb-cohort-health-card
                  [card]="card"
                  [healthTarget]="healthTarget()"
                  data-testid="cohort-card"
                />
              </li>
            }
          </ul>
        } @else {
          <mb-empty-state
            icon="insights"
            title="No cohorts to report on yet"
            message="When the first cohort runs, its health score, trend and the metrics that moved most appear here."
            [headingLevel]="3"
          />
        }
      } @else if (overview.status() === 'error') {
        <mb-load-failed title="We couldn't load program health" (retry)="overview.reload()" />
      } @else {
        <mat-progress-bar mode="indeterminate" aria-label="Loading program health" />
      }
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
  private readonly reportingApi = inject(ReportingApi);
  protected readonly roles = ROLE_LANDING_PRIORITY;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly healthFormula = HEALTH_FORMULA;
  protected readonly stats = rxResource({ stream: () => this.organisationApi.stats() });
  protected readonly overview = rxResource({ stream: () => this.reportingApi.overview() });
  protected readonly freshness = computed(() =>
    this.overview.hasValue() ? freshnessText(this.overview.value().freshness) : '',
  );
  protected readonly totals = computed(() =>
    this.overview.hasValue() ? totalCards(this.overview.value()) : [],
  );
  protected readonly healthTarget = computed(
    () =>
      definitionFor('health', this.overview.hasValue() ? this.overview.value().definitions : [])
        .target,
  );
  protected readonly subtitle = computed(
    () => `${greeting(this.store.firstName())}. How mentoring is going across the organisation.`,
  );
}

import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  signal,
  ViewEncapsulation,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CohortDashboard,
  CONFORMANCE_BAND_LABELS,
  ConformanceBand,
  HEALTH_FORMULA,
  METRIC_DEFINITIONS,
  MetricKey,
  PERMISSIONS,
  REPORT_PERIODS,
  ReportPeriod,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { cohortStateChip } from '@mentorbridge/web-programs-data-access';
import {
  cellText,
  definitionFor,
  freshnessText,
  parseReportPeriod,
  REPORT_PERIOD_LABELS,
  ReportingApi,
} from '@mentorbridge/web-reporting-data-access';
import { httpStatusOf } from '@mentorbridge/web-shared-data-access';
import {
  ColumnChartComponent,
  DistributionChartComponent,
  EmptyStateComponent,
  formatLocalDate,
  GaugeComponent,
  HbarChartComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatusChipComponent,
  SuppressedComponent,
} from '@mentorbridge/web-shared-ui';
import { map } from 'rxjs';
import {
  bandChip,
  binItems,
  earlyClosureItems,
  engagementView,
  funnelItems,
  hasNoFigures,
  metricCell,
  metricGroups,
  riskItems,
} from './dashboard-view';
import { MetricTileComponent } from './metric-tile.component';

const BANDS = Object.keys(CONFORMANCE_BAND_LABELS) as ConformanceBand[];

/**
 * Program health of one cohort: health score and standards conformance, every metric with its
 * definition, base and target, and the charts people would rather look at (funnel, engagement by
 * month, satisfaction, goals, risks, early closures). The period lives in the URL
 * (`?period=quarter`); the page prints as a report and exports its figures as CSV. Executives see
 * small counts hidden ("<5"); nothing here names a person.
 */
@Component({
  selector: 'mb-cohort-dashboard-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    ColumnChartComponent,
    DistributionChartComponent,
    EmptyStateComponent,
    GaugeComponent,
    HbarChartComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatusChipComponent,
    SuppressedComponent,
    MetricTileComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The print rules reach the shell (toolbar, side navigation): they live only while this page does.
  encapsulation: ViewEncapsulation.None,
  host: { class: 'mb-report' },
  styleUrl: './cohort-dashboard.page.scss',
  template: `
    @if (shown(); as d) {
      <a class="back-link no-print" [routerLink]="back().link" data-testid="dashboard-back">
        <mat-icon aria-hidden="true" fontIcon="arrow_back" />
        {{ back().label }}
      </a>
      <mb-page-header [title]="d.cohortName" [subtitle]="subtitle()">
        <button
          mat-stroked-button
          type="button"
          class="no-print"
          (click)="print()"
          data-testid="dashboard-print"
        >
          <mat-icon aria-hidden="true" fontIcon="print" />
          Print / save as PDF
        </button>
        <a
          mat-stroked-button
          class="no-print"
          [attr.href]="csvUrl()"
          [attr.download]="csvName()"
          data-testid="dashboard-csv"
        >
          <mat-icon aria-hidden="true" fontIcon="download" />
          Export CSV
        </a>
      </mb-page-header>

      <div class="report-meta">
        @let chip = stateChip();
        <mb-status-chip
          [label]="chip.label"
          [tone]="chip.tone"
          [icon]="chip.icon"
          data-testid="dashboard-state"
        />
        <span class="freshness" data-testid="dashboard-freshness">
          <mat-icon aria-hidden="true" fontIcon="schedule" />
          {{ freshness() }}
        </span>
      </div>

      <div class="period-row">
        <mat-button-toggle-group
          class="no-print"
          aria-label="Period"
          hideSingleSelectionIndicator
          [value]="period()"
          (change)="setPeriod($event.value)"
          data-testid="dashboard-period"
        >
          @for (p of periods; track p) {
            <mat-button-toggle [value]="p">{{ periodLabels[p] }}</mat-button-toggle>
          }
        </mat-button-toggle-group>
        <span class="period-range" data-testid="dashboard-range">
          <span class="print-only">{{ periodLabels[period()] }}: </span>{{ range() }}
        </span>
      </div>
      @if (dashboard.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the figures" />
      }

      <p class="privacy" data-testid="dashboard-privacy">
        <mat-icon aria-hidden="true" fontIcon="lock" />
        {{ privacyNote() }}
      </p>

      @if (empty()) {
        <mb-empty-state
          icon="insights"
          title="Nothing to report yet"
          [message]="emptyMessage()"
          data-testid="dashboard-empty"
        >
          @if (period() !== 'all') {
            <button mat-flat-button type="button" (click)="setPeriod('all')">Show all time</button>
          }
        </mb-empty-state>
      } @else {
        <section class="hero" aria-labelledby="hero-heading">
          <h2 id="hero-heading" class="section-title">Health and standards</h2>
          <div class="hero-cards">
            <div class="hero-card" data-testid="dashboard-health">
              <h3 class="hero-title">
                Health score
                <button
                  mat-icon-button
                  type="button"
                  class="info no-print"
                  [matTooltip]="healthFormula"
                  aria-label="How is the health score computed?"
                  (click)="openDefinitions('health')"
                >
                  <mat-icon aria-hidden="true" fontIcon="info_outline" />
                </button>
              </h3>
              <mb-gauge
                label="Health score"
                [cell]="health()"
                [target]="healthTarget()"
                [threshold]="d.suppression.threshold"
              />
            </div>
            <div class="hero-card" data-testid="dashboard-conformance">
              <h3 class="hero-title">
                Standards conformance
                <button
                  mat-icon-button
                  type="button"
                  class="info no-print"
                  [matTooltip]="conformanceDefinition()"
                  aria-label="How is standards conformance computed?"
                  (click)="openDefinitions('conformance')"
                >
                  <mat-icon aria-hidden="true" fontIcon="info_outline" />
                </button>
              </h3>
              <p class="hero-value" data-testid="conformance-value">
                @if (d.conformance.score.suppressed) {
                  <mb-suppressed [threshold]="d.suppression.threshold" />
                } @else {
                  {{ conformanceText() }}
                }
              </p>
              @let conformanceBand = band();
              <mb-status-chip
                [label]="conformanceBand.label"
                [tone]="conformanceBand.tone"
                [icon]="conformanceBand.icon"
                data-testid="conformance-band"
              />
            </div>
          </div>
        </section>

        @for (group of groups(); track group.id) {
          <section
            class="group"
            [attr.aria-labelledby]="'group-' + group.id"
            [attr.data-testid]="'group-' + group.id"
          >
            <h2 class="section-title" [id]="'group-' + group.id">{{ group.label }}</h2>
            <div class="tiles">
              @for (tile of group.tiles; track tile.key) {
                <mb-metric-tile [tile]="tile" />
              }
            </div>
            @switch (group.id) {
              @case ('funnel') {
                <div class="charts">
                  <div class="chart-card" data-testid="chart-funnel">
                    <h3 class="chart-title">Enrolment funnel</h3>
                    <mb-hbar-chart
                      title="Enrolment funnel"
                      categoryHeader="Stage"
                      valueHeader="People"
                      [funnel]="true"
                      [items]="funnel()"
                      [threshold]="d.suppression.threshold"
                      emptyLabel="Nobody has been invited yet."
                    />
                  </div>
                </div>
              }
              @case ('engagement') {
                @let e = engagement();
                <div class="charts">
                  <div class="chart-card wide" data-testid="chart-engagement">
                    <h3 class="chart-title">Engagement by month</h3>
                    <mb-column-chart
                      title="Engagement by month: active pairs and sessions held"
                      categoryHeader="Month"
                      [categories]="e.categories"
                      [axisLabels]="e.axisLabels"
                      [series]="e.series"
                      [threshold]="d.suppression.threshold"
                      emptyLabel="No pair has been active yet."
                    />
                  </div>
                </div>
              }
              @case ('quality') {
                <div class="charts">
                  <div class="chart-card" data-testid="chart-satisfaction">
                    <h3 class="chart-title">Satisfaction</h3>
                    <mb-distribution-chart
                      title="Satisfaction answers"
                      categoryHeader="Answer"
                      valueLabel="People"
                      [bins]="satisfaction()"
                      [threshold]="d.suppression.wellbeingThreshold"
                      emptyLabel="No satisfaction answers yet."
                    />
                  </div>
                  <div class="chart-card" data-testid="chart-goals">
                    <h3 class="chart-title">Goal attainment</h3>
                    <mb-distribution-chart
                      title="Goal attainment at closure"
                      categoryHeader="Attainment"
                      valueLabel="Goals"
                      [bins]="goals()"
                      [threshold]="d.suppression.threshold"
                      emptyLabel="No goal has been assessed at closure yet."
                    />
                  </div>
                </div>
              }
              @case ('risk') {
                <div class="charts">
                  <div class="chart-card" data-testid="chart-risks">
                    <h3 class="chart-title">Pairs at risk by reason</h3>
                    <mb-hbar-chart
                      title="Pairs at risk by reason"
                      categoryHeader="Reason"
                      valueHeader="Pairs"
                      [items]="risks()"
                      [threshold]="d.suppression.threshold"
                      emptyLabel="No pair is at risk."
                    />
                  </div>
                  <div class="chart-card" data-testid="chart-early-closures">
                    <h3 class="chart-title">Early closures by reason</h3>
                    <mb-hbar-chart
                      title="Early closures by reason"
                      categoryHeader="Reason"
                      valueHeader="Pairs"
                      [items]="earlyClosures()"
                      [threshold]="d.suppression.threshold"
                      emptyLabel="No pair has ended early."
                    />
                  </div>
                </div>
              }
            }
          </section>
        }
      }

      <section class="definitions" aria-labelledby="definitions-heading">
        <h2 class="section-title" id="definitions-heading">
          <button
            mat-button
            type="button"
            class="definitions-toggle"
            [attr.aria-expanded]="definitionsOpen()"
            aria-controls="dashboard-definitions"
            (click)="definitionsOpen.set(!definitionsOpen())"
            data-testid="definitions-toggle"
          >
            <mat-icon
              aria-hidden="true"
              [fontIcon]="definitionsOpen() ? 'expand_less' : 'expand_more'"
            />
            How are these figures computed?
          </button>
        </h2>
        <div
          id="dashboard-definitions"
          class="definitions-body"
          [class.collapsed]="!definitionsOpen()"
        >
          <dl class="definition-list">
            @for (definition of definitions(); track definition.key) {
              <div class="definition" [id]="'definition-' + definition.key">
                <dt>{{ definition.label }}</dt>
                <dd>{{ definition.definition }}</dd>
              </div>
            }
            <div class="definition">
              <dt>Conformance bands</dt>
              <dd>
                <ul class="bands">
                  @for (b of bands; track b) {
                    <li>{{ bandLabels[b] }}</li>
                  }
                </ul>
              </dd>
            </div>
            <div class="definition">
              <dt>Hidden figures</dt>
              <dd>
                To protect privacy, executives see a count of fewer than
                {{ d.suppression.threshold }} people as "&lt;{{ d.suppression.threshold }}" (fewer
                than {{ d.suppression.wellbeingThreshold }} for satisfaction answers). A figure is
                also hidden when a small one could otherwise be worked out from a total.
              </dd>
            </div>
          </dl>
        </div>
      </section>
    } @else if (notFound()) {
      <mb-page-header title="Cohort dashboard" />
      <mb-empty-state
        icon="search_off"
        title="We couldn't find this cohort"
        message="It may have been removed, or it is not one of the cohorts you can see."
        data-testid="dashboard-not-found"
      >
        <a mat-flat-button [routerLink]="home()">Back home</a>
      </mb-empty-state>
    } @else if (dashboard.status() === 'error') {
      <mb-page-header title="Cohort dashboard" />
      <mb-load-failed
        title="We couldn't load the figures"
        [headingLevel]="2"
        (retry)="dashboard.reload()"
      />
    } @else {
      <mb-page-header title="Cohort dashboard" />
      <mat-progress-bar mode="indeterminate" aria-label="Loading the figures" />
    }
  `,
})
export class CohortDashboardPage {
  private readonly api = inject(ReportingApi);
  private readonly store = inject(AuthStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly periods = REPORT_PERIODS;
  protected readonly periodLabels = REPORT_PERIOD_LABELS;
  protected readonly healthFormula = HEALTH_FORMULA;
  protected readonly bands = BANDS;
  protected readonly bandLabels = CONFORMANCE_BAND_LABELS;

  protected readonly cohortId = toSignal(
    this.route.paramMap.pipe(map((params) => params.get('cohortId') ?? '')),
    { initialValue: this.route.snapshot.paramMap.get('cohortId') ?? '' },
  );
  protected readonly period = toSignal(
    this.route.queryParamMap.pipe(map((params) => parseReportPeriod(params.get('period')))),
    { initialValue: parseReportPeriod(this.route.snapshot.queryParamMap.get('period')) },
  );

  protected readonly dashboard = rxResource({
    params: () => ({ cohortId: this.cohortId(), period: this.period() }),
    stream: ({ params }) => this.api.cohort(params.cohortId, params.period),
  });
  /** The figures on screen: the last loaded ones stay while another period loads. */
  protected readonly shown = linkedSignal<CohortDashboard | undefined, CohortDashboard | null>({
    source: () => (this.dashboard.hasValue() ? this.dashboard.value() : undefined),
    computation: (current, previous) => {
      if (current) {
        return current;
      }
      const last = previous?.value ?? null;
      const keep = this.dashboard.isLoading() && last?.cohortId === this.cohortId();
      return keep ? last : null;
    },
  });
  protected readonly notFound = computed(
    () => this.dashboard.status() === 'error' && httpStatusOf(this.dashboard.error()) === 404,
  );

  protected readonly definitionsOpen = signal(false);

  protected readonly home = computed(() => this.store.homeUrl());
  protected readonly back = computed(() => {
    const d = this.shown();
    if (d && this.store.hasPermission(PERMISSIONS.programsManage)) {
      return { link: ['/programs', d.programId, 'cohorts', d.cohortId], label: 'Cohort' };
    }
    return { link: ['/executive'], label: 'Program health' };
  });
  protected readonly subtitle = computed(() => {
    const d = this.shown();
    return d
      ? `${d.programName} · ${formatLocalDate(d.startDate)} – ${formatLocalDate(d.endDate)}`
      : null;
  });
  protected readonly stateChip = computed(() => cohortStateChip(this.shown()?.state ?? 'draft'));
  protected readonly freshness = computed(() => {
    const d = this.shown();
    return d ? freshnessText(d.freshness) : '';
  });
  protected readonly range = computed(() => {
    const d = this.shown();
    if (!d) {
      return '';
    }
    return d.periodRange
      ? `${formatLocalDate(d.periodRange.from)} – ${formatLocalDate(d.periodRange.to)}`
      : `The cohort's whole life, from ${formatLocalDate(d.startDate)}`;
  });
  protected readonly privacyNote = computed(() => {
    const d = this.shown();
    if (!d) {
      return '';
    }
    const { threshold, wellbeingThreshold } = d.suppression;
    return d.suppression.applied
      ? `Aggregates only. Counts of fewer than ${threshold} people show as "<${threshold}" ` +
          `(fewer than ${wellbeingThreshold} for satisfaction answers) to protect privacy.`
      : `You see this program's figures in full. Executives see counts of fewer than ` +
          `${threshold} people as "<${threshold}".`;
  });
  protected readonly csvUrl = computed(() => this.api.exportUrl(this.cohortId(), this.period()));
  protected readonly csvName = computed(() => {
    const d = this.shown();
    const name = d ? `${d.programName} ${d.cohortName}` : 'cohort';
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return `${slug || 'cohort'}-${this.period()}.csv`;
  });

  protected readonly empty = computed(() => {
    const d = this.shown();
    return d ? hasNoFigures(d) : false;
  });
  protected readonly emptyMessage = computed(() =>
    this.period() === 'all'
      ? 'The figures appear once people are invited to this cohort.'
      : `Nothing happened in this cohort during ${this.periodLabels[this.period()].toLowerCase()} (${this.range()}).`,
  );

  protected readonly health = computed(() => {
    const d = this.shown();
    return (d && metricCell(d, 'health')) ?? { value: null };
  });
  protected readonly healthTarget = computed(() => {
    const d = this.shown();
    return definitionFor('health', d?.definitions).target;
  });
  protected readonly conformanceDefinition = computed(
    () => definitionFor('conformance', this.shown()?.definitions).definition,
  );
  protected readonly conformanceText = computed(() => {
    const score = this.shown()?.conformance.score;
    return score ? cellText(score, 'percent') : '';
  });
  protected readonly band = computed(() => bandChip(this.shown()?.conformance.band ?? null));
  protected readonly groups = computed(() => {
    const d = this.shown();
    return d ? metricGroups(d) : [];
  });
  protected readonly funnel = computed(() => {
    const d = this.shown();
    return d ? funnelItems(d) : [];
  });
  protected readonly engagement = computed(() => {
    const d = this.shown();
    return d ? engagementView(d) : { categories: [], axisLabels: [], series: [] };
  });
  protected readonly satisfaction = computed(() => binItems(this.shown()?.satisfaction ?? []));
  protected readonly goals = computed(() => binItems(this.shown()?.goalAttainment ?? []));
  protected readonly risks = computed(() => {
    const d = this.shown();
    return d ? riskItems(d) : [];
  });
  protected readonly earlyClosures = computed(() => {
    const d = this.shown();
    return d ? earlyClosureItems(d) : [];
  });
  /** Every definition: the served ones, health and conformance first. */
  protected readonly definitions = computed(() => {
    const served = this.shown()?.definitions ?? [];
    const rest = (served.length ? served : METRIC_DEFINITIONS)
      .map((definition) => definition.key)
      .filter((key) => key !== 'health' && key !== 'conformance');
    const keys: MetricKey[] = ['health', 'conformance', ...rest];
    return [...new Set(keys)].map((key) => definitionFor(key, served));
  });

  protected setPeriod(period: ReportPeriod): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { period: period === 'all' ? null : period },
      queryParamsHandling: 'merge',
    });
  }

  /** Opens the definitions at the bottom and brings the one asked about into view. */
  protected openDefinitions(key: 'health' | 'conformance'): void {
    this.definitionsOpen.set(true);
    setTimeout(() => {
      const target = this.document.getElementById(`definition-${key}`);
      target?.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}

import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AssessmentSummary, READINESS_BAND_LABELS } from '@mentorbridge/shared-contracts';
import { ReadinessApi } from '@mentorbridge/web-readiness-data-access';
import { downloadTextFile, toCsv } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { map, of } from 'rxjs';
import { ReadinessChartComponent } from '../shared/readiness-chart.component';
import {
  bandChip,
  LAUNCH_GATE_RULE,
  passesLaunchGate,
  percent,
  statusChip,
} from '../shared/readiness-display';
import { routeParam } from '../shared/route-params';
import { ItemBankComponent } from './item-bank.component';

const ALL_COLUMNS = ['title', 'status', 'band', 'overall', 'respondents', 'dates'] as const;
type Column = (typeof ALL_COLUMNS)[number];

/** A program's readiness: the latest result at a glance, every assessment, and the item bank. */
@Component({
  selector: 'mb-readiness-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    MatTabsModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatusChipComponent,
    ItemBankComponent,
    ReadinessChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './readiness-page.html',
  styleUrl: './readiness-page.scss',
})
export class ReadinessPage {
  private readonly api = inject(ReadinessApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly locale = inject(LOCALE_ID);

  protected readonly programId = routeParam(this.route, 'programId');
  protected readonly bandChip = bandChip;
  protected readonly statusChip = statusChip;
  protected readonly launchGateRule = LAUNCH_GATE_RULE;

  protected readonly program = rxResource({
    params: () => this.programId(),
    stream: ({ params }) => this.api.program(params),
  });
  protected readonly programName = computed(() =>
    this.program.hasValue() ? this.program.value().name : null,
  );

  protected readonly assessments = rxResource({
    params: () => this.programId(),
    stream: ({ params }) => this.api.assessments(params),
  });
  protected readonly list = computed(() =>
    this.assessments.hasValue() ? this.assessments.value() : [],
  );
  /** What counts for the launch gate: the newest completed assessment. */
  protected readonly latestCompleted = computed(
    () => this.list().find((a) => a.status === 'completed') ?? null,
  );
  /** An assessment still collecting answers, newest first. */
  protected readonly openOne = computed(() => this.list().find((a) => a.status === 'open') ?? null);
  /** The assessment shown at a glance: the latest completed one, else the one in progress. */
  protected readonly glance = computed(() => this.latestCompleted() ?? this.openOne());
  protected readonly glanceDetail = rxResource({
    params: () => this.glance()?.id,
    stream: ({ params }) => (params ? this.api.assessment(params) : of(undefined)),
  });

  protected readonly tab = toSignal(
    this.route.queryParamMap.pipe(map((params) => (params.get('tab') === 'items' ? 1 : 0))),
    { initialValue: this.route.snapshot.queryParamMap.get('tab') === 'items' ? 1 : 0 },
  );

  private readonly breakpoints = toSignal(
    inject(BreakpointObserver)
      .observe(['(max-width: 599.98px)', '(max-width: 1023.98px)'])
      .pipe(map((state) => state.breakpoints)),
    { initialValue: {} as Record<string, boolean> },
  );
  protected readonly columns = computed<Column[]>(() => {
    const matches = this.breakpoints();
    if (matches['(max-width: 599.98px)']) {
      return ['title', 'band', 'overall'];
    }
    if (matches['(max-width: 1023.98px)']) {
      return ['title', 'status', 'band', 'overall', 'respondents'];
    }
    return [...ALL_COLUMNS];
  });

  protected percent(value: number | null): string {
    return percent(value, this.locale);
  }

  protected passes(summary: AssessmentSummary): boolean {
    return passesLaunchGate(summary.band);
  }

  protected selectTab(index: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tab: index === 1 ? 'items' : null },
      replaceUrl: true,
    });
  }

  protected downloadCsv(): void {
    const rows = this.list().map((a) => [
      a.title,
      a.scopeLabel,
      statusChip(a.status).label,
      a.status === 'completed' || a.overall !== null ? READINESS_BAND_LABELS[a.band] : '',
      a.overall,
      a.respondentsSubmitted,
      a.respondents,
      a.createdAt.slice(0, 10),
      a.completedAt?.slice(0, 10) ?? '',
    ]);
    const csv = toCsv(
      [
        'Assessment',
        'Scope',
        'Status',
        'Band',
        'Overall %',
        'Respondents submitted',
        'Respondents',
        'Created',
        'Completed',
      ],
      rows,
    );
    const name = (this.programName() ?? 'program').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    downloadTextFile(`readiness-${name}.csv`, csv);
  }

  protected readonly trackById = (_: number, assessment: AssessmentSummary) => assessment.id;
}

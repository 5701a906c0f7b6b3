import { DatePipe, DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  LOCALE_ID,
  ViewEncapsulation,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { RESPONDENT_ROLE_LABELS } from '@mentorbridge/shared-contracts';
import { ReadinessApi } from '@mentorbridge/web-readiness-data-access';
import { LoadFailedComponent } from '@mentorbridge/web-shared-ui';
import { ReadinessChartComponent } from '../shared/readiness-chart.component';
import { bandChip, LAUNCH_GATE_RULE, percent, statusChip } from '../shared/readiness-display';
import { routeParam } from '../shared/route-params';
import { ScoringExplanationComponent } from '../shared/scoring-explanation.component';
import { DimensionTableComponent } from './dimension-table.component';
import { FindingsComponent } from './findings.component';
import { ItemScoresComponent } from './item-scores.component';

/**
 * A clean, printable report of one assessment (A4). The print stylesheet hides the app's toolbar
 * and navigation; printing starts from the button, never by itself.
 */
@Component({
  selector: 'mb-assessment-print-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    LoadFailedComponent,
    DimensionTableComponent,
    FindingsComponent,
    ItemScoresComponent,
    ReadinessChartComponent,
    ScoringExplanationComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The print rules reach the shell (toolbar, side navigation): they live only while this page does.
  encapsulation: ViewEncapsulation.None,
  host: { class: 'mb-print' },
  templateUrl: './assessment-print-page.html',
  styleUrl: './assessment-print-page.scss',
})
export class AssessmentPrintPage {
  private readonly api = inject(ReadinessApi);
  private readonly route = inject(ActivatedRoute);
  private readonly locale = inject(LOCALE_ID);
  private readonly window = inject(DOCUMENT).defaultView;

  protected readonly assessmentId = routeParam(this.route, 'assessmentId');
  protected readonly assessment = rxResource({
    params: () => this.assessmentId(),
    stream: ({ params }) => this.api.assessment(params),
  });
  protected readonly detail = computed(() =>
    this.assessment.hasValue() ? this.assessment.value() : null,
  );
  protected readonly bandChip = bandChip;
  protected readonly statusChip = statusChip;
  protected readonly roleLabels = RESPONDENT_ROLE_LABELS;
  protected readonly launchGateRule = LAUNCH_GATE_RULE;
  protected readonly today = new Date();

  protected pct(value: number | null): string {
    return percent(value, this.locale);
  }

  protected print(): void {
    this.window?.print();
  }
}

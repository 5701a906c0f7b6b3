import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  LOCALE_ID,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AssessmentDetail } from '@mentorbridge/shared-contracts';
import { ReadinessApi } from '@mentorbridge/web-readiness-data-access';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { ReadinessChartComponent } from '../shared/readiness-chart.component';
import {
  bandChip,
  LAUNCH_GATE_RULE,
  passesLaunchGate,
  percent,
  statusChip,
} from '../shared/readiness-display';
import { routeParam } from '../shared/route-params';
import { ScoringExplanationComponent } from '../shared/scoring-explanation.component';
import { CompleteDialogComponent, CompleteDialogData } from './complete-dialog.component';
import { DimensionTableComponent } from './dimension-table.component';
import { FindingsComponent } from './findings.component';
import { ItemScoresComponent } from './item-scores.component';
import { RespondentsPanelComponent } from './respondents-panel.component';

/** One assessment: band, scores per dimension against the previous cycle, what to work on. */
@Component({
  selector: 'mb-assessment-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatExpansionModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatusChipComponent,
    DimensionTableComponent,
    FindingsComponent,
    ItemScoresComponent,
    ReadinessChartComponent,
    RespondentsPanelComponent,
    ScoringExplanationComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assessment-page.html',
  styleUrl: './assessment-page.scss',
})
export class AssessmentPage {
  private readonly api = inject(ReadinessApi);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly locale = inject(LOCALE_ID);

  protected readonly programId = routeParam(this.route, 'programId');
  protected readonly assessmentId = routeParam(this.route, 'assessmentId');
  protected readonly assessment = rxResource({
    params: () => this.assessmentId(),
    stream: ({ params }) => this.api.assessment(params),
  });
  protected readonly detail = computed(() =>
    this.assessment.hasValue() ? this.assessment.value() : null,
  );
  protected readonly notFound = computed(
    () => this.assessment.status() === 'error' && httpStatusOf(this.assessment.error()) === 404,
  );

  protected readonly bandChip = bandChip;
  protected readonly statusChip = statusChip;
  protected readonly launchGateRule = LAUNCH_GATE_RULE;
  protected readonly completing = signal(false);
  protected readonly completeError = signal<string | null>(null);

  protected pct(value: number | null): string {
    return percent(value, this.locale);
  }

  protected passes(detail: AssessmentDetail): boolean {
    return passesLaunchGate(detail.band);
  }

  protected onRespondentsChanged(detail: AssessmentDetail): void {
    this.assessment.set(detail);
  }

  protected async complete(detail: AssessmentDetail): Promise<void> {
    if (this.completing()) {
      return;
    }
    const ref = this.dialog.open<CompleteDialogComponent, CompleteDialogData, boolean>(
      CompleteDialogComponent,
      {
        data: {
          title: detail.title,
          result:
            detail.result.overall === null
              ? 'no score yet'
              : `${bandChip(detail.result.band).label}, ${this.pct(detail.result.overall)} overall`,
          submitted: detail.respondentsSubmitted,
          respondents: detail.respondents,
        },
        width: '520px',
        maxWidth: '95vw',
        role: 'alertdialog',
      },
    );
    if ((await firstValueFrom(ref.afterClosed())) !== true) {
      return;
    }
    this.completing.set(true);
    this.completeError.set(null);
    try {
      const completed = await firstValueFrom(this.api.complete(detail.id));
      this.assessment.set(completed);
      this.snackBar.open(
        `Assessment completed: ${bandChip(completed.result.band).label}, ${this.pct(completed.result.overall)}.`,
        'OK',
        { duration: 5000 },
      );
    } catch (error: unknown) {
      this.completeError.set(toApiError(error).message);
      if (httpStatusOf(error) === 409) {
        // Someone may have completed it meanwhile: show what the server has now.
        this.assessment.reload();
      }
    } finally {
      this.completing.set(false);
    }
  }
}

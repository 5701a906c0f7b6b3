import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { AssessmentDetail } from '@mentorbridge/shared-contracts';
import { BarChartComponent, RadarChartComponent } from '@mentorbridge/web-shared-ui';
import { chartSeries, chartThresholds, dimensionRows } from './readiness-display';

/** Dimension scores of an assessment beside the previous cycle, as bars or a radar. */
@Component({
  selector: 'mb-readiness-chart',
  imports: [MatButtonToggleModule, BarChartComponent, RadarChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (switchable()) {
      <mat-button-toggle-group
        class="view"
        aria-label="Chart type"
        hideSingleSelectionIndicator
        [value]="view()"
        (change)="view.set($event.value)"
      >
        <mat-button-toggle value="bars">Bars</mat-button-toggle>
        <mat-button-toggle value="radar">Radar</mat-button-toggle>
      </mat-button-toggle-group>
    }
    @if (view() === 'bars') {
      <mb-bar-chart
        data-testid="readiness-chart"
        [title]="title()"
        categoryHeader="Dimension"
        missingLabel="No answers"
        [categories]="categories()"
        [series]="series()"
        [thresholds]="thresholds()"
      />
    } @else {
      <mb-radar-chart
        data-testid="readiness-chart"
        [title]="title()"
        categoryHeader="Dimension"
        missingLabel="No answers"
        [axes]="categories()"
        [series]="series()"
        [thresholds]="radarThresholds()"
      />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .view {
      margin-bottom: 12px;
    }
  `,
})
export class ReadinessChartComponent {
  readonly assessment = input.required<AssessmentDetail>();
  /** Offer the radar view as well as the bars. */
  readonly switchable = input(true);

  protected readonly view = signal<'bars' | 'radar'>('bars');
  private readonly rows = computed(() => dimensionRows(this.assessment()));
  protected readonly categories = computed(() => this.rows().map((row) => row.label));
  protected readonly series = computed(() => chartSeries(this.assessment(), this.rows()));
  protected readonly thresholds = computed(() => chartThresholds(this.assessment().thresholds));
  protected readonly radarThresholds = computed(() => this.thresholds().slice(0, 1));
  protected readonly title = computed(() =>
    this.assessment().previous
      ? 'Readiness by dimension, this cycle and the previous one'
      : 'Readiness by dimension',
  );
}

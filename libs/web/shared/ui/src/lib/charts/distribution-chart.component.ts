import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CellSeries, ChartItem, DEFAULT_SUPPRESSION_THRESHOLD } from './chart-cells';
import { ColumnChartComponent } from './column-chart.component';

/**
 * How answers spread over a few bins (satisfaction 1–5, goals achieved / partly / not): one
 * column per bin, hidden bins as a dashed box labelled "<10".
 */
@Component({
  selector: 'mb-distribution-chart',
  imports: [ColumnChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mb-column-chart
      [title]="title()"
      [categories]="categories()"
      [series]="series()"
      [threshold]="threshold()"
      [categoryHeader]="categoryHeader()"
      [emptyLabel]="emptyLabel()"
    />
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
  `,
})
export class DistributionChartComponent {
  readonly title = input.required<string>();
  readonly bins = input.required<readonly ChartItem[]>();
  readonly threshold = input(DEFAULT_SUPPRESSION_THRESHOLD);
  /** What is counted in each bin (the legend and the table's column). */
  readonly valueLabel = input('People');
  readonly categoryHeader = input('Answer');
  readonly emptyLabel = input('No answers yet');

  protected readonly categories = computed(() => this.bins().map((bin) => bin.label));
  protected readonly series = computed<CellSeries[]>(() => [
    { label: this.valueLabel(), cells: this.bins().map((bin) => bin.cell) },
  ]);
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  cellFormat,
  CellSeries,
  ChartItem,
  DEFAULT_SUPPRESSION_THRESHOLD,
  hasAnyCell,
  suppressedLabel,
  suppressionHint,
} from './chart-cells';
import { ChartDataTableComponent } from './chart-data-table.component';
import { hostWidth } from './chart-support';
import { hbarLayout } from './hbar-chart.layout';

/**
 * Horizontal bars, one per labelled figure (reasons, stages). As a funnel, each stage also says
 * which share of the previous stage it kept. Hidden figures are a dashed box labelled "<5";
 * screen readers get a summary and a data table, which sighted people can show too.
 */
@Component({
  selector: 'mb-hbar-chart',
  imports: [ChartDataTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="figure">
      @if (hasData()) {
        @let l = layout();
        <svg
          class="svg"
          role="img"
          [attr.aria-label]="summary()"
          [attr.viewBox]="'0 0 ' + l.width + ' ' + l.height"
          width="100%"
          preserveAspectRatio="xMinYMin meet"
        >
          @for (row of l.rows; track $index) {
            <text class="category" x="0" [attr.y]="row.labelY">{{ row.label }}</text>
            <rect
              class="track"
              x="0"
              [attr.y]="row.barY"
              [attr.width]="l.plotWidth"
              [attr.height]="l.barHeight"
              rx="2"
            />
            @if (row.suppressed) {
              <rect
                class="hidden-bar"
                x="0.75"
                [attr.y]="row.barY + 0.75"
                [attr.width]="l.hiddenWidth - 1.5"
                [attr.height]="l.barHeight - 1.5"
                rx="2"
              >
                <title>{{ hint() }}</title>
              </rect>
            } @else {
              <rect
                class="bar series-0"
                x="0"
                [attr.y]="row.barY"
                [attr.width]="row.width"
                [attr.height]="l.barHeight"
                [attr.data-value]="row.value"
                rx="2"
              />
            }
            <text
              class="value"
              [attr.x]="row.textX"
              [attr.y]="row.textY"
              dominant-baseline="middle"
            >
              @if (row.suppressed) {
                <title>{{ hint() }}</title>
              }
              {{ format.text(items()[$index]?.cell) }}
              @if (row.shareOfPrevious !== null) {
                <tspan class="share">
                  · {{ row.shareOfPrevious }} % of {{ previousLabel($index) }}
                </tspan>
              }
            </text>
          }
        </svg>
        @if (anyHidden()) {
          <figcaption class="legend">
            <span class="legend-item">
              <svg class="swatch" width="24" height="12" aria-hidden="true">
                <rect class="hidden-bar" x="0.75" y="0.75" width="22.5" height="10.5" rx="2" />
              </svg>
              {{ hiddenLabel() }}: {{ hint() }}
            </span>
          </figcaption>
        }
        <mb-chart-data-table
          [title]="title()"
          [categoryHeader]="categoryHeader()"
          [categories]="labels()"
          [series]="tableSeries()"
          [threshold]="threshold()"
          [format]="tableFormat"
        />
      } @else {
        <p class="chart-empty">{{ emptyLabel() }}</p>
      }
    </figure>
  `,
  styleUrl: './chart.scss',
})
export class HbarChartComponent {
  /** What the chart shows, e.g. "Enrolment funnel": starts its accessible summary. */
  readonly title = input.required<string>();
  readonly items = input.required<readonly ChartItem[]>();
  readonly threshold = input(DEFAULT_SUPPRESSION_THRESHOLD);
  readonly unit = input('');
  /** Each stage also shows its share of the previous one. */
  readonly funnel = input(false);
  readonly categoryHeader = input('Category');
  readonly valueHeader = input('People');
  /** Shown instead of the chart when there is no figure at all. */
  readonly emptyLabel = input('No data yet');

  private readonly width = hostWidth();
  protected readonly format = cellFormat(this.unit, () => 'No data', this.threshold);
  protected readonly tableFormat = (value: number | null) =>
    value === null ? 'No data' : this.format.number(value);
  protected readonly hint = computed(() => suppressionHint(this.threshold()));
  protected readonly hiddenLabel = computed(() => suppressedLabel(this.threshold()));
  protected readonly hasData = computed(() => hasAnyCell(this.items().map((item) => item.cell)));
  protected readonly anyHidden = computed(() => this.items().some((item) => item.cell.suppressed));
  protected readonly labels = computed(() => this.items().map((item) => item.label));
  protected readonly tableSeries = computed<CellSeries[]>(() => [
    { label: this.valueHeader(), cells: this.items().map((item) => item.cell) },
  ]);

  protected readonly layout = computed(() =>
    hbarLayout({
      width: this.width(),
      items: this.items(),
      // A funnel's text ("80 · 67 % of invited") needs more room, but not half a phone.
      valueRoom: this.funnel() ? Math.round(Math.min(170, Math.max(120, this.width() * 0.4))) : 72,
      funnel: this.funnel(),
    }),
  );

  protected readonly summary = computed(() => {
    const rows = this.layout().rows;
    const parts = this.items().map((item, index) => {
      const share = rows[index]?.shareOfPrevious ?? null;
      const kept = share === null ? '' : `, ${share} % of ${this.previousLabel(index)}`;
      return `${item.label}: ${this.format.spoken(item.cell)}${kept}`;
    });
    return `${this.title()}. ${parts.join('; ')}.`;
  });

  protected previousLabel(index: number): string {
    return (this.items()[index - 1]?.label ?? '').toLowerCase();
  }
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { barChartLayout } from './bar-chart.layout';
import {
  ChartDataTableComponent,
  ChartTableToggleComponent,
  valueCellSeries,
} from './chart-data-table.component';
import {
  ChartSeries,
  chartId,
  ChartThreshold,
  describeValues,
  hostWidth,
  valueFormatter,
} from './chart-support';

/** Dash patterns of threshold lines: told apart by pattern and label, not by colour. */
export const THRESHOLD_DASHES = ['6 4', '2 3', '10 3 2 3'];

/**
 * Grouped horizontal bars (categories × series) on a 0…max axis, with optional threshold lines.
 * Series differ by fill pattern as well as colour. Screen readers get a summary (`aria-label`)
 * and a data table; sighted people can show the table too.
 */
@Component({
  selector: 'mb-bar-chart',
  imports: [ChartDataTableComponent, ChartTableToggleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="figure">
      @let l = layout();
      <svg
        class="svg"
        role="img"
        [attr.aria-label]="summary()"
        [attr.viewBox]="'0 0 ' + l.width + ' ' + l.height"
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <defs>
          <pattern
            [attr.id]="patternId"
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <rect class="hatch-bg" width="6" height="6" />
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        @for (tick of l.ticks; track tick.value) {
          <line
            class="grid"
            [attr.x1]="tick.x"
            [attr.x2]="tick.x"
            [attr.y1]="l.plotTop"
            [attr.y2]="l.plotBottom"
          />
          <text class="tick" [attr.x]="tick.x" [attr.y]="l.axisLabelY" text-anchor="middle">
            {{ format(tick.value) }}
          </text>
        }
        @for (row of l.rows; track $index) {
          <text
            class="category"
            [attr.x]="l.labelX"
            [attr.y]="row.labelY"
            text-anchor="end"
            dominant-baseline="middle"
          >
            {{ row.label }}
          </text>
          @for (bar of row.bars; track bar.series) {
            <rect
              class="bar"
              [class]="'bar series-' + (bar.series > 1 ? 2 : bar.series)"
              [attr.x]="bar.x"
              [attr.y]="bar.y"
              [attr.width]="bar.width"
              [attr.height]="bar.height"
              [attr.fill]="bar.series === 1 ? 'url(#' + patternId + ')' : null"
              [attr.data-value]="bar.value"
              rx="2"
            />
            <text
              class="value"
              [attr.x]="bar.textX"
              [attr.y]="bar.textY"
              dominant-baseline="middle"
            >
              {{ format(bar.value) }}
            </text>
          }
        }
        <line
          class="axis"
          [attr.x1]="l.plotX"
          [attr.x2]="l.plotX"
          [attr.y1]="l.plotTop"
          [attr.y2]="l.plotBottom"
        />
        @for (t of l.thresholds; track t.index) {
          <line
            class="threshold"
            [attr.x1]="t.x"
            [attr.x2]="t.x"
            [attr.y1]="t.labelY + 4"
            [attr.y2]="l.plotBottom"
            [attr.stroke-dasharray]="dash(t.index)"
            [attr.data-value]="t.value"
          />
          <text class="threshold-label" [attr.x]="t.x" [attr.y]="t.labelY" text-anchor="middle">
            {{ format(t.value) }}
          </text>
        }
      </svg>
      <figcaption class="legend">
        @for (s of series(); track $index) {
          <span class="legend-item">
            <svg class="swatch" width="24" height="12" aria-hidden="true">
              <rect
                [class]="'bar series-' + ($index > 1 ? 2 : $index)"
                width="24"
                height="12"
                rx="2"
                [attr.fill]="$index === 1 ? 'url(#' + patternId + ')' : null"
              />
            </svg>
            {{ s.label }}
          </span>
        }
        @for (t of thresholds(); track $index) {
          <span class="legend-item">
            <svg class="swatch" width="24" height="12" aria-hidden="true">
              <line
                class="threshold"
                x1="0"
                x2="24"
                y1="6"
                y2="6"
                [attr.stroke-dasharray]="dash($index)"
              />
            </svg>
            {{ format(t.value) }} {{ t.label }}
          </span>
        }
        <mb-chart-table-toggle [table]="table" />
      </figcaption>
      <mb-chart-data-table
        #table
        [title]="title()"
        [categoryHeader]="categoryHeader()"
        [categories]="categories()"
        [series]="tableSeries()"
        [format]="format"
        [ownToggle]="false"
      />
    </figure>
  `,
  styleUrl: './chart.scss',
})
export class BarChartComponent {
  /** What the chart shows, e.g. "Readiness by dimension": the start of its accessible summary. */
  readonly title = input.required<string>();
  readonly categories = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  readonly thresholds = input<readonly ChartThreshold[]>([]);
  readonly max = input(100);
  readonly unit = input('%');
  /** Shown for a missing value (null). */
  readonly missingLabel = input('No data');
  /** Header of the table's first column. */
  readonly categoryHeader = input('Category');

  protected readonly patternId = chartId('bar-hatch');
  private readonly width = hostWidth();
  protected readonly format = valueFormatter(this.unit, this.missingLabel);
  protected readonly tableSeries = computed(() => valueCellSeries(this.series()));

  protected readonly layout = computed(() =>
    barChartLayout({
      width: this.width(),
      categories: this.categories(),
      series: this.series(),
      thresholds: this.thresholds(),
      max: this.max(),
    }),
  );

  protected readonly summary = computed(() => {
    const lines = this.thresholds().map((t) => `${this.format(t.value)} ${t.label}`);
    const values = describeValues(this.categories(), this.series(), this.format);
    const reference = lines.length ? ` Reference lines: ${lines.join(', ')}.` : '';
    return `${this.title()}. ${values}.${reference}`;
  });

  protected dash(index: number): string {
    return THRESHOLD_DASHES[index % THRESHOLD_DASHES.length] ?? '6 4';
  }
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  cellFormat,
  CellSeries,
  DEFAULT_SUPPRESSION_THRESHOLD,
  hasAnyCell,
  suppressedLabel,
  suppressionHint,
} from './chart-cells';
import { ChartDataTableComponent } from './chart-data-table.component';
import { chartId, hostWidth } from './chart-support';
import { columnChartLayout } from './column-chart.layout';

/**
 * Columns per category (e.g. per month) for one or two series; the second series is hatched, so
 * series differ by pattern and legend text as well as colour. Hidden figures are a short dashed
 * box labelled "<5". Screen readers get a summary and a data table; sighted people can show it.
 */
@Component({
  selector: 'mb-column-chart',
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
          @for (tick of l.ticks; track $index) {
            <line
              class="grid"
              [attr.x1]="l.plotX"
              [attr.x2]="l.plotX + l.plotWidth"
              [attr.y1]="tick.y"
              [attr.y2]="tick.y"
            />
            <text
              class="tick"
              [attr.x]="l.plotX - 6"
              [attr.y]="tick.y"
              text-anchor="end"
              dominant-baseline="middle"
            >
              {{ format.number(tick.value) }}
            </text>
          }
          @for (group of l.groups; track $index; let i = $index) {
            @for (column of group.columns; track column.series) {
              @if (column.suppressed) {
                <rect
                  class="hidden-bar"
                  [attr.x]="column.x + 0.75"
                  [attr.y]="column.y + 0.75"
                  [attr.width]="column.width - 1.5"
                  [attr.height]="column.height - 1.5"
                >
                  <title>{{ hint() }}</title>
                </rect>
                @if (l.showValues) {
                  <text
                    class="hidden-label"
                    [attr.x]="column.textX"
                    [attr.y]="column.textY"
                    text-anchor="middle"
                  >
                    <title>{{ hint() }}</title>
                    {{ hiddenLabel() }}
                  </text>
                }
              } @else {
                <rect
                  class="bar"
                  [class]="'bar series-' + (column.series > 1 ? 2 : column.series)"
                  [attr.x]="column.x"
                  [attr.y]="column.y"
                  [attr.width]="column.width"
                  [attr.height]="column.height"
                  [attr.fill]="column.series === 1 ? 'url(#' + patternId + ')' : null"
                  [attr.data-value]="column.value"
                />
                @if (l.showValues && column.value !== null) {
                  <text
                    class="value"
                    [attr.x]="column.textX"
                    [attr.y]="column.textY"
                    text-anchor="middle"
                  >
                    {{ format.number(column.value) }}
                  </text>
                }
              }
            }
            @if (group.labelled) {
              @let lines = axisLines(i);
              <text class="tick" [attr.x]="group.labelX" [attr.y]="l.labelY" text-anchor="middle">
                <tspan [attr.x]="group.labelX">{{ lines[0] }}</tspan>
                @if (lines[1]) {
                  <tspan [attr.x]="group.labelX" dy="14">{{ lines[1] }}</tspan>
                }
              </text>
            }
          }
          <line
            class="axis"
            [attr.x1]="l.plotX"
            [attr.x2]="l.plotX + l.plotWidth"
            [attr.y1]="l.plotBottom"
            [attr.y2]="l.plotBottom"
          />
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
          @if (anyHidden()) {
            <span class="legend-item">
              <svg class="swatch" width="24" height="12" aria-hidden="true">
                <rect class="hidden-bar" x="0.75" y="0.75" width="22.5" height="10.5" rx="2" />
              </svg>
              {{ hiddenLabel() }}: {{ hint() }}
            </span>
          }
        </figcaption>
        <mb-chart-data-table
          [title]="title()"
          [categoryHeader]="categoryHeader()"
          [categories]="categories()"
          [series]="series()"
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
export class ColumnChartComponent {
  /** What the chart shows, e.g. "Engagement by month": starts its accessible summary. */
  readonly title = input.required<string>();
  /** Full category names ("March 2027"), for the summary and the table. */
  readonly categories = input.required<readonly string[]>();
  /** Short axis labels; a line break starts a second line ("Mar\\n2027"). Defaults to the names. */
  readonly axisLabels = input<readonly string[] | null>(null);
  /** One or two series; the second is hatched. */
  readonly series = input.required<readonly CellSeries[]>();
  readonly threshold = input(DEFAULT_SUPPRESSION_THRESHOLD);
  readonly unit = input('');
  readonly categoryHeader = input('Category');
  readonly emptyLabel = input('No data yet');

  protected readonly patternId = chartId('column-hatch');
  private readonly width = hostWidth();
  protected readonly format = cellFormat(this.unit, () => 'No data', this.threshold);
  protected readonly tableFormat = (value: number | null) =>
    value === null ? 'No data' : this.format.number(value);
  protected readonly hint = computed(() => suppressionHint(this.threshold()));
  protected readonly hiddenLabel = computed(() => suppressedLabel(this.threshold()));
  protected readonly hasData = computed(() =>
    hasAnyCell(this.series().flatMap((s) => [...s.cells])),
  );
  protected readonly anyHidden = computed(() =>
    this.series().some((s) => s.cells.some((cell) => cell.suppressed)),
  );

  protected readonly layout = computed(() =>
    columnChartLayout({
      width: this.width(),
      series: this.series(),
      categoryCount: this.categories().length,
    }),
  );

  protected readonly summary = computed(() => {
    const parts = this.categories().map((category, index) => {
      const values = this.series().map((s) => `${s.label} ${this.format.spoken(s.cells[index])}`);
      return `${category}: ${values.join(', ')}`;
    });
    return `${this.title()}. ${parts.join('; ')}.`;
  });

  protected axisLines(index: number): string[] {
    const label = this.axisLabels()?.[index] ?? this.categories()[index] ?? '';
    return label.split('\n');
  }
}

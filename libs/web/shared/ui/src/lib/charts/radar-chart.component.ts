import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { THRESHOLD_DASHES } from './bar-chart.component';
import {
  ChartDataTableComponent,
  ChartTableToggleComponent,
  valueCellSeries,
} from './chart-data-table.component';
import {
  ChartSeries,
  ChartThreshold,
  describeValues,
  hostWidth,
  valueFormatter,
} from './chart-support';
import { radarLayout } from './radar-chart.layout';

/**
 * A radar (spider) chart: one axis per category, one polygon per series (the first filled, the
 * second dashed with square markers), optional threshold rings. Screen readers get a summary and a
 * data table; sighted people can show the table too.
 */
@Component({
  selector: 'mb-radar-chart',
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
        preserveAspectRatio="xMidYMin meet"
      >
        @for (ring of l.rings; track ring.value) {
          <polygon class="grid" [attr.points]="ring.points" />
          <text class="ring-label" [attr.x]="ring.labelX" [attr.y]="ring.labelY - 3">
            {{ format(ring.value) }}
          </text>
        }
        @for (axis of l.axes; track $index) {
          <line
            class="grid"
            [attr.x1]="l.cx"
            [attr.y1]="l.cy"
            [attr.x2]="axis.end.x"
            [attr.y2]="axis.end.y"
          />
        }
        @for (t of l.thresholds; track t.index) {
          <polygon
            class="threshold"
            [attr.points]="t.points"
            [attr.stroke-dasharray]="dash(t.index)"
            [attr.data-value]="t.value"
          />
        }
        @for (s of l.series; track s.index) {
          <polygon [class]="'area-' + (s.index > 0 ? 1 : 0)" [attr.points]="s.points" />
          @for (m of s.markers; track $index) {
            @if (m.value !== null) {
              @if (s.index === 0) {
                <circle
                  class="marker-0"
                  [attr.cx]="m.x"
                  [attr.cy]="m.y"
                  r="4"
                  [attr.data-value]="m.value"
                />
              } @else {
                <rect
                  class="marker-1"
                  [attr.x]="m.x - 4"
                  [attr.y]="m.y - 4"
                  width="8"
                  height="8"
                  [attr.data-value]="m.value"
                />
              }
            }
          }
        }
        @for (axis of l.axes; track $index; let i = $index) {
          <text
            class="axis-label"
            [attr.x]="axis.labelX"
            [attr.y]="axis.labelY"
            [attr.text-anchor]="axis.anchor"
          >
            <tspan [attr.x]="axis.labelX" [attr.dy]="axis.firstLineDy">{{ axis.label }}</tspan>
            <tspan class="axis-value" [attr.x]="axis.labelX" dy="15">{{ valuesOf(i) }}</tspan>
          </text>
        }
      </svg>
      <figcaption class="legend">
        @for (s of series(); track $index) {
          <span class="legend-item">
            <svg class="swatch" width="24" height="12" aria-hidden="true">
              <line [class]="'area-' + ($index > 0 ? 1 : 0)" x1="0" x2="24" y1="6" y2="6" />
              @if ($index === 0) {
                <circle class="marker-0" cx="12" cy="6" r="4" />
              } @else {
                <rect class="marker-1" x="8" y="2" width="8" height="8" />
              }
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
        [categories]="axes()"
        [series]="tableSeries()"
        [format]="format"
        [ownToggle]="false"
      />
    </figure>
  `,
  styleUrl: './chart.scss',
  styles: `
    .ring-label {
      font-size: 10px;
    }
  `,
})
export class RadarChartComponent {
  /** What the chart shows, e.g. "Readiness by dimension": the start of its accessible summary. */
  readonly title = input.required<string>();
  readonly axes = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  /** Drawn as dashed rings, e.g. the minimum every dimension must reach. */
  readonly thresholds = input<readonly ChartThreshold[]>([]);
  readonly max = input(100);
  readonly unit = input('%');
  readonly missingLabel = input('No data');
  readonly categoryHeader = input('Category');

  private readonly width = hostWidth();
  protected readonly format = valueFormatter(this.unit, this.missingLabel);
  protected readonly tableSeries = computed(() => valueCellSeries(this.series()));

  protected readonly layout = computed(() =>
    radarLayout({
      width: this.width(),
      axes: this.axes(),
      series: this.series(),
      thresholds: this.thresholds(),
      max: this.max(),
    }),
  );

  protected readonly summary = computed(() => {
    const rings = this.thresholds().map((t) => `${this.format(t.value)} ${t.label}`);
    const values = describeValues(this.axes(), this.series(), this.format);
    const reference = rings.length ? ` Reference rings: ${rings.join(', ')}.` : '';
    return `${this.title()}. ${values}.${reference}`;
  });

  /** "72% · 55%": the series' values on one axis, in legend order. */
  protected valuesOf(axis: number): string {
    return this.series()
      .map((s) => this.format(s.values[axis] ?? null))
      .join(' · ');
  }

  protected dash(index: number): string {
    return THRESHOLD_DASHES[index % THRESHOLD_DASHES.length] ?? '6 4';
  }
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  ChartCell,
  cellFormat,
  DEFAULT_SUPPRESSION_THRESHOLD,
  suppressionHint,
} from './chart-cells';
import { sparklineLayout } from './sparkline.layout';

/**
 * A small trend line (e.g. a health score over six months). A hidden value leaves a gap marked
 * with a small dashed square. Screen readers get every value in the image's label and in a
 * visually hidden table.
 */
@Component({
  selector: 'mb-sparkline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (hasData()) {
      @let l = layout();
      <svg
        class="spark"
        role="img"
        [attr.aria-label]="summary()"
        [attr.viewBox]="'0 0 ' + l.width + ' ' + l.height"
        [attr.width]="l.width"
        [attr.height]="l.height"
      >
        <line
          class="spark-base"
          x1="0"
          [attr.x2]="l.width"
          [attr.y1]="l.baselineY"
          [attr.y2]="l.baselineY"
        />
        @for (segment of l.segments; track $index) {
          <polyline class="spark-line" [attr.points]="segment" />
        }
        @for (p of l.points; track $index) {
          @if (p.y !== null) {
            <circle
              class="spark-point"
              [class.last]="p.last"
              [attr.cx]="p.x"
              [attr.cy]="p.y"
              [attr.r]="p.last ? 3.5 : 2"
              [attr.data-value]="p.value"
            />
          } @else if (p.suppressed) {
            <rect
              class="spark-hidden"
              [attr.x]="p.x - 3"
              [attr.y]="l.baselineY - 7"
              width="6"
              height="6"
            >
              <title>{{ hint() }}</title>
            </rect>
          }
        }
      </svg>
      <table class="visually-hidden">
        <caption>
          {{
            title()
          }}
        </caption>
        <tbody>
          @for (label of labels(); track $index) {
            <tr>
              <th scope="row">{{ label }}</th>
              <td>{{ format.spoken(cells()[$index]) }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <span class="spark-empty">{{ emptyLabel() }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-block;
      vertical-align: middle;
    }
    .spark {
      display: block;
      overflow: visible;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .spark-base {
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
    }
    .spark-line {
      fill: none;
      stroke: var(--mat-sys-primary);
      stroke-width: 2;
      stroke-linejoin: round;
      stroke-linecap: round;
    }
    .spark-point {
      fill: var(--mat-sys-primary);
    }
    .spark-point.last {
      stroke: var(--mat-sys-surface);
      stroke-width: 1.5;
    }
    .spark-hidden {
      fill: none;
      stroke: var(--mat-sys-on-surface-variant);
      stroke-width: 1;
      stroke-dasharray: 2 1.5;
    }
    .spark-empty {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      overflow: hidden !important;
      clip: rect(0, 0, 0, 0) !important;
      white-space: nowrap !important;
    }
  `,
})
export class SparklineComponent {
  /** What the line shows, e.g. "Health score, last six months": starts the accessible summary. */
  readonly title = input.required<string>();
  /** One label per value (e.g. the month), for the summary and the table. */
  readonly labels = input.required<readonly string[]>();
  readonly cells = input.required<readonly ChartCell[]>();
  readonly min = input(0);
  readonly max = input(100);
  readonly unit = input('');
  readonly threshold = input(DEFAULT_SUPPRESSION_THRESHOLD);
  readonly width = input(160);
  readonly height = input(40);
  readonly emptyLabel = input('No trend yet');

  protected readonly format = cellFormat(this.unit, () => 'no data', this.threshold);
  protected readonly hint = computed(() => suppressionHint(this.threshold()));
  /** A trend of zeros is still a trend: only no values at all count as empty. */
  protected readonly hasData = computed(() =>
    this.cells().some((cell) => cell.suppressed === true || cell.value !== null),
  );
  protected readonly layout = computed(() =>
    sparklineLayout({
      width: this.width(),
      height: this.height(),
      cells: this.cells(),
      min: this.min(),
      max: this.max(),
    }),
  );
  protected readonly summary = computed(() => {
    const values = this.labels().map(
      (label, index) => `${label} ${this.format.spoken(this.cells()[index])}`,
    );
    return `${this.title()}: ${values.join(', ')}.`;
  });
}

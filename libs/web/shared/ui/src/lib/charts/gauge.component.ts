import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  ChartCell,
  cellFormat,
  DEFAULT_SUPPRESSION_THRESHOLD,
  suppressedLabel,
  suppressionHint,
} from './chart-cells';
import { GAUGE_BOX, gaugeArc, gaugePoint, gaugeTick } from './gauge.layout';

/**
 * A half-circle gauge for a 0–100 score (e.g. cohort health), with an optional target tick. The
 * number is written in the middle, so the gauge never relies on colour or length alone; a hidden
 * score shows "<5" and says why.
 */
@Component({
  selector: 'mb-gauge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.small]': "size() === 'small'" },
  template: `
    <figure class="gauge-figure">
      <svg
        class="gauge"
        role="img"
        [attr.aria-label]="summary()"
        [attr.viewBox]="'0 0 ' + box.width + ' ' + box.height"
        [attr.width]="size() === 'small' ? 120 : 200"
        [attr.height]="size() === 'small' ? 77 : 128"
      >
        <path class="track" [class.hidden-track]="suppressed()" [attr.d]="track" />
        @if (arc(); as d) {
          <path class="value-arc" [attr.d]="d" [attr.data-value]="number()" />
        }
        @if (targetTick(); as tick) {
          <line
            class="target"
            [attr.x1]="tick.from.x"
            [attr.y1]="tick.from.y"
            [attr.x2]="tick.to.x"
            [attr.y2]="tick.to.y"
          />
        }
        <text class="end" [attr.x]="zero.x" [attr.y]="box.cy + 22" text-anchor="middle">0</text>
        <text class="end" [attr.x]="full.x" [attr.y]="box.cy + 22" text-anchor="middle">
          {{ max() }}
        </text>
        <g>
          @if (suppressed()) {
            <title>{{ hint() }}</title>
          }
          <text class="reading" [attr.x]="box.cx" [attr.y]="box.cy - 8" text-anchor="middle">
            {{ reading() }}
          </text>
        </g>
        <text class="out-of" [attr.x]="box.cx" [attr.y]="box.cy + 14" text-anchor="middle">
          {{ number() === null ? (suppressed() ? 'hidden' : 'no data yet') : 'of ' + max() }}
        </text>
      </svg>
      @if (caption() || suppressed() || target() !== null) {
        <figcaption class="caption">
          @if (caption()) {
            <span class="caption-text">{{ caption() }}</span>
          }
          @if (target() !== null) {
            <span class="target-text">
              <svg width="14" height="10" aria-hidden="true">
                <line class="target" x1="7" y1="0" x2="7" y2="10" />
              </svg>
              Target {{ target() }}
            </span>
          }
          @if (suppressed()) {
            <span class="hidden-text">{{ hint() }}</span>
          }
        </figcaption>
      }
    </figure>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .gauge-figure {
      margin: 0;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 4px;
    }
    .gauge {
      display: block;
      overflow: visible;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .track,
    .value-arc {
      fill: none;
      stroke-width: 16;
    }
    .track {
      stroke: var(--mat-sys-surface-container-highest);
    }
    .hidden-track {
      stroke: var(--mat-sys-on-surface-variant);
      stroke-width: 1.5;
      stroke-dasharray: 4 3;
    }
    .value-arc {
      stroke: var(--mat-sys-primary);
    }
    .target {
      stroke: var(--mat-sys-on-surface);
      stroke-width: 2.5;
    }
    text {
      fill: var(--mat-sys-on-surface-variant);
      font-family: var(--mat-sys-body-small-font, Roboto, sans-serif);
      font-size: 12px;
    }
    .reading {
      fill: var(--mat-sys-on-surface);
      font-size: 34px;
      font-weight: 500;
    }
    .caption {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 2px;
      text-align: center;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .caption-text {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface);
    }
    .target-text {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    :host(.small) .reading {
      font-size: 38px;
    }
  `,
})
export class GaugeComponent {
  /** What the score is, e.g. "Health score": starts the accessible summary. */
  readonly label = input.required<string>();
  readonly cell = input.required<ChartCell>();
  readonly max = input(100);
  /** A target to reach, drawn as a tick across the track. */
  readonly target = input<number | null>(null);
  /** A line under the gauge, e.g. the band the score falls in. */
  readonly caption = input<string | null>(null);
  readonly threshold = input(DEFAULT_SUPPRESSION_THRESHOLD);
  readonly size = input<'small' | 'medium'>('medium');

  protected readonly box = GAUGE_BOX;
  protected readonly track = gaugeArc(100, 100);
  protected readonly zero = gaugePoint(0, 100);
  protected readonly full = gaugePoint(100, 100);
  private readonly format = cellFormat(
    () => '',
    () => 'no data yet',
    this.threshold,
  );

  protected readonly suppressed = computed(() => this.cell().suppressed === true);
  protected readonly number = computed(() => (this.suppressed() ? null : this.cell().value));
  protected readonly hint = computed(() => suppressionHint(this.threshold()));
  protected readonly arc = computed(() => {
    const value = this.number();
    return value === null ? '' : gaugeArc(value, this.max());
  });
  protected readonly targetTick = computed(() => {
    const target = this.target();
    return target === null ? null : gaugeTick(target, this.max());
  });
  protected readonly reading = computed(() => {
    const value = this.number();
    if (this.suppressed()) {
      return suppressedLabel(this.threshold());
    }
    return value === null ? '—' : this.format.number(Math.round(value));
  });
  protected readonly summary = computed(() => {
    const value = this.number();
    const reading =
      value === null
        ? this.format.spoken(this.cell())
        : `${this.format.number(Math.round(value))} out of ${this.max()}`;
    const target = this.target() === null ? '' : ` Target: ${this.target()}.`;
    const caption = this.caption() ? ` ${this.caption()}.` : '';
    return `${this.label()}: ${reading}.${target}${caption}`;
  });
}

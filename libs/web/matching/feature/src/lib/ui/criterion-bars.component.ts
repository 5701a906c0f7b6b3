import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CriterionScore } from '@mentorbridge/shared-contracts';
import { criterionLabel, formatSigned } from '../shared/format';

interface BarRow {
  label: string;
  points: number;
  text: string;
  /** Bar length as a share of the largest contribution (0–100). */
  width: number;
  penalty: boolean;
}

/**
 * Points per criterion as horizontal bars: what made the score. Penalties point the other way,
 * in the error colour and with a minus sign (never by colour alone). Switched-off criteria are
 * left out.
 */
@Component({
  selector: 'mb-criterion-bars',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="bars" [attr.aria-label]="title()">
      @for (row of rows(); track row.label) {
        <li class="row" [class.penalty]="row.penalty">
          <span class="label">{{ row.label }}</span>
          <span class="track" aria-hidden="true">
            <span class="bar" [style.width.%]="row.width"></span>
          </span>
          <span class="points">
            {{ row.text }}
            <span class="visually-hidden">points{{ row.penalty ? ' (penalty)' : '' }}</span>
          </span>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .bars {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(96px, 38%) minmax(0, 1fr) 52px;
      align-items: center;
      gap: 8px;
      font: var(--mat-sys-body-small);
    }
    .label {
      overflow-wrap: anywhere;
    }
    .track {
      height: 12px;
      border-radius: 2px;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;
    }
    .bar {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
    .penalty .track {
      direction: rtl;
    }
    .penalty .bar {
      background: repeating-linear-gradient(
        45deg,
        var(--mat-sys-error),
        var(--mat-sys-error) 3px,
        var(--mat-sys-error-container) 3px,
        var(--mat-sys-error-container) 6px
      );
    }
    .points {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .penalty .points {
      color: var(--mat-sys-error);
    }
  `,
})
export class CriterionBarsComponent {
  readonly criteria = input.required<readonly CriterionScore[]>();
  readonly title = input('Points per criterion');

  protected readonly rows = computed<BarRow[]>(() => {
    const counted = this.criteria().filter((c) => c.weight > 0);
    const largest = Math.max(1, ...counted.map((c) => Math.abs(c.points)));
    return counted.map((c) => ({
      label: criterionLabel(c.criterion),
      points: c.points,
      text: formatSigned(c.points),
      width: Math.round((Math.abs(c.points) / largest) * 100),
      penalty: c.points < 0,
    }));
  });
}

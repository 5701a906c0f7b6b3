import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { baseText } from '@mentorbridge/web-reporting-data-access';
import { chartId, SuppressedComponent } from '@mentorbridge/web-shared-ui';
import { MetricTileView } from './dashboard-view';

/**
 * One figure of the dashboard: its value in its unit, what it is computed over, its target, and
 * "how is this computed?" (a tooltip on hover and focus, and the definition on click).
 */
@Component({
  selector: 'mb-metric-tile',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, SuppressedComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-metric]': 'tile().key' },
  template: `
    @let t = tile();
    <div class="tile-head">
      <h3 class="tile-label" [id]="ids.label">{{ t.definition.label }}</h3>
      <button
        mat-icon-button
        type="button"
        class="info no-print"
        [matTooltip]="t.definition.definition"
        [attr.aria-label]="'How is ' + t.definition.label + ' computed?'"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="ids.definition"
        (click)="open.set(!open())"
      >
        <mat-icon aria-hidden="true" fontIcon="info_outline" />
      </button>
    </div>
    <p class="tile-value" data-testid="tile-value">
      @if (t.cell.suppressed) {
        <mb-suppressed [threshold]="t.threshold" />
      } @else if (t.noData) {
        <span class="dash" aria-hidden="true">—</span>
        <span class="no-data">No data yet</span>
      } @else {
        {{ t.text }}
      }
    </p>
    @if (t.base; as base) {
      <p class="tile-base" data-testid="tile-base">
        @if (base.suppressed) {
          over <mb-suppressed [threshold]="t.threshold" /> people
        } @else {
          {{ baseText(base.value ?? 0) }}
        }
      </p>
    }
    @if (t.target) {
      <p class="tile-target" data-testid="tile-target">
        {{ t.target }}
        @if (t.met === true) {
          <span class="met">
            <mat-icon aria-hidden="true" fontIcon="check_circle" />
            met
          </span>
        } @else if (t.met === false) {
          <span class="missed">
            <mat-icon aria-hidden="true" fontIcon="error_outline" />
            not met
          </span>
        }
      </p>
    }
    <p class="tile-definition" [id]="ids.definition" [hidden]="!open()">
      {{ t.definition.definition }}
    </p>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 2px;
      padding: 12px 8px 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface);
      break-inside: avoid;
    }
    .tile-head {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 4px;
    }
    .tile-label {
      margin: 8px 0 0;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .info {
      flex: none;
      margin: -4px 0 -8px;
      color: var(--mat-sys-on-surface-variant);
    }
    p {
      margin: 0;
    }
    .tile-value {
      font: var(--mat-sys-headline-small);
      color: var(--mat-sys-on-surface);
      font-variant-numeric: tabular-nums;
    }
    .dash {
      margin-right: 8px;
    }
    .no-data {
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .tile-base,
    .tile-target,
    .tile-definition {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      padding-right: 8px;
    }
    .met,
    .missed {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      font-weight: 500;
      color: var(--mat-sys-on-surface);
    }
    .met mat-icon,
    .missed mat-icon {
      width: 16px;
      height: 16px;
      font-size: 16px;
    }
    .met mat-icon {
      color: light-dark(#0b5226, #a8e6b8);
    }
    .missed mat-icon {
      color: var(--mat-sys-error);
    }
    .tile-definition {
      margin-top: 6px;
      padding-top: 6px;
      border-top: 1px solid var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class MetricTileComponent {
  readonly tile = input.required<MetricTileView>();
  protected readonly baseText = baseText;
  protected readonly open = signal(false);
  protected readonly ids = {
    label: chartId('metric-label'),
    definition: chartId('metric-definition'),
  };
}

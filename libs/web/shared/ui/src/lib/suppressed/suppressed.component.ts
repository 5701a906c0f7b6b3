import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  suppressedLabel,
  suppressionHint,
} from '../charts/chart-cells';

/**
 * A figure hidden to protect privacy: shows "<5" and explains why on hover and on keyboard focus
 * (the tooltip is also the element's accessible description).
 */
@Component({
  selector: 'mb-suppressed',
  imports: [MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: ` <span class="suppressed" tabindex="0" [matTooltip]="hint()">{{ label() }}</span> `,
  styles: `
    :host {
      display: inline;
    }
    .suppressed {
      cursor: help;
      font-variant-numeric: tabular-nums;
      text-decoration: underline dotted;
      text-underline-offset: 0.2em;
    }
  `,
})
export class SuppressedComponent {
  /** The smallest group shown (the cell stood for fewer people than this). */
  readonly threshold = input(DEFAULT_SUPPRESSION_THRESHOLD);
  protected readonly label = computed(() => suppressedLabel(this.threshold()));
  protected readonly hint = computed(() => suppressionHint(this.threshold()));
}

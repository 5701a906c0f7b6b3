import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** Colour families of status chips; the same tone means the same kind of state everywhere. */
export type StatusTone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

/**
 * A status shown as colour + icon + text, so it never relies on colour alone. Colours meet WCAG AA
 * contrast in the light and the dark theme (`light-dark()` follows the page's colour scheme).
 */
@Component({
  selector: 'mb-status-chip',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': '"tone-" + tone()',
    '[attr.data-tone]': 'tone()',
  },
  template: `
    @if (icon(); as iconName) {
      <mat-icon aria-hidden="true" [fontIcon]="iconName" />
    }
    <span>{{ label() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      line-height: 20px;
      white-space: nowrap;
      border: 1px solid transparent;
    }
    mat-icon {
      width: 16px;
      height: 16px;
      font-size: 16px;
    }
    :host(.tone-success) {
      background: light-dark(#d5f2dc, #12361d);
      color: light-dark(#0b5226, #a8e6b8);
    }
    :host(.tone-warning) {
      background: light-dark(#ffefc4, #3d2f00);
      color: light-dark(#614500, #ffdf8c);
    }
    :host(.tone-danger) {
      background: light-dark(#ffdad6, #4d0f0c);
      color: light-dark(#8c1d18, #ffb4ab);
    }
    :host(.tone-info) {
      background: light-dark(#dbe7ff, #0e2c57);
      color: light-dark(#0a4386, #b8d3ff);
    }
    :host(.tone-neutral) {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
      border-color: var(--mat-sys-outline-variant);
    }
  `,
})
export class StatusChipComponent {
  readonly label = input.required<string>();
  readonly tone = input<StatusTone>('neutral');
  readonly icon = input<string | null>(null);
}

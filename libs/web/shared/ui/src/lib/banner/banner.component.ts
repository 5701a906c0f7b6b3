import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

export type BannerTone = 'error' | 'warning' | 'info' | 'success';

const ICONS: Record<BannerTone, string> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  success: 'check_circle',
};

/**
 * An inline message block. Errors and warnings are announced (`role="alert"`), the others are a
 * polite status. Put the text inside the element.
 */
@Component({
  selector: 'mb-banner',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': '"tone-" + tone()',
    '[attr.role]': 'role()',
  },
  template: `
    <mat-icon aria-hidden="true" [fontIcon]="iconName()" />
    <div class="body">
      @if (title()) {
        <strong class="title">{{ title() }}</strong>
      }
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: flex;
      align-items: flex-start;
      gap: 12px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      font: var(--mat-sys-body-medium);
    }
    .body {
      flex: 1;
      min-width: 0;
    }
    .title {
      display: block;
      margin-bottom: 2px;
    }
    :host(.tone-error) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.tone-warning) {
      background: light-dark(#ffefc4, #3d2f00);
      color: light-dark(#4f3800, #ffdf8c);
    }
    :host(.tone-info) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.tone-success) {
      background: light-dark(#d5f2dc, #12361d);
      color: light-dark(#0b5226, #a8e6b8);
    }
  `,
})
export class BannerComponent {
  readonly tone = input<BannerTone>('error');
  readonly title = input<string | null>(null);
  readonly icon = input<string | null>(null);
  protected readonly iconName = computed(() => this.icon() ?? ICONS[this.tone()]);
  protected readonly role = computed(() =>
    this.tone() === 'error' || this.tone() === 'warning' ? 'alert' : 'status',
  );
}

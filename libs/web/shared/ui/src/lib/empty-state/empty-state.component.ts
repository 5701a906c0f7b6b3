import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/**
 * Says why a list or section is empty and what to do next. Put the next step (a button or link)
 * inside the element: it is projected below the message.
 */
@Component({
  selector: 'mb-empty-state',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-icon class="icon" aria-hidden="true" [fontIcon]="icon()" />
    @if (headingLevel() === 3) {
      <h3 class="title">{{ title() }}</h3>
    } @else {
      <h2 class="title">{{ title() }}</h2>
    }
    @if (message()) {
      <p class="message">{{ message() }}</p>
    }
    <div class="actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      gap: 8px;
      padding: 32px 16px;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      color: var(--mat-sys-on-surface);
    }
    .icon {
      width: 48px;
      height: 48px;
      font-size: 48px;
      color: var(--mat-sys-on-surface-variant);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .message {
      /* auto: centred also where a page makes the host a block */
      margin: 0 auto;
      max-width: 60ch;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .actions:empty {
      display: none;
    }
    .actions {
      margin-top: 8px;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      justify-content: center;
    }
  `,
})
export class EmptyStateComponent {
  readonly icon = input('inbox');
  readonly title = input.required<string>();
  readonly message = input<string | null>(null);
  /** Heading level of the title so the page outline stays in order (2 under the h1, 3 in a section). */
  readonly headingLevel = input<2 | 3>(2);
}

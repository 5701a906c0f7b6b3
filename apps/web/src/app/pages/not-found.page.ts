import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { EmptyStateComponent } from '@mentorbridge/web-shared-ui';

/** A real 404: says what happened and how to get back. */
@Component({
  selector: 'mb-not-found-page',
  imports: [MatButtonModule, RouterLink, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="title">Page not found</h1>
    <mb-empty-state
      icon="explore_off"
      title="There is nothing at this address"
      [message]="'We could not find ' + url + '. The link may be old or mistyped.'"
    >
      <a mat-flat-button routerLink="/">Go to your home page</a>
    </mb-empty-state>
  `,
  styles: `
    .title {
      margin: 0 0 24px;
      font: var(--mat-sys-headline-medium);
    }
  `,
})
export class NotFoundPage {
  protected readonly url = inject(Router).url;
}

import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { EmptyStateComponent } from '../empty-state/empty-state.component';

/** What a section shows when its data could not be loaded: what happened and a retry. */
@Component({
  selector: 'mb-load-failed',
  imports: [MatButtonModule, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mb-empty-state
      icon="cloud_off"
      [title]="title()"
      message="Check your connection and try again."
      [headingLevel]="headingLevel()"
    >
      <button mat-flat-button type="button" (click)="retry.emit()">Try again</button>
    </mb-empty-state>
  `,
})
export class LoadFailedComponent {
  readonly title = input("We couldn't load this");
  readonly headingLevel = input<2 | 3>(3);
  readonly retry = output<void>();
}

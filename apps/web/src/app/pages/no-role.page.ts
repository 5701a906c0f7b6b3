import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@mentorbridge/web-shared-ui';

/** Signed in, but no role granted yet: explain what happens next. */
@Component({
  selector: 'mb-no-role-page',
  imports: [MatButtonModule, RouterLink, EmptyStateComponent, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mb-page-header [title]="'Welcome, ' + (store.firstName() || 'to MentorBridge')" />
    <mb-empty-state
      icon="hourglass_empty"
      title="You don't have a role yet"
      message="An HR lead gives you access as a mentor, a mentee or another role. Once they do, your home page shows what needs you. Meanwhile, you can complete your profile."
    >
      <a mat-flat-button routerLink="/profile">Complete your profile</a>
    </mb-empty-state>
  `,
})
export class NoRolePage {
  protected readonly store = inject(AuthStore);
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ApplicationStatus, InvitationStatus } from '@mentorbridge/shared-contracts';
import { StatusChipComponent } from '@mentorbridge/web-shared-ui';
import { applicationStatusChip, invitationStatusChip } from './enrollment-status-chips';

/** An application's status as a chip: the same colour, icon and words everywhere. */
@Component({
  selector: 'mb-application-status-chip',
  imports: [StatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<mb-status-chip [label]="chip().label" [tone]="chip().tone" [icon]="chip().icon" />`,
})
export class ApplicationStatusChipComponent {
  readonly status = input.required<ApplicationStatus>();
  protected readonly chip = computed(() => applicationStatusChip(this.status()));
}

/** An invitation's status as a chip (sent, opened, applied, declined). */
@Component({
  selector: 'mb-invitation-status-chip',
  imports: [StatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<mb-status-chip [label]="chip().label" [tone]="chip().tone" [icon]="chip().icon" />`,
})
export class InvitationStatusChipComponent {
  readonly status = input.required<InvitationStatus>();
  protected readonly chip = computed(() => invitationStatusChip(this.status()));
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CohortState } from '@mentorbridge/shared-contracts';
import { cohortStateChip } from '@mentorbridge/web-programs-data-access';
import { StatusChipComponent } from '@mentorbridge/web-shared-ui';

/** A cohort's state as a chip: the same colour and icon for a state everywhere. */
@Component({
  selector: 'mb-cohort-state-chip',
  imports: [StatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<mb-status-chip [label]="chip().label" [tone]="chip().tone" [icon]="chip().icon" />`,
  host: { class: 'mb-cohort-state-chip' },
})
export class CohortStateChipComponent {
  readonly state = input.required<CohortState>();
  protected readonly chip = computed(() => cohortStateChip(this.state()));
}

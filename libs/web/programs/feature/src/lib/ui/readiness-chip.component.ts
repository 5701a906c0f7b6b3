import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReadinessSummary } from '@mentorbridge/shared-contracts';
import { readinessChip } from '@mentorbridge/web-programs-data-access';
import { StatusChipComponent } from '@mentorbridge/web-shared-ui';

/** A program's readiness: band and overall score of the latest completed assessment. */
@Component({
  selector: 'mb-readiness-chip',
  imports: [StatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<mb-status-chip [label]="chip().label" [tone]="chip().tone" [icon]="chip().icon" />`,
  host: { class: 'mb-readiness-chip' },
})
export class ReadinessChipComponent {
  readonly summary = input.required<ReadinessSummary | null>();
  protected readonly chip = computed(() => readinessChip(this.summary()));
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatchRunProgress } from '@mentorbridge/shared-contracts';
import { MATCH_PHASE_LABELS } from '@mentorbridge/web-matching-data-access';

/** Where a running match run is: its phase in words and a determinate progress bar. */
@Component({
  selector: 'mb-run-progress',
  imports: [MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <span class="title">Run #{{ runNumber() }} is running</span>
      <span class="phase" aria-live="polite" data-testid="run-phase">
        {{ phase() }} · {{ percent() }}%
      </span>
    </div>
    <mat-progress-bar
      mode="determinate"
      [value]="percent()"
      [attr.aria-label]="'Progress of run #' + runNumber()"
    />
    <p class="hint">
      Scoring every pair and finding the best set can take a moment for a large cohort. You can
      leave this page: the run goes on.
    </p>
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 4px 16px;
      margin-bottom: 8px;
    }
    .title {
      font: var(--mat-sys-title-medium);
    }
    .phase {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .hint {
      margin: 8px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class RunProgressComponent {
  readonly progress = input.required<MatchRunProgress>();
  readonly runNumber = input.required<number>();

  protected readonly percent = computed(() =>
    Math.max(0, Math.min(100, Math.round(this.progress().percent))),
  );
  protected readonly phase = computed(() => MATCH_PHASE_LABELS[this.progress().phase]);
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { COHORT_STATE_LABELS, COHORT_STATES, CohortState } from '@mentorbridge/shared-contracts';
import { COHORT_STATE_CHIPS } from '@mentorbridge/web-programs-data-access';

interface TimelineStep {
  state: CohortState;
  label: string;
  icon: string;
  position: 'done' | 'current' | 'next';
}

/**
 * The cohort state machine as a horizontal timeline: the six states in order, the ones passed
 * ticked, the current one highlighted (and announced as the current step).
 */
@Component({
  selector: 'mb-cohort-timeline',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="steps" [attr.aria-label]="'Cohort states, currently ' + currentLabel()">
      @for (step of steps(); track step.state; let index = $index) {
        <li
          class="step"
          [class]="step.position"
          [attr.aria-current]="step.position === 'current' ? 'step' : null"
        >
          <span class="marker" aria-hidden="true">
            @if (step.position === 'done') {
              <mat-icon fontIcon="check" />
            } @else if (step.position === 'current') {
              <mat-icon [fontIcon]="step.icon" />
            } @else {
              {{ index + 1 }}
            }
          </span>
          <span class="label">
            {{ step.label }}
            @if (step.position === 'done') {
              <span class="visually-hidden">(passed)</span>
            } @else if (step.position === 'current') {
              <span class="visually-hidden">(current state)</span>
            }
          </span>
        </li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    .steps {
      display: grid;
      grid-template-columns: repeat(6, minmax(0, 1fr));
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: none;
    }
    .step {
      position: relative;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      text-align: center;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    /* The line between two markers. */
    .step:not(:first-child)::before {
      content: '';
      position: absolute;
      top: 17px;
      right: calc(50% + 22px);
      left: calc(-50% + 22px);
      height: 2px;
      background: var(--mat-sys-outline-variant);
    }
    .step.done:not(:first-child)::before,
    .step.current:not(:first-child)::before {
      background: var(--mat-sys-primary);
    }
    .marker {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      box-sizing: border-box;
      width: 36px;
      height: 36px;
      border-radius: 50%;
      border: 2px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    .marker mat-icon {
      width: 20px;
      height: 20px;
      font-size: 20px;
    }
    .done .marker {
      border-color: var(--mat-sys-primary);
      color: var(--mat-sys-primary);
    }
    .done .label {
      color: var(--mat-sys-on-surface);
    }
    .current .marker {
      width: 36px;
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      box-shadow: 0 0 0 4px var(--mat-sys-primary-container);
    }
    .current .label {
      color: var(--mat-sys-on-surface);
      font-weight: 700;
    }
    /* On a phone the timeline turns vertical. */
    @media (max-width: 599.98px) {
      .steps {
        grid-template-columns: 1fr;
        gap: 12px;
      }
      .step {
        flex-direction: row;
        text-align: left;
        gap: 12px;
      }
      .step:not(:first-child)::before {
        top: -12px;
        left: 17px;
        right: auto;
        width: 2px;
        height: 12px;
      }
    }
  `,
})
export class CohortTimelineComponent {
  readonly state = input.required<CohortState>();

  protected readonly currentLabel = computed(() => COHORT_STATE_LABELS[this.state()]);
  protected readonly steps = computed<TimelineStep[]>(() => {
    const current = COHORT_STATES.indexOf(this.state());
    return COHORT_STATES.map((state, index) => ({
      state,
      label: COHORT_STATE_LABELS[state],
      icon: COHORT_STATE_CHIPS[state].icon,
      position: index < current ? 'done' : index === current ? 'current' : 'next',
    }));
  });
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { assessGoal } from '@mentorbridge/shared-util';

/** A goal that reads well: a concrete outcome, a time frame and why a mentor helps. */
export const GOAL_EXAMPLE =
  'By the summer I want to run our quarterly planning on my own. I would like a mentor who has ' +
  'led planning in a larger team to help me prepare it and handle pushback from stakeholders.';

type GoalState = 'empty' | 'too_short' | 'generic' | 'clear';

/**
 * Live guidance while a mentee writes their goal: how long it is against what the program asks,
 * and a gentle word when it reads too short or too general (with an example). Guidance only:
 * HR decides in screening; the application can be sent either way.
 */
@Component({
  selector: 'mb-goal-guidance',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="meter" aria-hidden="true">
      <span class="fill" [style.width.%]="percent()"></span>
    </div>
    <p class="count" data-testid="goal-count">
      {{ length() }} of at least {{ minLength() }} characters
    </p>
    <div
      class="message"
      [class]="'state-' + state()"
      aria-live="polite"
      data-testid="goal-guidance"
    >
      @switch (state()) {
        @case ('empty') {
          <p>
            <mat-icon aria-hidden="true" fontIcon="lightbulb" />
            Say what you want to be able to do in the next months, and why a more experienced
            colleague would help.
          </p>
        }
        @case ('too_short') {
          <p>
            <mat-icon aria-hidden="true" fontIcon="edit_note" />
            A little more would help your mentor: what do you want to reach, and why a mentor?
          </p>
        }
        @case ('generic') {
          <p>
            <mat-icon aria-hidden="true" fontIcon="edit_note" />
            This reads a bit general. Name a concrete outcome: what will you be able to do, by when,
            and what could a mentor help with?
          </p>
        }
        @case ('clear') {
          <p>
            <mat-icon aria-hidden="true" fontIcon="check_circle" />
            That's a clear goal: your mentor will know where to start.
          </p>
        }
      }
    </div>
    @if (state() === 'too_short' || state() === 'generic') {
      <p class="example"><span class="example-label">For example:</span> “{{ example }}”</p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 4px;
    }
    .meter {
      height: 4px;
      border-radius: 2px;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;
    }
    .fill {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
      transition: width 120ms linear;
    }
    .count {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .message p {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      margin: 8px 0 0;
      font: var(--mat-sys-body-medium);
    }
    .message mat-icon {
      flex: none;
      width: 20px;
      height: 20px;
      font-size: 20px;
    }
    .state-empty,
    .state-too_short,
    .state-generic {
      color: var(--mat-sys-on-surface);
    }
    .state-too_short mat-icon,
    .state-generic mat-icon,
    .state-empty mat-icon {
      color: var(--mat-sys-tertiary);
    }
    .state-clear {
      color: light-dark(#0b5226, #a8e6b8);
    }
    .example {
      margin: 6px 0 0 28px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .example-label {
      font-weight: 500;
    }
  `,
})
export class GoalGuidanceComponent {
  readonly text = input<string>('');
  readonly minLength = input.required<number>();

  protected readonly example = GOAL_EXAMPLE;
  /** Counted as the server counts: trimmed, runs of spaces as one. */
  protected readonly length = computed(() => this.text().trim().replace(/\s+/g, ' ').length);
  protected readonly percent = computed(() =>
    Math.min(100, (this.length() / Math.max(1, this.minLength())) * 100),
  );
  protected readonly state = computed<GoalState>(() => {
    if (!this.text().trim()) {
      return 'empty';
    }
    return assessGoal(this.text(), this.minLength()).flag ?? 'clear';
  });
}

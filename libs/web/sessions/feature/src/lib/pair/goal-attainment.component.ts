import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import {
  ClosureView,
  GOAL_ATTAINMENT_LABELS,
  GOAL_ATTAINMENTS,
  GoalAttainment,
} from '@mentorbridge/shared-contracts';
import { ClosureApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

/** How far each of the mentee's goals was reached (achieved / partly / not), saved together. */
@Component({
  selector: 'mb-goal-attainment',
  imports: [MatButtonModule, MatRadioModule, BannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (goals().length) {
      <form (submit)="$event.preventDefault(); save()" novalidate aria-label="Goal attainment">
        @for (goal of goals(); track goal.goalId; let i = $index) {
          <fieldset class="goal" data-testid="attainment-goal">
            <legend class="goal-title">{{ goal.title ?? 'Goal ' + (i + 1) }}</legend>
            <mat-radio-group
              class="options"
              [name]="'attainment-' + goal.goalId"
              [attr.aria-label]="'How far was it reached: ' + (goal.title ?? 'goal ' + (i + 1))"
              [value]="choices()[goal.goalId] ?? null"
              (change)="choose(goal.goalId, $event.value)"
            >
              @for (attainment of attainments; track attainment) {
                <mat-radio-button [value]="attainment">{{ labels[attainment] }}</mat-radio-button>
              }
            </mat-radio-group>
          </fieldset>
        }
        @if (missing()) {
          <p class="error" role="alert" data-testid="attainment-missing">
            Choose an answer for every goal.
          </p>
        }
        @if (problem(); as message) {
          <mb-banner tone="error" title="Goal attainment was not saved">{{ message }}</mb-banner>
        }
        @if (saved()) {
          <p class="saved" role="status">Saved.</p>
        }
        <div class="actions">
          <button
            mat-stroked-button
            type="submit"
            [disabled]="saving()"
            data-testid="attainment-save"
          >
            Save goal attainment
          </button>
        </div>
      </form>
    } @else {
      <p class="muted" data-testid="attainment-none">There were no goals to assess.</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .goal {
      border: 0;
      margin: 0 0 8px;
      padding: 0;
    }
    .goal-title {
      padding: 0;
      font: var(--mat-sys-title-small);
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
    }
    .error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .saved,
    .muted {
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0;
    }
    mb-banner {
      display: flex;
      margin: 8px 0;
    }
  `,
})
export class GoalAttainmentComponent {
  private readonly api = inject(ClosureApi);

  readonly matchId = input.required<string>();
  readonly goals = input.required<ClosureView['goals']>();
  readonly changed = output<ClosureView>();

  protected readonly attainments = GOAL_ATTAINMENTS;
  protected readonly labels = GOAL_ATTAINMENT_LABELS;
  private readonly drafts = signal<Partial<Record<string, GoalAttainment>>>({});
  /** What is chosen per goal: my changes over what was saved. */
  protected readonly choices = computed(() => {
    const saved: Partial<Record<string, GoalAttainment>> = {};
    for (const goal of this.goals()) {
      if (goal.attainment) {
        saved[goal.goalId] = goal.attainment;
      }
    }
    return { ...saved, ...this.drafts() };
  });
  protected readonly missing = signal(false);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected choose(goalId: string, attainment: GoalAttainment): void {
    this.drafts.update((drafts) => ({ ...drafts, [goalId]: attainment }));
    this.missing.set(false);
    this.saved.set(false);
  }

  protected async save(): Promise<void> {
    if (this.saving()) {
      return;
    }
    const choices = this.choices();
    const goals = this.goals().map((goal) => ({
      goalId: goal.goalId,
      attainment: choices[goal.goalId],
    }));
    if (goals.some((goal) => !goal.attainment)) {
      this.missing.set(true);
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      const view = await firstValueFrom(
        this.api.saveGoals(this.matchId(), {
          goals: goals.map((goal) => ({
            goalId: goal.goalId,
            attainment: goal.attainment as GoalAttainment,
          })),
        }),
      );
      this.drafts.set({});
      this.saved.set(true);
      this.changed.emit(view);
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckbox, MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSliderModule } from '@angular/material/slider';
import {
  CreateGoalRequest,
  GOAL_STATUS_LABELS,
  GoalView,
  MilestoneView,
  PairSide,
} from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  confirmAction,
  EmptyStateComponent,
  LocalDatePipe,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { GoalDialogComponent, GoalDialogData } from './goal-dialog.component';
import { goalOverdue } from './pair-format';

interface ProgressDraft {
  progress: number;
  note: string;
}

/** The mentee's goals: the mentee sets them; both sides report progress and tick milestones. */
@Component({
  selector: 'mb-pair-goals',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSliderModule,
    BannerComponent,
    EmptyStateComponent,
    LocalDatePipe,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (readOnly()) {
      <p class="muted" data-testid="goals-read-only">
        Your mentoring has ended: goals can be read, not changed.
      </p>
    } @else if (mySide() === 'mentee') {
      <div class="bar">
        @if (templates().length) {
          <button
            mat-stroked-button
            type="button"
            [matMenuTriggerFor]="suggestions"
            data-testid="goal-suggestions"
          >
            <mat-icon aria-hidden="true" fontIcon="lightbulb" />
            Start from a suggestion
          </button>
          <mat-menu #suggestions="matMenu" aria-label="Goals your program suggests">
            @for (template of templates(); track $index) {
              <button
                mat-menu-item
                type="button"
                (click)="addGoal(template)"
                data-testid="goal-suggestion"
              >
                {{ template.title }}
              </button>
            }
          </mat-menu>
        }
        <button mat-flat-button type="button" (click)="addGoal()" data-testid="add-goal">
          <mat-icon aria-hidden="true" fontIcon="flag" />
          Add a goal
        </button>
      </div>
    } @else {
      <p class="muted" data-testid="goals-mentor-hint">
        {{ partner() }} sets the goals. You can report progress and tick milestones.
      </p>
    }
    @if (problem(); as message) {
      <mb-banner tone="error" title="That did not work">{{ message }}</mb-banner>
    }
    @if (goals().length) {
      <ul class="list">
        @for (goal of goals(); track goal.id) {
          <li class="item" data-testid="goal-item">
            <div class="top">
              <h3 class="title">{{ goal.title }}</h3>
              <div class="chips">
                @if (overdue(goal)) {
                  <mb-status-chip
                    label="Overdue"
                    tone="danger"
                    icon="schedule"
                    data-testid="goal-overdue"
                  />
                }
                <mb-status-chip
                  [label]="statusLabels[goal.status]"
                  [tone]="goal.status === 'achieved' ? 'success' : 'info'"
                />
              </div>
            </div>
            @if (goal.why) {
              <p class="muted" data-testid="goal-why">
                <span class="term">Why it matters:</span> {{ goal.why }}
              </p>
            }
            @if (goal.measure) {
              <p class="muted" data-testid="goal-measure">
                <span class="term">How you will know:</span> {{ goal.measure }}
              </p>
            }
            @if (goal.targetDate) {
              <p class="muted small">Target: {{ goal.targetDate | localDate }}</p>
            }
            <div class="progress">
              <mat-progress-bar
                mode="determinate"
                [value]="goal.progress"
                [attr.aria-label]="'Progress on ' + goal.title"
              />
              <span data-testid="goal-progress">{{ goal.progress }}%</span>
            </div>

            @if (goal.milestones.length) {
              <ul class="milestones">
                @for (milestone of goal.milestones; track milestone.id) {
                  <li>
                    <mat-checkbox
                      [checked]="milestone.doneAt !== null"
                      [disabled]="readOnly()"
                      (change)="tick(milestone, $event.source)"
                      data-testid="milestone"
                    >
                      {{ milestone.title }}
                      @if (milestone.dueDate) {
                        <span class="muted small">· due {{ milestone.dueDate | localDate }}</span>
                      }
                    </mat-checkbox>
                    @if (milestone.overdue) {
                      <mb-status-chip label="Overdue" tone="danger" icon="schedule" />
                    }
                  </li>
                }
              </ul>
            }
            @if (mySide() === 'mentee' && !readOnly()) {
              <div class="row goal-actions">
                <button
                  mat-button
                  type="button"
                  (click)="editGoal(goal)"
                  [attr.aria-label]="'Edit the goal ' + goal.title"
                  data-testid="goal-edit"
                >
                  <mat-icon aria-hidden="true" fontIcon="edit" />
                  Edit
                </button>
                <button
                  mat-button
                  type="button"
                  (click)="deleteGoal(goal)"
                  [disabled]="deleting() === goal.id"
                  [attr.aria-label]="'Delete the goal ' + goal.title"
                  data-testid="goal-delete"
                >
                  <mat-icon aria-hidden="true" fontIcon="delete" />
                  Delete…
                </button>
              </div>
              <form class="row" (ngSubmit)="addMilestone(goal)">
                <mat-form-field class="grow" subscriptSizing="dynamic">
                  <mat-label>New milestone</mat-label>
                  <input
                    matInput
                    maxlength="200"
                    [name]="'milestone-' + goal.id"
                    [ngModel]="milestoneDrafts()[goal.id] ?? ''"
                    (ngModelChange)="draftMilestone(goal.id, $event)"
                  />
                </mat-form-field>
                <button mat-stroked-button type="submit">Add milestone</button>
              </form>
            }

            @if (!readOnly()) {
              <form class="update" (ngSubmit)="report(goal)">
                @let draft = draftOf(goal);
                <label class="slider-label" [for]="'progress-' + goal.id">
                  Progress: {{ draft.progress }}%
                </label>
                <mat-slider min="0" max="100" step="5" discrete class="slider">
                  <input
                    matSliderThumb
                    [id]="'progress-' + goal.id"
                    [name]="'progress-' + goal.id"
                    [ngModel]="draft.progress"
                    (ngModelChange)="setDraft(goal.id, { progress: $event })"
                    data-testid="goal-slider"
                  />
                </mat-slider>
                <div class="row">
                  <mat-form-field class="grow" subscriptSizing="dynamic">
                    <mat-label>What changed? (optional)</mat-label>
                    <input
                      matInput
                      maxlength="2000"
                      [name]="'note-' + goal.id"
                      [ngModel]="draft.note"
                      (ngModelChange)="setDraft(goal.id, { note: $event })"
                    />
                  </mat-form-field>
                  <button mat-stroked-button type="submit" data-testid="goal-report">
                    Update progress
                  </button>
                </div>
              </form>
            }
          </li>
        }
      </ul>
    } @else {
      <mb-empty-state
        icon="flag"
        title="No goals yet"
        [message]="emptyMessage()"
        [headingLevel]="3"
      />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      justify-content: flex-end;
      margin-bottom: 8px;
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .top {
      display: flex;
      justify-content: space-between;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .chips {
      display: flex;
      gap: 4px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .progress {
      display: flex;
      gap: 8px;
      align-items: center;
      margin: 8px 0;
    }
    .milestones {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .milestones li {
      display: flex;
      align-items: center;
      gap: 8px;
      flex-wrap: wrap;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-top: 8px;
    }
    .grow {
      flex: 1 1 200px;
    }
    .update {
      margin-top: 12px;
      padding-top: 8px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .slider {
      width: 100%;
      max-width: 360px;
      display: block;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0;
    }
    .term {
      font-weight: 500;
    }
    .goal-actions {
      margin-top: 4px;
      gap: 4px;
    }

    .small {
      font: var(--mat-sys-body-small);
    }
    mb-banner {
      display: block;
      margin-bottom: 12px;
    }
  `,
})
export class PairGoalsComponent {
  private readonly api = inject(SessionsApi);
  private readonly dialog = inject(MatDialog);

  readonly matchId = input.required<string>();
  readonly mySide = input.required<PairSide>();
  readonly partner = input.required<string>();
  readonly goals = input.required<readonly GoalView[]>();
  /** The program's suggested goals, dated for this pair (the mentee starts from one). */
  readonly templates = input<readonly CreateGoalRequest[]>([]);
  /** The match has ended: goals can be read, not changed. */
  readonly readOnly = input(false);
  /** A goal was added or changed: the page keeps the overview. */
  readonly changed = output<GoalView>();
  /** A goal was deleted (its id): the page drops it from the overview. */
  readonly removed = output<string>();

  protected readonly statusLabels = GOAL_STATUS_LABELS;
  protected readonly problem = signal<string | null>(null);
  protected readonly deleting = signal<string | null>(null);
  private readonly drafts = signal<Record<string, ProgressDraft>>({});
  protected readonly milestoneDrafts = signal<Partial<Record<string, string>>>({});
  protected readonly overdue = (goal: GoalView) => goalOverdue(goal);
  protected readonly emptyMessage = computed(() => {
    if (this.readOnly()) {
      return 'No goals were set for this mentoring.';
    }
    if (this.mySide() !== 'mentee') {
      return `${this.partner()} has not set a goal yet. Talk about it in your next session.`;
    }
    const first = 'Add your first goal: what would you like to be able to do by the end?';
    const suggested = this.templates().length;
    if (!suggested) {
      return first;
    }
    const what = suggested === 1 ? 'a goal' : `${suggested} goals`;
    return `${first} Your program suggests ${what} to start from: choose “Start from a suggestion” and make it yours.`;
  });
  private readonly byId = computed(() => new Map(this.goals().map((g) => [g.id, g])));

  protected draftOf(goal: GoalView): ProgressDraft {
    return this.drafts()[goal.id] ?? { progress: goal.progress, note: '' };
  }

  protected setDraft(goalId: string, change: Partial<ProgressDraft>): void {
    const goal = this.byId().get(goalId);
    const current = this.drafts()[goalId] ?? { progress: goal?.progress ?? 0, note: '' };
    this.drafts.set({ ...this.drafts(), [goalId]: { ...current, ...change } });
  }

  protected draftMilestone(goalId: string, title: string): void {
    this.milestoneDrafts.set({ ...this.milestoneDrafts(), [goalId]: title });
  }

  /** A new goal, blank or prefilled from one of the program's suggestions. */
  protected addGoal(template?: CreateGoalRequest): Promise<void> {
    return this.openDialog({ matchId: this.matchId(), ...(template ? { template } : {}) });
  }

  protected editGoal(goal: GoalView): Promise<void> {
    return this.openDialog({ matchId: this.matchId(), goal });
  }

  protected async deleteGoal(goal: GoalView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: `Delete “${goal.title}”?`,
      message: 'Delete this goal and its milestones? This cannot be undone.',
      confirmLabel: 'Delete goal',
      cancelLabel: 'Keep it',
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    this.deleting.set(goal.id);
    await this.run(async () => {
      await firstValueFrom(this.api.deleteGoal(goal.id));
      this.removed.emit(goal.id);
    });
    this.deleting.set(null);
  }

  private async openDialog(data: GoalDialogData): Promise<void> {
    const ref = this.dialog.open<GoalDialogComponent, GoalDialogData, GoalView>(
      GoalDialogComponent,
      { data, width: '600px', maxWidth: '95vw' },
    );
    const goal = await firstValueFrom(ref.afterClosed());
    if (goal) {
      this.changed.emit(goal);
    }
  }

  protected async report(goal: GoalView): Promise<void> {
    const draft = this.draftOf(goal);
    await this.run(async () => {
      const saved = await firstValueFrom(
        this.api.progress(goal.id, {
          progress: draft.progress,
          ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
        }),
      );
      const rest = { ...this.drafts() };
      delete rest[goal.id];
      this.drafts.set(rest);
      this.changed.emit(saved);
    });
  }

  protected async tick(milestone: MilestoneView, box: MatCheckbox): Promise<void> {
    const done = box.checked;
    const saved = await this.run(async () => {
      this.changed.emit(await firstValueFrom(this.api.setMilestoneDone(milestone.id, done)));
    });
    if (!saved) {
      box.checked = !done;
    }
  }

  protected async addMilestone(goal: GoalView): Promise<void> {
    const title = (this.milestoneDrafts()[goal.id] ?? '').trim();
    if (!title) {
      return;
    }
    await this.run(async () => {
      this.changed.emit(await firstValueFrom(this.api.addMilestone(goal.id, { title })));
      this.draftMilestone(goal.id, '');
    });
  }

  /** Runs an action, showing what went wrong; true when it worked. */
  private async run(action: () => Promise<void>): Promise<boolean> {
    this.problem.set(null);
    try {
      await action();
      return true;
    } catch (error) {
      this.problem.set(toApiError(error).message);
      return false;
    }
  }
}

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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSliderModule } from '@angular/material/slider';
import {
  GOAL_STATUS_LABELS,
  GoalView,
  MilestoneView,
  PairSide,
} from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
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
              <p class="muted">{{ goal.why }}</p>
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
        [message]="
          readOnly()
            ? 'No goals were set for this mentoring.'
            : mySide() === 'mentee'
              ? 'Add your first goal: what would you like to be able to do by the end?'
              : partner() + ' has not set a goal yet. Talk about it in your next session.'
        "
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
  /** The match has ended: goals can be read, not changed. */
  readonly readOnly = input(false);
  /** A goal was added or changed: the page keeps the overview. */
  readonly changed = output<GoalView>();

  protected readonly statusLabels = GOAL_STATUS_LABELS;
  protected readonly problem = signal<string | null>(null);
  private readonly drafts = signal<Record<string, ProgressDraft>>({});
  protected readonly milestoneDrafts = signal<Partial<Record<string, string>>>({});
  protected readonly overdue = (goal: GoalView) => goalOverdue(goal);
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

  protected async addGoal(): Promise<void> {
    const ref = this.dialog.open<GoalDialogComponent, GoalDialogData, GoalView>(
      GoalDialogComponent,
      { data: { matchId: this.matchId() }, width: '600px', maxWidth: '95vw' },
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

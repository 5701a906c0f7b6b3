import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  CreateGoalRequest,
  GOAL_STATUS_LABELS,
  GOAL_STATUSES,
  GoalStatus,
  GoalView,
  UpdateGoalRequest,
} from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export interface GoalDialogData {
  matchId: string;
  /** Given: edit this goal (title, why, measure, target date, status) instead of adding one. */
  goal?: GoalView;
  /** Given: a new goal prefilled from one of the program's suggestions, for the mentee to adapt. */
  template?: CreateGoalRequest;
}

/** Limits the API enforces on a goal. */
const TITLE = { min: 3, max: 300 };
const WHY_MAX = 2000;
const MEASURE_MAX = 1000;

function milestoneGroup(title = '', dueDate = '') {
  return new FormGroup({
    title: new FormControl(title, { nonNullable: true }),
    dueDate: new FormControl(dueDate, { nonNullable: true }),
  });
}

/** The title, trimmed as the API trims it: blank or too short gets a plain-words message. */
function goalTitle(control: AbstractControl<string>): ValidationErrors | null {
  const length = control.value.trim().length;
  if (length === 0) {
    return { blank: 'Give the goal a title.' };
  }
  return length < TITLE.min ? { short: `The title needs at least ${TITLE.min} characters.` } : null;
}

/**
 * The mentee adds a goal with its milestones (optionally starting from a program suggestion), or
 * edits one. Closes with the saved goal.
 */
@Component({
  selector: 'mb-goal-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit the goal' : 'Add a goal' }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (data.template) {
          <p class="hint" data-testid="goal-from-template">
            <mat-icon aria-hidden="true" fontIcon="lightbulb" />
            Suggested by your program. Make it yours: change anything before you save.
          </p>
        }
        @if (problem(); as message) {
          <mb-banner tone="error" title="The goal was not saved" data-testid="goal-problem">{{
            message
          }}</mb-banner>
        }
        <mat-form-field class="wide">
          <mat-label>What do you want to achieve?</mat-label>
          <input
            matInput
            required
            formControlName="title"
            [maxlength]="limits.title"
            data-testid="goal-title"
          />
          @if (titleError(); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>Why it matters (optional)</mat-label>
          <textarea
            matInput
            rows="2"
            formControlName="why"
            [maxlength]="limits.why"
            data-testid="goal-why"
          ></textarea>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>How you will know (optional)</mat-label>
          <input
            matInput
            formControlName="measure"
            [maxlength]="limits.measure"
            data-testid="goal-measure"
          />
        </mat-form-field>
        <mat-form-field>
          <mat-label>Target date (optional)</mat-label>
          <input matInput type="date" formControlName="targetDate" data-testid="goal-target" />
        </mat-form-field>

        @if (editing) {
          <div class="status" role="group" aria-labelledby="goal-status-label">
            <p id="goal-status-label" class="sub">Status</p>
            <mat-radio-group
              formControlName="status"
              aria-labelledby="goal-status-label"
              data-testid="goal-status"
            >
              @for (status of statuses; track status) {
                <mat-radio-button [value]="status">{{ statusLabels[status] }}</mat-radio-button>
              }
            </mat-radio-group>
          </div>
          <p class="muted">Milestones are added and ticked on the goal itself.</p>
        } @else {
          <h3 class="sub">Milestones</h3>
          <div formArrayName="milestones">
            @for (milestone of milestones.controls; track milestone; let i = $index) {
              <div class="row" [formGroupName]="i">
                <mat-form-field class="grow">
                  <mat-label>Milestone {{ i + 1 }}</mat-label>
                  <input
                    matInput
                    formControlName="title"
                    maxlength="200"
                    [attr.data-testid]="'goal-milestone-' + i"
                  />
                </mat-form-field>
                <mat-form-field>
                  <mat-label>Due (optional)</mat-label>
                  <input
                    matInput
                    type="date"
                    formControlName="dueDate"
                    [attr.data-testid]="'goal-milestone-due-' + i"
                  />
                </mat-form-field>
                <button
                  mat-icon-button
                  type="button"
                  [attr.aria-label]="'Remove milestone ' + (i + 1)"
                  (click)="milestones.removeAt(i)"
                >
                  <mat-icon aria-hidden="true" fontIcon="delete" />
                </button>
              </div>
            }
          </div>
          <button mat-stroked-button type="button" (click)="milestones.push(newMilestone())">
            <mat-icon aria-hidden="true" fontIcon="add" />
            Add a milestone
          </button>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="goal-save">
          {{ editing ? 'Save changes' : 'Add goal' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .grow {
      flex: 1 1 200px;
    }
    .sub {
      margin: 8px 0;
      font: var(--mat-sys-title-small);
    }
    .hint {
      display: flex;
      gap: 8px;
      align-items: center;
      margin: 0 0 16px;
    }
    .status mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    mb-banner {
      display: block;
      margin-bottom: 16px;
    }
  `,
})
export class GoalDialogComponent {
  protected readonly data = inject<GoalDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<GoalDialogComponent, GoalView>);
  private readonly api = inject(SessionsApi);

  protected readonly editing = this.data.goal !== undefined;
  protected readonly limits = { title: TITLE.max, why: WHY_MAX, measure: MEASURE_MAX };
  protected readonly statuses = GOAL_STATUSES;
  protected readonly statusLabels = GOAL_STATUS_LABELS;
  protected readonly newMilestone = () => milestoneGroup();
  protected readonly milestones = new FormArray(
    this.data.template?.milestones?.length
      ? this.data.template.milestones.map((m) => milestoneGroup(m.title, m.dueDate ?? ''))
      : [milestoneGroup()],
  );
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: goalTitle }),
    why: new FormControl('', { nonNullable: true }),
    measure: new FormControl('', { nonNullable: true }),
    targetDate: new FormControl('', { nonNullable: true }),
    status: new FormControl<GoalStatus>('open', { nonNullable: true }),
    milestones: this.milestones,
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    const start = this.data.goal ?? this.data.template;
    if (start) {
      this.form.patchValue({
        title: start.title,
        why: start.why ?? '',
        measure: start.measure ?? '',
        targetDate: start.targetDate ?? '',
        ...(this.data.goal ? { status: this.data.goal.status } : {}),
      });
    }
  }

  protected titleError(): string | null {
    const errors = this.form.controls.title.errors;
    if (!errors) {
      return null;
    }
    const message = Object.values(errors).find((value) => typeof value === 'string');
    return typeof message === 'string' ? message : null;
  }

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const goal = this.data.goal;
    if (goal) {
      const changes = this.changes(goal);
      if (!Object.keys(changes).length) {
        this.ref.close();
        return;
      }
      await this.save(() => this.api.updateGoal(goal.id, changes));
    } else {
      const request = this.newGoal();
      await this.save(() => this.api.addGoal(this.data.matchId, request));
    }
  }

  private newGoal(): CreateGoalRequest {
    const value = this.form.getRawValue();
    const milestones = value.milestones
      .filter((m) => m.title.trim())
      .map((m) => ({ title: m.title.trim(), ...(m.dueDate ? { dueDate: m.dueDate } : {}) }));
    return {
      title: value.title.trim(),
      ...(value.why.trim() ? { why: value.why.trim() } : {}),
      ...(value.measure.trim() ? { measure: value.measure.trim() } : {}),
      ...(value.targetDate ? { targetDate: value.targetDate } : {}),
      ...(milestones.length ? { milestones } : {}),
    };
  }

  /** Only what changed; a cleared text or date is sent empty so the API clears it. */
  private changes(goal: GoalView): UpdateGoalRequest {
    const value = this.form.getRawValue();
    const title = value.title.trim();
    const why = value.why.trim();
    const measure = value.measure.trim();
    const targetDate = value.targetDate || null;
    return {
      ...(title !== goal.title ? { title } : {}),
      ...(why !== (goal.why ?? '') ? { why } : {}),
      ...(measure !== (goal.measure ?? '') ? { measure } : {}),
      ...(targetDate !== goal.targetDate ? { targetDate } : {}),
      ...(value.status !== goal.status ? { status: value.status } : {}),
    };
  }

  private async save(request: () => ReturnType<SessionsApi['addGoal']>): Promise<void> {
    this.saving.set(true);
    this.problem.set(null);
    try {
      this.ref.close(await firstValueFrom(request()));
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { CreateGoalRequest, GoalView } from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export interface GoalDialogData {
  matchId: string;
}

function milestoneGroup() {
  return new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    dueDate: new FormControl('', { nonNullable: true }),
  });
}

/** The mentee adds a goal with its milestones. Closes with the new goal. */
@Component({
  selector: 'mb-goal-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Add a goal</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
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
            maxlength="200"
            data-testid="goal-title"
          />
          @if (form.controls.title.invalid) {
            <mat-error>Give the goal a title.</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>Why it matters (optional)</mat-label>
          <textarea matInput rows="2" formControlName="why" maxlength="2000"></textarea>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>How you will know (optional)</mat-label>
          <input matInput formControlName="measure" maxlength="500" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>Target date (optional)</mat-label>
          <input matInput type="date" formControlName="targetDate" />
        </mat-form-field>

        <h3 class="sub">Milestones</h3>
        <div formArrayName="milestones">
          @for (milestone of milestones.controls; track milestone; let i = $index) {
            <div class="row" [formGroupName]="i">
              <mat-form-field class="grow">
                <mat-label>Milestone {{ i + 1 }}</mat-label>
                <input matInput formControlName="title" maxlength="200" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>Due (optional)</mat-label>
                <input matInput type="date" formControlName="dueDate" />
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
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="goal-save">
          Add goal
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

  protected readonly newMilestone = milestoneGroup;
  protected readonly milestones = new FormArray([milestoneGroup()]);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    why: new FormControl('', { nonNullable: true }),
    measure: new FormControl('', { nonNullable: true }),
    targetDate: new FormControl('', { nonNullable: true }),
    milestones: this.milestones,
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    const value = this.form.getRawValue();
    if (this.form.invalid || !value.title.trim()) {
      this.form.markAllAsTouched();
      return;
    }
    const milestones = value.milestones
      .filter((m) => m.title.trim())
      .map((m) => ({ title: m.title.trim(), ...(m.dueDate ? { dueDate: m.dueDate } : {}) }));
    const request: CreateGoalRequest = {
      title: value.title.trim(),
      ...(value.why.trim() ? { why: value.why.trim() } : {}),
      ...(value.measure.trim() ? { measure: value.measure.trim() } : {}),
      ...(value.targetDate ? { targetDate: value.targetDate } : {}),
      ...(milestones.length ? { milestones } : {}),
    };
    this.saving.set(true);
    this.problem.set(null);
    try {
      this.ref.close(await firstValueFrom(this.api.addGoal(this.data.matchId, request)));
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}

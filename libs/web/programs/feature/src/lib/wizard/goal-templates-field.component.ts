import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
} from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { controlErrorMessage } from '@mentorbridge/web-shared-data-access';
import { controlTick, groupError } from '../shared/forms';
import {
  goalTemplateGroup,
  GoalTemplateGroup,
  GoalTemplatesArray,
  LIMITS,
  templateMilestoneGroup,
} from './program-form';

/**
 * The goals a program suggests to its pairs: add and remove them and their milestones. Days
 * count from the day a pair starts; the mentee adapts a suggestion before saving it as a goal.
 */
@Component({
  selector: 'mb-goal-templates-field',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="group" aria-describedby="goal-templates-hint" data-testid="goal-templates">
      <legend class="group-label">Suggested goals</legend>
      <p class="hint" id="goal-templates-hint">
        Goals a new pair can start from, such as “Set your development goals in the first month”.
        The mentee adapts a suggestion before saving it. Days count from the day the pair starts.
      </p>
      @for (template of templates().controls; track template; let i = $index) {
        <section
          class="template"
          [formGroup]="template"
          [attr.aria-labelledby]="'goal-template-' + i"
          data-testid="goal-template"
        >
          <div class="head">
            <h3 class="title" [id]="'goal-template-' + i">Suggested goal {{ i + 1 }}</h3>
            <button
              mat-icon-button
              type="button"
              (click)="remove(i)"
              [attr.aria-label]="'Remove suggested goal ' + (i + 1)"
              data-testid="goal-template-remove"
            >
              <mat-icon aria-hidden="true" fontIcon="delete" />
            </button>
          </div>
          <mat-form-field class="wide">
            <mat-label>Title</mat-label>
            <input
              matInput
              formControlName="title"
              autocomplete="off"
              [id]="'goal-template-title-' + i"
              [attr.data-testid]="'goal-template-title-' + i"
            />
            @if (error(template.controls.title, 'The title'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>Why it matters (optional)</mat-label>
            <textarea
              matInput
              rows="2"
              formControlName="why"
              [attr.data-testid]="'goal-template-why-' + i"
            ></textarea>
            @if (error(template.controls.why, 'Why it matters'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>How they will know (optional)</mat-label>
            <input
              matInput
              formControlName="measure"
              autocomplete="off"
              [attr.data-testid]="'goal-template-measure-' + i"
            />
            @if (error(template.controls.measure, 'How they will know'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>Target (optional)</mat-label>
            <input
              matInput
              type="number"
              inputmode="numeric"
              formControlName="targetDays"
              [min]="limits.templateDays.min"
              [max]="limits.templateDays.max"
              step="1"
              [attr.data-testid]="'goal-template-target-' + i"
            />
            <span matTextSuffix>days after the start</span>
            @if (error(template.controls.targetDays, 'The target'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>

          <div class="milestones" formArrayName="milestones">
            <h4 class="sub">Milestones</h4>
            @for (
              milestone of template.controls.milestones.controls;
              track milestone;
              let j = $index
            ) {
              <div class="row" [formGroupName]="j">
                <mat-form-field class="grow">
                  <mat-label>Milestone {{ j + 1 }}</mat-label>
                  <input
                    matInput
                    formControlName="title"
                    autocomplete="off"
                    [id]="'goal-template-' + i + '-milestone-' + j"
                    [attr.data-testid]="'goal-template-' + i + '-milestone-' + j"
                  />
                  @if (error(milestone.controls.title, 'A milestone'); as message) {
                    <mat-error>{{ message }}</mat-error>
                  }
                </mat-form-field>
                <mat-form-field class="days">
                  <mat-label>Due on day</mat-label>
                  <input
                    matInput
                    type="number"
                    inputmode="numeric"
                    formControlName="dueDays"
                    [min]="limits.templateDays.min"
                    [max]="limits.templateDays.max"
                    step="1"
                    [attr.data-testid]="'goal-template-' + i + '-milestone-due-' + j"
                  />
                  @if (error(milestone.controls.dueDays, 'The due day'); as message) {
                    <mat-error>{{ message }}</mat-error>
                  }
                </mat-form-field>
                <button
                  mat-icon-button
                  type="button"
                  class="row-action"
                  (click)="removeMilestone(template, j)"
                  [attr.aria-label]="
                    'Remove milestone ' + (j + 1) + ' of suggested goal ' + (i + 1)
                  "
                >
                  <mat-icon aria-hidden="true" fontIcon="close" />
                </button>
              </div>
            }
            @if (listError(template.controls.milestones); as message) {
              <p class="error">{{ message }}</p>
            }
            <button
              mat-button
              type="button"
              (click)="addMilestone(template, i)"
              [disabled]="template.controls.milestones.length >= limits.templateMilestones.max"
              [attr.data-testid]="'goal-template-add-milestone-' + i"
            >
              <mat-icon aria-hidden="true" fontIcon="add" />
              Add a milestone
            </button>
          </div>
        </section>
      } @empty {
        <p class="hint" data-testid="goal-templates-empty">
          No suggestions: pairs set their own goals.
        </p>
      }
      @if (listError(templates()); as message) {
        <p class="error" data-testid="goal-templates-error">{{ message }}</p>
      }
      <button
        mat-stroked-button
        type="button"
        (click)="add()"
        [disabled]="templates().length >= limits.goalTemplates.max"
        data-testid="goal-template-add"
      >
        <mat-icon aria-hidden="true" fontIcon="add" />
        Add a suggested goal
      </button>
      @if (templates().length >= limits.goalTemplates.max) {
        <p class="hint">A program can suggest at most {{ limits.goalTemplates.max }} goals.</p>
      }
    </fieldset>
  `,
  styles: `
    :host {
      display: block;
    }
    .group {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .group-label {
      margin: 0 0 8px;
      padding: 0;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .hint {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .template {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-bottom: 12px;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .sub {
      margin: 0 0 4px;
      font: var(--mat-sys-label-large);
    }
    .wide {
      width: 100%;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px;
    }
    .grow {
      flex: 1 1 220px;
      min-width: 0;
    }
    .days {
      width: 140px;
    }
    .row-action {
      margin-top: 4px;
    }
    .error {
      margin: 4px 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class GoalTemplatesFieldComponent {
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly templates = input.required<GoalTemplatesArray>();

  protected readonly limits = LIMITS;
  private readonly tick = controlTick(this.templates);

  /** The message under a field, once it was touched (or its step refused). */
  protected error(control: AbstractControl, label: string): string | null {
    this.tick();
    return control.invalid && control.touched ? controlErrorMessage(control, label) : null;
  }

  /** The error of a list itself (too many, or the server's message about it). */
  protected listError(control: AbstractControl): string | null {
    this.tick();
    return control.touched ? groupError(control.errors) : null;
  }

  protected add(): void {
    const templates = this.templates();
    if (templates.length >= LIMITS.goalTemplates.max) {
      return;
    }
    templates.push(goalTemplateGroup());
    templates.markAsDirty();
    this.focus(`#goal-template-title-${templates.length - 1}`);
  }

  protected remove(index: number): void {
    const templates = this.templates();
    templates.removeAt(index);
    templates.markAsDirty();
    templates.markAsTouched();
    this.focus('[data-testid="goal-template-add"]');
  }

  protected addMilestone(template: GoalTemplateGroup, index: number): void {
    const milestones = template.controls.milestones;
    if (milestones.length >= LIMITS.templateMilestones.max) {
      return;
    }
    milestones.push(templateMilestoneGroup());
    milestones.markAsDirty();
    this.focus(`#goal-template-${index}-milestone-${milestones.length - 1}`);
  }

  protected removeMilestone(template: GoalTemplateGroup, index: number): void {
    const milestones = template.controls.milestones;
    milestones.removeAt(index);
    milestones.markAsDirty();
    milestones.markAsTouched();
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}

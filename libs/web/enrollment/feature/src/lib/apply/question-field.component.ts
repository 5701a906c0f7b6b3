import { TextFieldModule } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { AnswerValue, FormQuestion, ParticipantRole } from '@mentorbridge/shared-contracts';
import { DEFAULT_TEXT_MAX, inlineMessage } from './answers-form';
import { AvailabilityGridComponent } from './availability-grid.component';
import { controlTick } from './form-signals';
import { GoalGuidanceComponent } from './goal-guidance.component';
import { TagsFieldComponent } from './tags-field.component';

const SCALE = [
  { value: 1, label: '1', hint: 'lowest' },
  { value: 2, label: '2', hint: null },
  { value: 3, label: '3', hint: null },
  { value: 4, label: '4', hint: null },
  { value: 5, label: '5', hint: 'highest' },
] as const;

/**
 * One question of an application form, drawn for its type: text with a counter, number, one
 * choice (radios), several choices (checkboxes), a 1–5 scale, tags with suggestions, or the
 * availability grid. Its help text, a required marker, and the problem in plain words once the
 * person has touched it (or tried to send).
 */
@Component({
  selector: 'mb-question-field',
  imports: [
    ReactiveFormsModule,
    TextFieldModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    AvailabilityGridComponent,
    GoalGuidanceComponent,
    TagsFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.data-testid]': '"question-" + question().key',
    '[attr.data-question]': 'question().key',
    '[class.invalid]': '!!error()',
  },
  templateUrl: './question-field.component.html',
  styleUrl: './question-field.component.scss',
})
export class QuestionFieldComponent {
  readonly question = input.required<FormQuestion>();
  readonly control = input.required<FormControl<AnswerValue>>();
  readonly role = input.required<ParticipantRole>();
  /** The program's minimum goal length (mentees' goal guidance). */
  readonly minGoalLength = input(80);

  private readonly tick = controlTick(this.control);
  protected readonly scale = SCALE;

  protected readonly id = computed(() => `q-${this.question().key}`);
  protected readonly helpId = computed(() => `h-${this.question().key}`);
  protected readonly errorId = computed(() => `e-${this.question().key}`);
  protected readonly isGoal = computed(
    () => this.role() === 'mentee' && this.question().key === 'goal',
  );

  protected readonly text = computed(() => {
    this.tick();
    const value = this.control().value;
    return typeof value === 'string' ? value : '';
  });
  protected readonly chosen = computed(() => {
    this.tick();
    const value = this.control().value;
    return new Set(Array.isArray(value) ? value : []);
  });
  protected readonly maxLength = computed(() => {
    const q = this.question();
    return (
      q.max ?? (q.type === 'short_text' ? DEFAULT_TEXT_MAX.short_text : DEFAULT_TEXT_MAX.long_text)
    );
  });
  /** Trimmed, as the server counts. */
  protected readonly length = computed(() => this.text().trim().length);

  /** The problem in plain words, once touched; null otherwise. */
  protected readonly error = computed(() => {
    this.tick();
    const control = this.control();
    if (!control.invalid || !control.touched) {
      return null;
    }
    const message = control.errors?.['server'] ?? control.errors?.['answer'];
    return typeof message === 'string' ? inlineMessage(this.question().label, message) : null;
  });

  /** For groups (fieldsets): help, then the error. */
  protected readonly describedBy = computed(
    () =>
      [this.question().help ? this.helpId() : null, this.error() ? this.errorId() : null]
        .filter(Boolean)
        .join(' ') || null,
  );

  protected numberRange = computed(() => {
    const q = this.question();
    if (q.min !== undefined && q.max !== undefined) {
      return `A whole number from ${q.min} to ${q.max}.`;
    }
    if (q.min !== undefined) {
      return `A whole number, at least ${q.min}.`;
    }
    return q.max !== undefined ? `A whole number, at most ${q.max}.` : 'A whole number.';
  });

  protected toggle(value: string, checked: boolean): void {
    const next = new Set(this.chosen());
    if (checked) {
      next.add(value);
    } else {
      next.delete(value);
    }
    // Keep the options' order.
    const ordered = (this.question().options ?? [])
      .map((option) => option.value)
      .filter((option) => next.has(option));
    const control = this.control();
    control.setValue(ordered);
    control.markAsDirty();
    control.markAsTouched();
  }

  protected touch(): void {
    this.control().markAsTouched();
  }
}

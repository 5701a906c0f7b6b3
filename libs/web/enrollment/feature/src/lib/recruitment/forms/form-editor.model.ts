import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  FormQuestion,
  ParticipantRole,
  QUESTION_TYPE_LABELS,
  QuestionType,
  STANDARD_QUESTION_KEYS,
  StandardQuestionKey,
} from '@mentorbridge/shared-contracts';

/** Questions a role's form must keep (the API refuses a form without them). */
export const REQUIRED_QUESTION_KEYS: Readonly<Record<ParticipantRole, readonly string[]>> = {
  mentee: ['goal'],
  mentor: ['expertise', 'capacity'],
};

/** Why a required question stays, in plain words. */
export const REQUIRED_QUESTION_WHY: Readonly<Record<string, string>> = {
  goal: 'Screening reads the goal: mentees who cannot say why they want a mentor need a conversation first.',
  expertise: 'Matching pairs mentee goals with this expertise.',
  capacity: 'Matching needs to know how many mentees each mentor takes.',
};

/** The type a standard question keeps, because matching and screening read its answers. */
export const STANDARD_QUESTION_TYPES: Readonly<Record<StandardQuestionKey, QuestionType>> = {
  goal: 'long_text',
  target_skills: 'tags',
  expertise: 'tags',
  years_experience: 'single_choice',
  capacity: 'number',
  languages: 'tags',
  availability: 'availability',
  meeting_modes: 'multi_choice',
  avoid_topics: 'tags',
  preferred_seniority: 'single_choice',
};

export function isStandardKey(key: string): key is StandardQuestionKey {
  return (STANDARD_QUESTION_KEYS as readonly string[]).includes(key);
}

export function isRequiredKey(role: ParticipantRole, key: string): boolean {
  return REQUIRED_QUESTION_KEYS[role].includes(key);
}

export function isChoice(type: QuestionType): boolean {
  return type === 'single_choice' || type === 'multi_choice';
}

/** Which limits a type has, and what they mean for it. */
export function limitLabels(type: QuestionType): { min: string; max: string } | null {
  switch (type) {
    case 'short_text':
    case 'long_text':
      return { min: 'Minimum characters', max: 'Maximum characters' };
    case 'number':
      return { min: 'Lowest number', max: 'Highest number' };
    case 'multi_choice':
    case 'tags':
      return { min: 'Pick at least', max: 'Pick at most' };
    default:
      return null;
  }
}

export type OptionGroup = FormGroup<{
  value: FormControl<string>;
  label: FormControl<string>;
}>;

export type QuestionGroup = FormGroup<{
  key: FormControl<string>;
  type: FormControl<QuestionType>;
  label: FormControl<string>;
  help: FormControl<string>;
  required: FormControl<boolean>;
  options: FormArray<OptionGroup>;
  min: FormControl<number | null>;
  max: FormControl<number | null>;
  /** Comma-separated suggestions of a tags question. */
  suggestions: FormControl<string>;
}>;

export type EditorForm = FormGroup<{ questions: FormArray<QuestionGroup> }>;

function wholeNumber(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  if (value === null || value === undefined || (value as unknown) === '') {
    return null;
  }
  return Number.isInteger(value) && value >= 0 && value <= 10000
    ? null
    : { wholeNumber: 'Enter a whole number from 0 to 10,000.' };
}

/** Question-level rules the fields cannot check alone. */
function questionRules(control: AbstractControl): ValidationErrors | null {
  const group = control as QuestionGroup;
  const { type, options, min, max } = group.controls;
  const errors: ValidationErrors = {};
  if (isChoice(type.value) && options.length < 2) {
    errors['options'] = 'A choice question needs at least two options.';
  }
  if (min.value !== null && max.value !== null && min.value > max.value) {
    errors['range'] = 'The lowest limit must not be above the highest.';
  }
  return Object.keys(errors).length ? errors : null;
}

export function optionGroup(value = '', label = ''): OptionGroup {
  return new FormGroup({
    value: new FormControl(value, { nonNullable: true }),
    label: new FormControl(label, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(120)],
    }),
  });
}

/**
 * One question as editable controls. Standard questions keep their type (matching reads them) and
 * the questions the role needs stay required: those controls are disabled.
 */
export function questionGroup(question: FormQuestion, role: ParticipantRole): QuestionGroup {
  const requiredKey = isRequiredKey(role, question.key);
  const group: QuestionGroup = new FormGroup(
    {
      key: new FormControl(question.key, { nonNullable: true }),
      type: new FormControl(
        { value: question.type, disabled: isStandardKey(question.key) },
        { nonNullable: true },
      ),
      label: new FormControl(question.label, {
        nonNullable: true,
        validators: [Validators.required, Validators.minLength(3), Validators.maxLength(200)],
      }),
      help: new FormControl(question.help ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(500)],
      }),
      required: new FormControl(
        { value: requiredKey || question.required, disabled: requiredKey },
        { nonNullable: true },
      ),
      options: new FormArray(
        (question.options ?? []).map((option) => optionGroup(option.value, option.label)),
      ),
      min: new FormControl<number | null>(question.min ?? null, [wholeNumber]),
      max: new FormControl<number | null>(question.max ?? null, [wholeNumber]),
      suggestions: new FormControl((question.suggestions ?? []).join(', '), { nonNullable: true }),
    },
    { validators: [questionRules] },
  );
  // A question that becomes a choice starts with two empty options; one that stops being a choice
  // drops them.
  group.controls.type.valueChanges.subscribe((type) => {
    const options = group.controls.options;
    if (isChoice(type) && options.length === 0) {
      options.push(optionGroup());
      options.push(optionGroup());
    } else if (!isChoice(type) && options.length) {
      options.clear();
    }
    if (!limitLabels(type)) {
      group.controls.min.setValue(null);
      group.controls.max.setValue(null);
    }
  });
  return group;
}

export function editorForm(questions: readonly FormQuestion[], role: ParticipantRole): EditorForm {
  return new FormGroup({
    questions: new FormArray(questions.map((question) => questionGroup(question, role))),
  });
}

/** A new custom question: a key no other question uses. */
export function newQuestion(type: QuestionType, existingKeys: readonly string[]): FormQuestion {
  let index = existingKeys.length + 1;
  while (existingKeys.includes(`custom_q${index}`)) {
    index++;
  }
  return {
    key: `custom_q${index}`,
    type,
    label: '',
    required: false,
    ...(isChoice(type)
      ? {
          options: [
            { value: '', label: '' },
            { value: '', label: '' },
          ],
        }
      : {}),
  };
}

/** `Work in Lisbon` → `work_in_lisbon`, unique among `taken`. */
export function optionValue(label: string, taken: Set<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 50) || 'option';
  let value = base;
  let n = 2;
  while (taken.has(value)) {
    value = `${base}_${n++}`;
  }
  taken.add(value);
  return value;
}

function splitSuggestions(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
}

/** The questions as the API takes them: trimmed, with only the fields their type uses. */
export function toQuestions(form: EditorForm): FormQuestion[] {
  return form.controls.questions.controls.map((group) => {
    const raw = group.getRawValue();
    const question: FormQuestion = {
      key: raw.key,
      type: raw.type,
      label: raw.label.trim(),
      required: raw.required,
    };
    if (raw.help.trim()) {
      question.help = raw.help.trim();
    }
    if (isChoice(raw.type)) {
      const taken = new Set(raw.options.map((o) => o.value).filter(Boolean));
      question.options = raw.options.map((option) => ({
        value: option.value || optionValue(option.label, taken),
        label: option.label.trim(),
      }));
    }
    if (limitLabels(raw.type)) {
      if (raw.min !== null) question.min = raw.min;
      if (raw.max !== null) question.max = raw.max;
    }
    if (raw.type === 'tags') {
      const suggestions = splitSuggestions(raw.suggestions);
      if (suggestions.length) question.suggestions = suggestions;
    }
    return question;
  });
}

export function typeLabel(type: QuestionType): string {
  return QUESTION_TYPE_LABELS[type];
}

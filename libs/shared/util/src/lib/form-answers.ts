import {
  AnswerValue,
  Answers,
  AVAILABILITY_SLOTS,
  FieldError,
  FormQuestion,
} from '@mentorbridge/shared-contracts';

/**
 * Checks answers against an application form: required questions answered, values of the right
 * type, choices among the options, lengths and ranges respected, no answer to an unknown question.
 * Returns one field error per problem (`answers.<key>`); an empty list means valid.
 */
export function validateAnswers(
  questions: readonly FormQuestion[],
  answers: Answers,
): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key))
      errors.push({ field: `answers.${key}`, message: 'is not a question of this form' });
  }
  for (const question of questions) {
    const problem = checkAnswer(question, answers[question.key] ?? null);
    if (problem) errors.push({ field: `answers.${question.key}`, message: problem });
  }
  return errors;
}

function isEmpty(value: AnswerValue): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function checkAnswer(q: FormQuestion, value: AnswerValue): string | null {
  if (isEmpty(value)) return q.required ? `${q.label} is required` : null;
  const options = new Set((q.options ?? []).map((o) => o.value));
  switch (q.type) {
    case 'short_text':
    case 'long_text': {
      if (typeof value !== 'string') return `${q.label} must be text`;
      const length = value.trim().length;
      if (q.min !== undefined && length < q.min)
        return `${q.label} needs at least ${q.min} characters`;
      const max = q.max ?? (q.type === 'short_text' ? 200 : 4000);
      if (length > max) return `${q.label} must be at most ${max} characters`;
      return null;
    }
    case 'number':
    case 'scale': {
      const min = q.type === 'scale' ? 1 : q.min;
      const max = q.type === 'scale' ? 5 : q.max;
      if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value)) {
        return `${q.label} must be a whole number`;
      }
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        return `${q.label} must be from ${min ?? '…'} to ${max ?? '…'}`;
      }
      return null;
    }
    case 'single_choice':
      return typeof value === 'string' && options.has(value)
        ? null
        : `${q.label}: choose one of the options`;
    case 'multi_choice':
    case 'tags':
    case 'availability': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
        return `${q.label} must be a list`;
      }
      if (new Set(value).size !== value.length) return `${q.label} lists something twice`;
      if (q.type === 'multi_choice' && value.some((v) => !options.has(v))) {
        return `${q.label}: choose among the options`;
      }
      if (q.type === 'availability' && value.some((v) => !AVAILABILITY_SLOTS.includes(v))) {
        return `${q.label} has an unknown time slot`;
      }
      if (q.type === 'tags' && value.some((v) => v.length > 60))
        return `${q.label}: each entry at most 60 characters`;
      const max = q.max ?? 30;
      if (value.length > max) return `${q.label}: at most ${max}`;
      if (q.min !== undefined && value.length < q.min) return `${q.label}: at least ${q.min}`;
      return null;
    }
  }
}

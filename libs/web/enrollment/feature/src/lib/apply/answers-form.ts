import { AbstractControl, FormControl, FormRecord, ValidatorFn } from '@angular/forms';
import {
  AnswerValue,
  Answers,
  FieldError,
  FormQuestion,
  ParticipantRole,
} from '@mentorbridge/shared-contracts';
import { validateAnswers } from '@mentorbridge/shared-util';

/** One control per question key; values have the shape the API stores. */
export type AnswersForm = FormRecord<FormControl<AnswerValue>>;

/** Default text limits, as the API applies them when a question sets none. */
export const DEFAULT_TEXT_MAX: Readonly<Record<'short_text' | 'long_text', number>> = {
  short_text: 200,
  long_text: 4000,
};

/** Blank text and empty lists are "no answer" (null), text is trimmed, as the API cleans it. */
export function normalizeAnswer(value: AnswerValue | undefined): AnswerValue {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    return text ? text : null;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => item.trim()).filter(Boolean);
    return items.length ? items : null;
  }
  return value;
}

/** The same rules and words as the server (`validateAnswers`), for one question. */
export function answerValidator(question: FormQuestion): ValidatorFn {
  return (control: AbstractControl) => {
    const value = normalizeAnswer(control.value as AnswerValue);
    const [problem] = validateAnswers([question], { [question.key]: value });
    return problem ? { answer: problem.message } : null;
  };
}

/** The value a question starts with: the pre-filled or saved answer, else its empty shape. */
function initialValue(question: FormQuestion, answers: Answers): AnswerValue {
  const value = answers[question.key];
  switch (question.type) {
    case 'multi_choice':
    case 'tags':
    case 'availability':
      return Array.isArray(value) ? [...value] : [];
    case 'short_text':
    case 'long_text':
      return typeof value === 'string' ? value : '';
    case 'number':
    case 'scale':
      return typeof value === 'number' ? value : null;
    case 'single_choice':
      return typeof value === 'string' ? value : null;
  }
}

export function answersForm(questions: readonly FormQuestion[], initial: Answers): AnswersForm {
  const form: AnswersForm = new FormRecord<FormControl<AnswerValue>>({});
  for (const question of questions) {
    form.addControl(
      question.key,
      new FormControl<AnswerValue>(initialValue(question, initial), {
        validators: answerValidator(question),
      }),
    );
  }
  return form;
}

/** What is sent: every question of the form, empty ones as null. */
export function answersOf(form: AnswersForm, questions: readonly FormQuestion[]): Answers {
  const raw = form.getRawValue();
  return Object.fromEntries(questions.map((q) => [q.key, normalizeAnswer(raw[q.key])]));
}

export interface AnswerProblem {
  key: string;
  label: string;
  /** The server's wording (`validateAnswers`), which names the question. */
  message: string;
}

/** Every problem of the answers, in form order, in the server's words. */
export function answerProblems(
  form: AnswersForm,
  questions: readonly FormQuestion[],
): AnswerProblem[] {
  const labels = new Map(questions.map((q) => [q.key, q.label]));
  const problems: AnswerProblem[] = [];
  for (const question of questions) {
    const errors = form.controls[question.key]?.errors;
    const message = errors?.['server'] ?? errors?.['answer'];
    if (typeof message === 'string') {
      problems.push({ key: question.key, label: labels.get(question.key) ?? '', message });
    }
  }
  return problems;
}

/** `answers.goal` → `goal`; other fields are not a question. */
export function questionKeyOf(field: string): string | null {
  const match = /^answers\.([^.]+)/.exec(field);
  return match?.[1] ?? null;
}

/**
 * Puts the server's 400 details on the questions they name. Returns the messages that matched
 * no question (for the summary).
 */
export function applyAnswerErrors(form: AnswersForm, details: readonly FieldError[]): string[] {
  const unmatched: string[] = [];
  for (const detail of details) {
    const key = questionKeyOf(detail.field);
    const control = key ? form.controls[key] : undefined;
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: detail.message });
      control.markAsTouched();
    } else {
      unmatched.push(detail.message);
    }
  }
  return unmatched;
}

/**
 * The message shown under a question, which already shows its label: "Goal is required" →
 * "This answer is required.", "Skills: at most 8" → "At most 8."
 */
export function inlineMessage(label: string, message: string): string {
  let text = message.trim();
  if (label && text.startsWith(label)) {
    const rest = text.slice(label.length).trim();
    text = rest.startsWith(':')
      ? capitalize(rest.slice(1).trim())
      : rest
        ? `This answer ${rest}`
        : text;
  }
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// --- sections ---------------------------------------------------------------------------------

export interface QuestionSection {
  id: string;
  title: string;
  intro: string;
  questions: FormQuestion[];
}

const PRACTICAL_KEYS = ['languages', 'availability', 'meeting_modes'];
const ROLE_SECTIONS: Readonly<
  Record<ParticipantRole, { id: string; title: string; intro: string; keys: string[] }>
> = {
  mentee: {
    id: 'goal',
    title: 'Your goal',
    intro: 'What you want to reach. Your mentor reads this first.',
    keys: ['goal', 'target_skills', 'preferred_seniority'],
  },
  mentor: {
    id: 'offer',
    title: 'What you offer',
    intro: 'What you can help with, and how many mentees you can take on.',
    keys: ['expertise', 'years_experience', 'capacity', 'avoid_topics'],
  },
};

/**
 * Groups the questions into a few sections people can scan (the role's own questions, then the
 * practicalities, then anything HR added), keeping the form's order inside each section.
 */
export function sectionsOf(
  questions: readonly FormQuestion[],
  role: ParticipantRole,
): QuestionSection[] {
  const own = ROLE_SECTIONS[role];
  const sections: QuestionSection[] = [
    {
      id: own.id,
      title: own.title,
      intro: own.intro,
      questions: questions.filter((q) => own.keys.includes(q.key)),
    },
    {
      id: 'practical',
      title: 'Practicalities',
      intro: 'How and when you can meet, so matching suggests people you can really meet.',
      questions: questions.filter((q) => PRACTICAL_KEYS.includes(q.key)),
    },
    {
      id: 'more',
      title: 'More questions',
      intro: 'Questions this program asks in addition.',
      questions: questions.filter(
        (q) => !own.keys.includes(q.key) && !PRACTICAL_KEYS.includes(q.key),
      ),
    },
  ];
  return sections.filter((section) => section.questions.length > 0);
}

import {
  AnswerValue,
  Answers,
  AVAILABILITY_DAY_LABELS,
  AVAILABILITY_DAYS,
  AVAILABILITY_PART_LABELS,
  AVAILABILITY_PARTS,
  FormQuestion,
} from '@mentorbridge/shared-contracts';

/** How one answer is shown. */
export type AnswerDisplay =
  | { kind: 'empty' }
  | { kind: 'text'; text: string; long: boolean }
  | { kind: 'chips'; items: string[] }
  | { kind: 'availability'; grid: AvailabilityGrid };

export interface AvailabilityGrid {
  days: { key: string; short: string; label: string }[];
  rows: { part: string; label: string; cells: { day: string; available: boolean }[] }[];
  /** Ticked slots, e.g. 6 of 15. */
  count: number;
  total: number;
}

export interface AnswerItem {
  key: string;
  label: string;
  required: boolean;
  display: AnswerDisplay;
}

export function isEmptyAnswer(value: AnswerValue | undefined): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

function optionLabel(question: FormQuestion, value: string): string {
  return question.options?.find((option) => option.value === value)?.label ?? value;
}

function asList(value: AnswerValue): string[] {
  if (Array.isArray(value)) {
    return value.map(String);
  }
  return value === null ? [] : [String(value)];
}

/** Weekday × part of day, with the ticked slots marked. */
export function availabilityGrid(slots: readonly string[]): AvailabilityGrid {
  const ticked = new Set(slots);
  return {
    days: AVAILABILITY_DAYS.map((day) => ({
      key: day,
      short: AVAILABILITY_DAY_LABELS[day].slice(0, 3),
      label: AVAILABILITY_DAY_LABELS[day],
    })),
    rows: AVAILABILITY_PARTS.map((part) => ({
      part,
      label: AVAILABILITY_PART_LABELS[part],
      cells: AVAILABILITY_DAYS.map((day) => ({ day, available: ticked.has(`${day}-${part}`) })),
    })),
    count: AVAILABILITY_DAYS.flatMap((d) => AVAILABILITY_PARTS.map((p) => `${d}-${p}`)).filter(
      (slot) => ticked.has(slot),
    ).length,
    total: AVAILABILITY_DAYS.length * AVAILABILITY_PARTS.length,
  };
}

/**
 * One answer in readable form: choice values become their option labels, lists become chips,
 * availability becomes a grid; empty answers say so.
 */
export function displayAnswer(
  question: FormQuestion,
  value: AnswerValue | undefined,
  formatNumber: (value: number) => string = String,
): AnswerDisplay {
  if (value === undefined || isEmptyAnswer(value)) {
    return { kind: 'empty' };
  }
  switch (question.type) {
    case 'short_text':
    case 'long_text':
      return { kind: 'text', text: String(value), long: question.type === 'long_text' };
    case 'number':
      return {
        kind: 'text',
        text: typeof value === 'number' ? formatNumber(value) : String(value),
        long: false,
      };
    case 'scale':
      return { kind: 'text', text: `${String(value)} of 5`, long: false };
    case 'single_choice':
      return { kind: 'text', text: optionLabel(question, String(value)), long: false };
    case 'multi_choice':
      return { kind: 'chips', items: asList(value).map((v) => optionLabel(question, v)) };
    case 'tags':
      return { kind: 'chips', items: asList(value) };
    case 'availability':
      return { kind: 'availability', grid: availabilityGrid(asList(value)) };
  }
}

export function answerItems(
  questions: readonly FormQuestion[],
  answers: Answers,
  formatNumber?: (value: number) => string,
): AnswerItem[] {
  return questions.map((question) => ({
    key: question.key,
    label: question.label,
    required: question.required,
    display: displayAnswer(question, answers[question.key], formatNumber),
  }));
}

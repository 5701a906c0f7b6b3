import { TestBed } from '@angular/core/testing';
import { Answers, FormDefinition, FormQuestion } from '@mentorbridge/shared-contracts';
import { AnswersViewComponent } from './answers-view.component';

const QUESTIONS: FormQuestion[] = [
  {
    key: 'goal',
    type: 'long_text',
    label: 'What do you want to reach, and why a mentor?',
    required: true,
  },
  { key: 'target_skills', type: 'tags', label: 'Skills you want to develop', required: true },
  {
    key: 'preferred_seniority',
    type: 'single_choice',
    label: 'How senior should your mentor be?',
    required: true,
    options: [
      { value: 'any', label: 'No preference' },
      { value: 'one_level_up', label: 'One level above me' },
    ],
  },
  {
    key: 'meeting_modes',
    type: 'multi_choice',
    label: 'How would you like to meet?',
    required: true,
    options: [
      { value: 'video', label: 'Video' },
      { value: 'walking', label: 'Walking' },
      { value: 'phone', label: 'Phone' },
    ],
  },
  { key: 'availability', type: 'availability', label: 'When could you meet?', required: true },
  { key: 'capacity', type: 'number', label: 'How many mentees?', required: false },
  { key: 'custom_note', type: 'short_text', label: 'Anything else?', required: false },
];

function form(questions = QUESTIONS): FormDefinition {
  return {
    id: 'f1',
    programId: 'p1',
    role: 'mentee',
    version: 3,
    questions,
    createdAt: '2027-01-01T00:00:00Z',
    createdBy: null,
  };
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function render(answers: Answers, definition = form()): HTMLElement {
  const fixture = TestBed.createComponent(AnswersViewComponent);
  fixture.componentRef.setInput('form', definition);
  fixture.componentRef.setInput('answers', answers);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

function answer(view: HTMLElement, key: string): HTMLElement {
  const element = view.querySelector<HTMLElement>(`[data-testid="answer-${key}"]`);
  if (!element) {
    throw new Error(`No answer for ${key}`);
  }
  return element;
}

describe('AnswersViewComponent', () => {
  it('shows every question label in form order', () => {
    const view = render({});
    expect([...view.querySelectorAll('dt')].map(text)).toEqual(QUESTIONS.map((q) => q.label));
  });

  it('shows tags as separate chips', () => {
    const view = render({ target_skills: ['Public speaking', 'Negotiation'] });
    const chips = [...answer(view, 'target_skills').querySelectorAll('li.chip')].map(text);
    expect(chips).toEqual(['Public speaking', 'Negotiation']);
  });

  it('shows choices by their option labels, not their stored values', () => {
    const view = render({
      preferred_seniority: 'one_level_up',
      meeting_modes: ['walking', 'video'],
    });
    expect(text(answer(view, 'preferred_seniority'))).toBe('One level above me');
    expect([...answer(view, 'meeting_modes').querySelectorAll('li')].map(text)).toEqual([
      'Walking',
      'Video',
    ]);
  });

  it('shows availability as a weekday × part-of-day grid that says which slots are free', () => {
    const view = render({ availability: ['tue-pm', 'mon-am', 'fri-midday'] });
    const grid = answer(view, 'availability').querySelector('table');
    expect(grid).not.toBeNull();
    const headers = [...(grid?.querySelectorAll('thead th') ?? [])].map(text);
    expect(headers).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    const rows = [...(grid?.querySelectorAll('tbody th') ?? [])].map(text);
    expect(rows).toEqual(['Morning', 'Lunchtime', 'Afternoon']);
    const on = [...(grid?.querySelectorAll('td.on') ?? [])].map((cell) =>
      cell.getAttribute('data-slot'),
    );
    expect(on.sort()).toEqual(['fri-midday', 'mon-am', 'tue-pm']);
    // Not by colour alone: each cell says it in words for screen readers.
    const spoken = (slot: string) =>
      text(grid?.querySelector(`[data-slot="${slot}"] .visually-hidden`) ?? null);
    expect(spoken('tue-pm')).toBe('Available');
    expect(spoken('wed-pm')).toBe('Not available');
    expect(text(grid?.querySelector('caption') ?? null)).toContain('3 of 15 time slots');
  });

  it('keeps the line breaks of long text', () => {
    const view = render({ goal: 'Lead my first team.\nLearn to delegate.' });
    const paragraph = answer(view, 'goal').querySelector('p.text.long');
    expect(paragraph?.textContent).toBe('Lead my first team.\nLearn to delegate.');
  });

  it('says "Not answered" for empty answers, whatever their shape', () => {
    const view = render({ goal: '  ', target_skills: [], custom_note: null });
    for (const key of ['goal', 'target_skills', 'custom_note', 'capacity', 'availability']) {
      expect(text(answer(view, key))).toBe('Not answered');
    }
  });

  it('formats numbers and keeps unknown choice values readable', () => {
    const view = render({ capacity: 3, preferred_seniority: 'retired_option' });
    expect(text(answer(view, 'capacity'))).toBe('3');
    expect(text(answer(view, 'preferred_seniority'))).toBe('retired_option');
  });
});

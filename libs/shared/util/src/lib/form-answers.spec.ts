import type { FormQuestion } from '@mentorbridge/shared-contracts';
import { validateAnswers } from './form-answers';

const FORM: FormQuestion[] = [
  { key: 'goal', type: 'long_text', label: 'Your goal', required: true, min: 20 },
  { key: 'target_skills', type: 'tags', label: 'Skills', required: true, max: 5 },
  {
    key: 'preferred_seniority',
    type: 'single_choice',
    label: 'Mentor seniority',
    required: false,
    options: [
      { value: 'any', label: 'Any' },
      { value: 'senior', label: 'Senior' },
    ],
  },
  { key: 'availability', type: 'availability', label: 'Availability', required: true },
  { key: 'capacity', type: 'number', label: 'Mentees', required: false, min: 1, max: 5 },
];

describe('validateAnswers', () => {
  it('accepts complete, well-formed answers', () => {
    expect(
      validateAnswers(FORM, {
        goal: 'Lead the pricing redesign with finance and sales teams',
        target_skills: ['stakeholder management'],
        preferred_seniority: 'senior',
        availability: ['mon-am', 'thu-pm'],
        capacity: 2,
      }),
    ).toEqual([]);
  });

  it('names every missing or malformed answer by its question', () => {
    expect(
      validateAnswers(FORM, {
        goal: 'Too short',
        target_skills: [],
        preferred_seniority: 'boss',
        availability: ['sun-am'],
        capacity: 9,
        shoe_size: 44,
      }),
    ).toEqual([
      { field: 'answers.shoe_size', message: 'is not a question of this form' },
      { field: 'answers.goal', message: 'Your goal needs at least 20 characters' },
      { field: 'answers.target_skills', message: 'Skills is required' },
      {
        field: 'answers.preferred_seniority',
        message: 'Mentor seniority: choose one of the options',
      },
      { field: 'answers.availability', message: 'Availability has an unknown time slot' },
      { field: 'answers.capacity', message: 'Mentees must be from 1 to 5' },
    ]);
  });

  it('lets optional questions stay empty', () => {
    const errors = validateAnswers(FORM, {
      goal: 'Lead the pricing redesign with finance and sales teams',
      target_skills: ['pricing'],
      availability: ['tue-midday'],
    });
    expect(errors).toEqual([]);
  });

  it('refuses a list with the same entry twice and too many tags', () => {
    const errors = validateAnswers(FORM, {
      goal: 'Lead the pricing redesign with finance and sales teams',
      target_skills: ['a', 'b', 'c', 'd', 'e', 'f'],
      availability: ['mon-am', 'mon-am'],
    });
    expect(errors.map((e) => e.message)).toEqual([
      'Skills: at most 5',
      'Availability lists something twice',
    ]);
  });
});

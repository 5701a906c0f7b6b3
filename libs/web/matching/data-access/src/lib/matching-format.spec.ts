import { CriterionScore } from '@mentorbridge/shared-contracts';
import { personLine, sentence, topReasons } from './matching-format';

function score(
  criterion: CriterionScore['criterion'],
  points: number,
  explanation: string,
): CriterionScore {
  return { criterion, value: 0.5, weight: 1, points, explanation };
}

describe('matching format', () => {
  it('describes a person by what is known of their title and department', () => {
    expect(personLine({ title: 'Head of Sales', department: 'Sales' })).toBe(
      'Head of Sales · Sales',
    );
    expect(personLine({ title: null, department: 'Finance' })).toBe('Finance');
    expect(personLine({ title: null, department: null })).toBe('');
  });

  it('gives the criteria that added most as reasons, best first, leaving out penalties', () => {
    const reasons = topReasons([
      score('language', 10, 'Both speak English'),
      score('skills', 30, '2 of 3 target skills'),
      score('avoid_topics', -8, 'Would rather not mentor on Negotiation'),
      score('availability', 20, 'Two common weekly slots'),
      score('department', 5, '   '),
      score('seniority', 4, 'Two levels apart'),
    ]);
    expect(reasons.map((r) => r.explanation)).toEqual([
      '2 of 3 target skills',
      'Two common weekly slots',
      'Both speak English',
    ]);
  });

  it('turns a server message into a sentence', () => {
    expect(sentence(' reason is required ')).toBe('Reason is required.');
    expect(sentence('Already done!')).toBe('Already done!');
  });
});

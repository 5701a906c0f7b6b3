import { assessGoal } from './goal-screening';

describe('assessGoal', () => {
  it('accepts a concrete goal with a reason for wanting a mentor', () => {
    const goal =
      'Lead the Q3 pricing redesign with finance and sales; I want a mentor who has run cross-team projects to help me plan stakeholder meetings.';
    expect(assessGoal(goal, 80)).toEqual({ flag: null, reasons: [] });
  });

  it('flags a goal shorter than the program minimum, saying how long it is', () => {
    const result = assessGoal('Become a team lead in data engineering next year', 80);
    expect(result.flag).toBe('too_short');
    expect(result.reasons[0]).toBe('The goal has 48 characters; the program asks for at least 80.');
  });

  it.each([
    'I want to grow my career and learn new skills and develop myself as a professional and more',
    'Personal development',
    'I would like to improve my skills',
  ])('flags the stock phrase %j as generic', (goal) => {
    expect(assessGoal(goal, 10).flag).toBe('generic');
  });

  it('reports both problems of a short generic goal, short first', () => {
    const result = assessGoal('Career growth', 80);
    expect(result.flag).toBe('too_short');
    expect(result.reasons).toHaveLength(2);
  });

  it('treats a missing goal as too short', () => {
    expect(assessGoal(undefined, 80).flag).toBe('too_short');
  });
});

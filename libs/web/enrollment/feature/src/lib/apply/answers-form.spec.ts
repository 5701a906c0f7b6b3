import { answersForm, answersOf, inlineMessage, sectionsOf } from './answers-form';
import { QUESTIONS } from './testing/fixtures';

describe('answers form', () => {
  it('sends blank text and empty lists as "no answer", trimmed like the server stores them', () => {
    const form = answersForm(QUESTIONS, { languages: ['English'] });
    form.controls['goal']?.setValue('  Lead the quarterly review.  ');
    form.controls['custom_team']?.setValue('   ');

    const answers = answersOf(form, QUESTIONS);
    expect(answers['goal']).toBe('Lead the quarterly review.');
    expect(answers['custom_team']).toBeNull();
    expect(answers['target_skills']).toBeNull();
    expect(answers['languages']).toEqual(['English']);
    expect(Object.keys(answers)).toEqual(QUESTIONS.map((q) => q.key));
  });

  it("words the server's messages for the question they sit under", () => {
    expect(inlineMessage('Your team name', 'Your team name is required')).toBe(
      'This answer is required.',
    );
    expect(inlineMessage('Skills', 'Skills: at most 8')).toBe('At most 8.');
    expect(inlineMessage('Goal', 'Something else went wrong.')).toBe('Something else went wrong.');
  });

  it("groups a mentee's questions into goal, practicalities and the program's own", () => {
    expect(
      sectionsOf(QUESTIONS, 'mentee').map((s) => [s.title, s.questions.map((q) => q.key)]),
    ).toEqual([
      ['Your goal', ['goal', 'target_skills', 'preferred_seniority']],
      ['Practicalities', ['languages', 'availability', 'meeting_modes']],
      ['More questions', ['custom_team', 'custom_hours', 'custom_confidence']],
    ]);
  });
});

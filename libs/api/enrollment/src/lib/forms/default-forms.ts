import {
  FormQuestion,
  MEETING_MODE_LABELS,
  MeetingMode,
  ParticipantRole,
  PREFERRED_SENIORITY_OPTIONS,
  YEARS_EXPERIENCE_OPTIONS,
} from '@mentorbridge/shared-contracts';

export const SKILL_SUGGESTIONS = [
  'Leadership',
  'People management',
  'Stakeholder management',
  'Public speaking',
  'Negotiation',
  'Product strategy',
  'Software architecture',
  'Data analysis',
  'Machine learning',
  'Project management',
  'Career planning',
  'Finance for non-finance managers',
  'Sales',
  'Customer success',
  'Design thinking',
  'Change management',
  'Giving feedback',
  'Work-life balance',
  'Hiring and interviewing',
  'Cross-team collaboration',
];

const LANGUAGE_SUGGESTIONS = [
  'English',
  'German',
  'French',
  'Spanish',
  'Portuguese',
  'Mandarin',
  'Hindi',
  'Arabic',
];

/** The default application forms: what matching needs to know, asked in plain words. */
export function defaultQuestions(
  role: ParticipantRole,
  program: { meetingModes: MeetingMode[]; defaultMentorCapacity: number },
): FormQuestion[] {
  const modes = program.meetingModes.map((m) => ({ value: m, label: MEETING_MODE_LABELS[m] }));
  const shared: FormQuestion[] = [
    {
      key: 'languages',
      type: 'tags',
      label:
        role === 'mentor'
          ? 'Languages you can mentor in'
          : 'Languages you would like to be mentored in',
      required: true,
      suggestions: LANGUAGE_SUGGESTIONS,
      max: 10,
    },
    {
      key: 'availability',
      type: 'availability',
      label: 'When could you usually meet?',
      help: 'Tick every slot that usually works; more slots make a match easier.',
      required: true,
    },
    {
      key: 'meeting_modes',
      type: 'multi_choice',
      label: 'How would you like to meet?',
      required: true,
      options: modes,
    },
  ];
  if (role === 'mentee') {
    return [
      {
        key: 'goal',
        type: 'long_text',
        label: 'What do you want to reach, and why a mentor?',
        help: 'Be concrete: the outcome you want in the next months, and what a more experienced colleague could help with. This is what your mentor will read first.',
        required: true,
        max: 2000,
      },
      {
        key: 'target_skills',
        type: 'tags',
        label: 'Skills you want to develop',
        required: true,
        suggestions: SKILL_SUGGESTIONS,
        max: 8,
      },
      {
        key: 'preferred_seniority',
        type: 'single_choice',
        label: 'How senior should your mentor be?',
        required: true,
        options: [...PREFERRED_SENIORITY_OPTIONS],
      },
      ...shared,
    ];
  }
  return [
    {
      key: 'expertise',
      type: 'tags',
      label: 'Areas you can mentor on',
      help: 'Skills and experiences you are happy to share.',
      required: true,
      suggestions: SKILL_SUGGESTIONS,
      max: 12,
    },
    {
      key: 'years_experience',
      type: 'single_choice',
      label: 'Years of professional experience',
      required: true,
      options: [...YEARS_EXPERIENCE_OPTIONS],
    },
    {
      key: 'capacity',
      type: 'number',
      label: 'How many mentees can you take on?',
      help: `The program suggests ${program.defaultMentorCapacity}.`,
      required: true,
      min: 1,
      max: 10,
    },
    ...shared,
    {
      key: 'avoid_topics',
      type: 'tags',
      label: 'Topics you would rather not mentor on',
      help: 'Optional. Matching will avoid mentees who mainly want these.',
      required: false,
      suggestions: SKILL_SUGGESTIONS,
      max: 10,
    },
  ];
}

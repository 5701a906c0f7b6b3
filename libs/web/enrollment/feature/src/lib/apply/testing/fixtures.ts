/** Test data only: what the API answers for the applicant's pages. */
import {
  ApplicantProfile,
  ApplicationDetail,
  ApplicationFormView,
  FormDefinition,
  FormQuestion,
  OpenCohort,
  ParticipantRole,
} from '@mentorbridge/shared-contracts';

export const COHORT_ID = 'c-spring';

/** One question of every type, as HR may set them up. */
export const QUESTIONS: FormQuestion[] = [
  {
    key: 'goal',
    type: 'long_text',
    label: 'What do you want to reach, and why a mentor?',
    help: 'Be concrete.',
    required: true,
    max: 2000,
  },
  {
    key: 'target_skills',
    type: 'tags',
    label: 'Skills you want to develop',
    required: true,
    suggestions: ['Public speaking', 'Negotiation', 'Leadership'],
    max: 8,
  },
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
    key: 'languages',
    type: 'tags',
    label: 'Languages you can mentor in',
    required: true,
    suggestions: ['English', 'German'],
  },
  {
    key: 'availability',
    type: 'availability',
    label: 'When could you usually meet?',
    help: 'Tick every slot that usually works.',
    required: true,
  },
  {
    key: 'meeting_modes',
    type: 'multi_choice',
    label: 'How would you like to meet?',
    required: true,
    options: [
      { value: 'video', label: 'Video' },
      { value: 'walking', label: 'Walking mentoring' },
    ],
  },
  { key: 'custom_team', type: 'short_text', label: 'Your team name', required: false, max: 40 },
  {
    key: 'custom_hours',
    type: 'number',
    label: 'Hours per month you can give',
    required: false,
    min: 1,
    max: 10,
  },
  { key: 'custom_confidence', type: 'scale', label: 'How confident do you feel?', required: false },
];

export function formDefinition(
  role: ParticipantRole = 'mentee',
  questions = QUESTIONS,
): FormDefinition {
  return {
    id: `form-${role}`,
    programId: 'p1',
    role,
    version: 1,
    questions,
    createdAt: '2027-01-01T10:00:00Z',
    createdBy: null,
  };
}

export function openCohort(overrides: Partial<OpenCohort> = {}): OpenCohort {
  return {
    cohortId: COHORT_ID,
    cohortName: 'Spring 2027',
    programId: 'p1',
    programName: 'Growth Circles',
    format: 'group',
    strategicDriver: 'Grow leaders from within instead of hiring them.',
    outcomes: ['Mentees can lead a team meeting confidently'],
    startDate: '2027-03-01',
    endDate: '2027-11-30',
    cadenceWeeks: 3,
    durationMonths: 9,
    meetingModes: ['video', 'walking'],
    mine: [
      {
        role: 'mentor',
        invitationId: null,
        invitationStatus: null,
        applicationId: null,
        applicationStatus: null,
      },
      {
        role: 'mentee',
        invitationId: null,
        invitationStatus: null,
        applicationId: null,
        applicationStatus: null,
      },
    ],
    ...overrides,
  };
}

export const PROFILE: ApplicantProfile = {
  department: 'Finance',
  title: 'Analyst',
  location: 'Lisbon',
  seniorityLevel: 2,
  manager: { id: 'm1', displayName: 'Marta Costa', email: 'marta@example.org' },
  languages: ['English', 'Portuguese'],
  timeZone: 'Europe/Lisbon',
};

export function formView(overrides: Partial<ApplicationFormView> = {}): ApplicationFormView {
  return {
    cohort: openCohort(),
    role: 'mentee',
    form: formDefinition('mentee'),
    eligibility: { eligible: true, reasons: [] },
    prefill: { languages: ['English', 'Portuguese'] },
    profile: PROFILE,
    minGoalLength: 80,
    existingApplicationId: null,
    ...overrides,
  };
}

export const CLEAR_GOAL =
  'By September I want to run our quarterly budget review on my own and present it to the ' +
  'leadership team; a mentor who has done this could help me prepare and handle questions.';

export function applicationDetail(overrides: Partial<ApplicationDetail> = {}): ApplicationDetail {
  return {
    id: 'app-1',
    cohortId: COHORT_ID,
    applicant: { id: 'u1', displayName: 'Mia Lopez', email: 'mia@example.org' },
    role: 'mentee',
    status: 'submitted',
    goalFlag: null,
    highlight: CLEAR_GOAL.slice(0, 40),
    department: 'Finance',
    seniorityLevel: 2,
    submittedAt: '2027-02-10T09:30:00Z',
    decidedAt: null,
    programId: 'p1',
    programName: 'Growth Circles',
    cohortName: 'Spring 2027',
    cohortState: 'recruiting',
    form: formDefinition('mentee'),
    answers: {
      goal: CLEAR_GOAL,
      target_skills: ['Public speaking'],
      preferred_seniority: 'one_level_up',
      languages: ['English'],
      availability: ['mon-am', 'tue-pm'],
      meeting_modes: ['video'],
      custom_team: null,
      custom_hours: null,
      custom_confidence: null,
    },
    profile: PROFILE,
    goalFlagReasons: [],
    decisionReason: null,
    decisionMessage: null,
    decidedBy: null,
    withdrawnAt: null,
    canEdit: true,
    canWithdraw: true,
    ...overrides,
  };
}

import { randomUUID } from 'node:crypto';
import { BUILT_IN_ITEMS } from '@mentorbridge/api-readiness';
import {
  CohortState,
  DEFAULT_READINESS_THRESHOLDS,
  ReadinessDimension,
  RespondentRole,
} from '@mentorbridge/shared-contracts';
import { Random } from '@mentorbridge/shared-util';
import type { EntityManager } from 'typeorm';

/** Mean answer (1–5) per dimension a demo assessment's respondents lean towards. */
type Leaning = Record<ReadinessDimension, number>;

interface DemoAssessment {
  title: string;
  scopeLabel: string;
  completedAt: string | null;
  createdAt: string;
  leaning: Leaning;
  respondents: { key: string; role: RespondentRole; answers: boolean }[];
}

interface DemoProgram {
  name: string;
  strategicDriver: string;
  outcomes: string[];
  format: string;
  durationMonths: number;
  cadenceWeeks: number;
  capacity: number;
  meetingModes: string[];
  matchingMode: string;
  ownerKeys: string[];
  createdAt: string;
  assessments: DemoAssessment[];
  cohort: {
    name: string;
    startDate: string;
    endDate: string;
    path: { to: CohortState; at: string }[];
  };
}

const HR = 'hr-lead';
const PEOPLE_HEAD = 'People & Culture:head';

const PROGRAMS: DemoProgram[] = [
  {
    name: 'Emerging Leaders',
    strategicDriver:
      'Fill at least 60% of new manager roles from within by preparing high-potential people for their first leadership role.',
    outcomes: [
      'Mentees can run a one-to-one and a team meeting with confidence',
      'Mentees have a written development plan agreed with their manager',
      'Mentees can give and receive difficult feedback',
    ],
    format: 'one_on_one',
    durationMonths: 9,
    cadenceWeeks: 4,
    capacity: 2,
    meetingModes: ['video', 'in_person', 'walking'],
    matchingMode: 'admin_bulk',
    ownerKeys: [HR, PEOPLE_HEAD],
    createdAt: '2025-08-01T09:00:00Z',
    assessments: [
      {
        title: 'Readiness check 2025',
        scopeLabel: 'Whole organisation',
        createdAt: '2025-08-20T09:00:00Z',
        completedAt: '2025-09-10T16:00:00Z',
        leaning: { structural: 3.4, cultural: 3.9, financial: 2.6, purpose: 3.8 },
        respondents: [
          { key: HR, role: 'hr', answers: true },
          { key: 'coo', role: 'sponsor', answers: true },
          { key: 'Engineering:manager:0', role: 'manager', answers: true },
        ],
      },
      {
        title: 'Readiness check 2026',
        scopeLabel: 'Whole organisation',
        createdAt: '2026-08-01T09:00:00Z',
        completedAt: '2026-08-20T15:00:00Z',
        leaning: { structural: 4.4, cultural: 4.3, financial: 4.0, purpose: 4.6 },
        respondents: [
          { key: HR, role: 'hr', answers: true },
          { key: 'coo', role: 'sponsor', answers: true },
          { key: 'Engineering:manager:0', role: 'manager', answers: true },
          { key: 'Sales:manager:0', role: 'manager', answers: true },
        ],
      },
    ],
    cohort: {
      name: 'Autumn 2026',
      startDate: '2026-10-01',
      endDate: '2027-06-30',
      path: [
        { to: 'recruiting', at: '2026-08-25T10:00:00Z' },
        { to: 'matching', at: '2026-09-20T10:00:00Z' },
        { to: 'active', at: '2026-10-01T08:00:00Z' },
      ],
    },
  },
  {
    name: 'Growth Circles',
    strategicDriver:
      'Give everyone access to a mentor outside their reporting line, to spread know-how across departments and keep good people longer.',
    outcomes: [
      'Each mentee reaches one concrete goal they set in the first month',
      'Mentees build a relationship with at least one senior person outside their department',
    ],
    format: 'group',
    durationMonths: 6,
    cadenceWeeks: 2,
    capacity: 5,
    meetingModes: ['video', 'in_person'],
    matchingMode: 'mentee_choice',
    ownerKeys: [HR],
    createdAt: '2026-09-01T09:00:00Z',
    assessments: [
      {
        title: 'Readiness check 2026',
        scopeLabel: 'Whole organisation',
        createdAt: '2026-09-20T09:00:00Z',
        completedAt: '2026-10-15T12:00:00Z',
        leaning: { structural: 3.9, cultural: 4.1, financial: 3.7, purpose: 4.2 },
        respondents: [
          { key: HR, role: 'hr', answers: true },
          { key: 'Engineering:head', role: 'sponsor', answers: true },
          { key: 'Data:manager:0', role: 'manager', answers: true },
        ],
      },
    ],
    cohort: {
      name: 'Spring 2027',
      startDate: '2027-01-15',
      endDate: '2027-07-15',
      path: [{ to: 'recruiting', at: '2026-11-10T09:00:00Z' }],
    },
  },
  {
    name: 'Reverse Mentoring: Digital Fluency',
    strategicDriver:
      'Help senior leaders understand the tools and habits of digital-native colleagues, and give juniors visibility with leadership.',
    outcomes: [
      'Each leader adopts one new digital practice in their team',
      'Mentors present their perspective to the leadership team',
    ],
    format: 'reverse',
    durationMonths: 4,
    cadenceWeeks: 3,
    capacity: 1,
    meetingModes: ['video', 'phone'],
    matchingMode: 'manual',
    ownerKeys: [HR],
    createdAt: '2026-10-20T09:00:00Z',
    assessments: [
      {
        title: 'First readiness check',
        scopeLabel: 'Leadership team',
        createdAt: '2026-10-25T09:00:00Z',
        completedAt: '2026-11-05T17:00:00Z',
        leaning: { structural: 2.9, cultural: 4.0, financial: 2.3, purpose: 3.9 },
        respondents: [
          { key: HR, role: 'hr', answers: true },
          { key: 'ceo', role: 'sponsor', answers: true },
          { key: 'Marketing:manager:0', role: 'manager', answers: true },
        ],
      },
      {
        title: 'Re-check after budget approval',
        scopeLabel: 'Leadership team',
        createdAt: '2026-11-20T09:00:00Z',
        completedAt: null,
        leaning: { structural: 3.6, cultural: 4.0, financial: 3.8, purpose: 4.0 },
        respondents: [
          { key: HR, role: 'hr', answers: false },
          { key: 'ceo', role: 'sponsor', answers: true },
          { key: 'Marketing:manager:0', role: 'manager', answers: false },
        ],
      },
    ],
    cohort: { name: 'Pilot 2027', startDate: '2027-02-01', endDate: '2027-06-01', path: [] },
  },
];

/**
 * Three programs of different formats: one with completed assessments (a re-assessment showing
 * progress) and an active cohort, one recruiting, and one draft whose assessment fails on budget
 * and structure, with its recommendations and an open re-check waiting for answers.
 */
export interface SeededProgram {
  programId: string;
  cohortId: string;
  cohortState: CohortState;
  meetingModes: string[];
  capacity: number;
}

export async function seedPrograms(
  manager: EntityManager,
  idOf: (key: string) => string,
  random: Random,
): Promise<Map<string, SeededProgram>> {
  const seeded = new Map<string, SeededProgram>();
  for (const program of PROGRAMS) {
    const programId = randomUUID();
    await manager.query(
      `INSERT INTO program (id, name, strategic_driver, outcomes, format, default_duration_months, cadence_weeks,
                            default_mentor_capacity, meeting_modes, matching_mode, rematch_buffer_days,
                            contact_options, suppression_threshold, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9::text[], $10, 14,
               '{stay_in_touch,no_further_contact}', 5, $11, $12, $12)`,
      [
        programId,
        program.name,
        program.strategicDriver,
        program.outcomes,
        program.format,
        program.durationMonths,
        program.cadenceWeeks,
        program.capacity,
        program.meetingModes,
        program.matchingMode,
        idOf(HR),
        program.createdAt,
      ],
    );
    for (const key of program.ownerKeys) {
      await manager.query(
        `INSERT INTO role_grant (user_id, role, program_id) VALUES ($1, 'admin', $2)`,
        [idOf(key), programId],
      );
    }
    for (const assessment of program.assessments) {
      await seedAssessment(manager, programId, assessment, idOf, random);
    }
    const cohortId = randomUUID();
    const state = program.cohort.path.at(-1)?.to ?? 'draft';
    await manager.query(
      `INSERT INTO cohort (id, program_id, name, start_date, end_date, state, version, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [
        cohortId,
        programId,
        program.cohort.name,
        program.cohort.startDate,
        program.cohort.endDate,
        state,
        program.cohort.path.length + 1,
        program.createdAt,
      ],
    );
    let from: CohortState = 'draft';
    for (const step of program.cohort.path) {
      await manager.query(
        `INSERT INTO cohort_transition (cohort_id, from_state, to_state, actor_id, at) VALUES ($1, $2, $3, $4, $5)`,
        [cohortId, from, step.to, idOf(HR), step.at],
      );
      from = step.to;
    }
    seeded.set(program.name, {
      programId,
      cohortId,
      cohortState: state,
      meetingModes: program.meetingModes,
      capacity: program.capacity,
    });
  }
  return seeded;
}

async function seedAssessment(
  manager: EntityManager,
  programId: string,
  assessment: DemoAssessment,
  idOf: (key: string) => string,
  random: Random,
): Promise<void> {
  const assessmentId = randomUUID();
  await manager.query(
    `INSERT INTO readiness_assessment (id, program_id, title, scope_label, status, thresholds, created_by_id,
                                       completed_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $9)`,
    [
      assessmentId,
      programId,
      assessment.title,
      assessment.scopeLabel,
      assessment.completedAt ? 'completed' : 'open',
      JSON.stringify(DEFAULT_READINESS_THRESHOLDS),
      idOf(HR),
      assessment.completedAt,
      assessment.createdAt,
    ],
  );
  const itemIds = BUILT_IN_ITEMS.map(() => randomUUID());
  for (const [position, item] of BUILT_IN_ITEMS.entries()) {
    await manager.query(
      `INSERT INTO readiness_assessment_item (id, assessment_id, source_key, dimension, text, help_text, recommendation, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        itemIds[position],
        assessmentId,
        `builtin:${item.code}`,
        item.dimension,
        item.text,
        item.helpText,
        item.recommendation,
        position,
      ],
    );
  }
  for (const respondent of assessment.respondents) {
    const respondentId = randomUUID();
    await manager.query(
      `INSERT INTO readiness_respondent (id, assessment_id, user_id, role, submitted_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        respondentId,
        assessmentId,
        idOf(respondent.key),
        respondent.role,
        respondent.answers ? (assessment.completedAt ?? assessment.createdAt) : null,
        assessment.createdAt,
      ],
    );
    if (!respondent.answers) continue;
    const scores = BUILT_IN_ITEMS.map((item) => {
      if (random.chance(0.04)) return null; // "don't know"
      const lean = assessment.leaning[item.dimension];
      return Math.min(5, Math.max(1, Math.round(lean + (random.next() - 0.5) * 1.6)));
    });
    await manager.query(
      `INSERT INTO readiness_answer (respondent_id, item_id, score)
       SELECT $1, item_id, score FROM unnest($2::uuid[], $3::smallint[]) AS t(item_id, score)`,
      [respondentId, itemIds, scores],
    );
  }
}

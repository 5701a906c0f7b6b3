import { randomUUID } from 'node:crypto';
import { defaultQuestions, invitationMail, SKILL_SUGGESTIONS } from '@mentorbridge/api-enrollment';
import {
  Answers,
  ApplicantProfile,
  ApplicationStatus,
  AVAILABILITY_SLOTS,
  DEFAULT_RECRUITMENT_SETTINGS,
  MeetingMode,
  ParticipantRole,
} from '@mentorbridge/shared-contracts';
import { assessGoal, Random } from '@mentorbridge/shared-util';
import type { EntityManager } from 'typeorm';
import type { DemoPerson } from './organisation';
import type { SeededProgram } from './programs';

const ACTIONS = [
  'structure difficult conversations with senior stakeholders',
  'prioritise when everything looks urgent',
  'build trust with teams in other departments',
  'negotiate scope and deadlines without burning bridges',
  'give feedback that actually lands',
  'plan and run my first hiring round',
  'grow my influence before I have the title',
  'protect deep work while my calendar fills up',
  'prepare for a promotion case and know what evidence counts',
  'present numbers to executives in ten minutes or less',
];
const OUTCOMES = [
  'step up from {title} to a lead role within the next twelve months',
  "present my team's roadmap to the leadership team by June",
  'run the quarterly planning for my team on my own next quarter',
  'move from individual work into managing two people this year',
  'lead a cross-department project from kick-off to launch',
  'switch into a product role and ship my first feature as its owner',
  'become the go-to person for data questions in my department',
  'get comfortable negotiating with our three largest customers',
];
const GENERIC_GOALS = [
  'I want to grow',
  'Personal development',
  'Learn new things and develop my career',
  'Career growth',
];

const STATUS_MIX: Record<ParticipantRole, [ApplicationStatus, number][]> = {
  mentee: [
    ['approved', 60],
    ['submitted', 32],
    ['waitlisted', 12],
    ['rejected', 8],
    ['withdrawn', 8],
  ],
  mentor: [
    ['approved', 36],
    ['submitted', 8],
    ['waitlisted', 3],
    ['rejected', 2],
    ['withdrawn', 1],
  ],
};

const REJECTION = {
  reason: 'Goal fits a coaching offer better than mentoring',
  message:
    'Thank you for applying. Your goal is about a specific technical skill, which our internal training covers better; we would love to see you apply to the next cohort with a broader goal.',
};

interface Applicant {
  person: DemoPerson;
  role: ParticipantRole;
  status: ApplicationStatus;
}

/**
 * The recruiting cohort of Growth Circles: about 120 mentee and 50 mentor applications in mixed
 * states (to screen, approved, waitlisted, not accepted, withdrawn), with realistic goals and
 * skills, the invitations that led to them, and the messages HR sent.
 */
export async function seedRecruitment(
  manager: EntityManager,
  people: DemoPerson[],
  idOf: (key: string) => string,
  cohort: SeededProgram,
  random: Random,
): Promise<number> {
  const hrId = idOf('hr-lead');
  const byKey = new Map(people.map((p) => [p.key, p]));
  const reserved = new Set([
    'hr-lead',
    'demo-mentor',
    'demo-mentee',
    'ceo',
    'coo',
    'People & Culture:head',
  ]);
  const pool = random.sample(
    people.filter((p) => !reserved.has(p.key) && p.managerKey),
    people.length,
  );
  const mentors = pool.filter((p) => p.seniorityLevel >= 3).slice(0, 50);
  const mentees = pool.filter((p) => p.seniorityLevel <= 4 && !mentors.includes(p)).slice(0, 120);
  const applicants: Applicant[] = [...assign(mentors, 'mentor'), ...assign(mentees, 'mentee')];

  const program = {
    meetingModes: cohort.meetingModes as MeetingMode[],
    defaultMentorCapacity: cohort.capacity,
  };
  const formIds = new Map<ParticipantRole, string>();
  for (const role of ['mentor', 'mentee'] as const) {
    const id = randomUUID();
    formIds.set(role, id);
    await manager.query(
      `INSERT INTO form_definition (id, program_id, role, version, questions, created_at, created_by_id)
       VALUES ($1, $2, $3, 1, $4::jsonb, '2026-11-08T10:00:00Z', $5)`,
      [id, cohort.programId, role, JSON.stringify(defaultQuestions(role, program)), hrId],
    );
  }
  await manager.query(
    `INSERT INTO recruitment_settings (program_id, settings) VALUES ($1, $2::jsonb)`,
    [cohort.programId, JSON.stringify(DEFAULT_RECRUITMENT_SETTINGS)],
  );

  // Everyone who applied was invited, plus some who have not answered or said no.
  const applicantKeys = new Set(applicants.map((a) => a.person.key));
  const silent = random.sample(
    people.filter(
      (p) => !applicantKeys.has(p.key) && !reserved.has(p.key) && p.seniorityLevel <= 4,
    ),
    25,
  );
  const mails = [];
  const context = {
    publicUrl: 'http://localhost:3000',
    cohortId: cohort.cohortId,
    cohortName: 'Spring 2027',
    programName: 'Growth Circles',
    strategicDriver: 'Give everyone access to a mentor outside their reporting line.',
  };
  for (const [index, invitee] of [
    ...applicants.map((a) => ({ person: a.person, role: a.role, status: 'applied' })),
    ...silent.map((person, i) => ({
      person,
      role: 'mentee' as const,
      status: i < 12 ? 'sent' : i < 19 ? 'opened' : 'declined',
    })),
  ].entries()) {
    const sentAt = day(10 + (index % 4));
    await manager.query(
      `INSERT INTO invitation (cohort_id, user_id, role, status, sent_at, opened_at, responded_at, invited_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        cohort.cohortId,
        idOf(invitee.person.key),
        invitee.role,
        invitee.status,
        sentAt,
        invitee.status === 'sent' ? null : day(12 + (index % 5)),
        ['applied', 'declined'].includes(invitee.status) ? day(13 + (index % 8)) : null,
        hrId,
      ],
    );
    mails.push({
      ...invitationMail(
        context,
        {
          id: idOf(invitee.person.key),
          email: invitee.person.email,
          displayName: invitee.person.displayName,
        },
        invitee.role,
        'Hana Reyes',
      ),
      sentAt,
    });
  }
  for (const mail of mails) {
    await manager.query(
      `INSERT INTO mail_message (to_address, to_user_id, subject, text, kind, context, status, attempts, created_at, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'sent', 1, $7, $7)`,
      [mail.to, mail.toUserId, mail.subject, mail.text, mail.kind, mail.context, mail.sentAt],
    );
  }

  for (const [index, applicant] of applicants.entries()) {
    const { person, role, status } = applicant;
    const answers =
      role === 'mentee'
        ? menteeAnswers(person, random, program.meetingModes)
        : mentorAnswers(person, random, program.meetingModes);
    const goal =
      role === 'mentee'
        ? assessGoal(answers['goal'] as string, DEFAULT_RECRUITMENT_SETTINGS.minGoalLength)
        : null;
    const managerPerson = person.managerKey ? byKey.get(person.managerKey) : undefined;
    const profile: ApplicantProfile = {
      department: person.department,
      title: person.title,
      location: person.location,
      seniorityLevel: person.seniorityLevel,
      languages: person.languages,
      timeZone: person.timeZone,
      manager: managerPerson
        ? {
            id: idOf(managerPerson.key),
            displayName: managerPerson.displayName,
            email: managerPerson.email,
          }
        : null,
    };
    const applicationId = randomUUID();
    const submittedAt = day(13 + (index % 11), index % 9);
    const decided = ['approved', 'rejected', 'waitlisted'].includes(status);
    await manager.query(
      `INSERT INTO application (id, cohort_id, user_id, role, form_id, answers, status, goal_flag, goal_flag_reasons,
                                profile, submitted_at, decided_at, decided_by_id, decision_reason, decision_message,
                                withdrawn_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9::text[], $10::jsonb, $11, $12, $13, $14, $15, $16, $11, $11)`,
      [
        applicationId,
        cohort.cohortId,
        idOf(person.key),
        role,
        formIds.get(role),
        JSON.stringify(answers),
        status,
        goal?.flag ?? null,
        goal?.reasons ?? [],
        JSON.stringify(profile),
        submittedAt,
        decided ? day(22 + (index % 3)) : null,
        decided ? hrId : null,
        status === 'rejected' ? REJECTION.reason : null,
        status === 'rejected' ? REJECTION.message : null,
        status === 'withdrawn' ? day(23) : null,
      ],
    );
    if (status === 'approved') {
      await manager.query(
        `INSERT INTO participant (cohort_id, user_id, role, application_id, capacity, status) VALUES ($1, $2, $3, $4, $5, 'active')`,
        [
          cohort.cohortId,
          idOf(person.key),
          role,
          applicationId,
          role === 'mentor' ? (answers['capacity'] as number) : 1,
        ],
      );
      await manager.query(
        `INSERT INTO role_grant (user_id, role, program_id) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, role, program_id) WHERE program_id IS NOT NULL DO NOTHING`,
        [idOf(person.key), role, cohort.programId],
      );
    }
  }
  return applicants.length;

  function assign(list: DemoPerson[], role: ParticipantRole): Applicant[] {
    const statuses = STATUS_MIX[role].flatMap(([status, count]) =>
      Array<ApplicationStatus>(count).fill(status),
    );
    return list.map((person, i) => ({ person, role, status: statuses[i] ?? 'submitted' }));
  }
}

export function menteeAnswers(person: DemoPerson, random: Random, modes: MeetingMode[]): Answers {
  const generic = random.chance(0.07);
  const goal = generic
    ? random.pick(GENERIC_GOALS)
    : `I want to ${random.pick(OUTCOMES).replace('{title}', person.title.toLowerCase())}. ` +
      `A mentor who has done this could help me ${random.pick(ACTIONS)}${random.chance(0.5) ? `, and ${random.pick(ACTIONS)}` : ''}.`;
  return {
    goal,
    target_skills: random.sample(SKILL_SUGGESTIONS, random.int(2, 3)),
    preferred_seniority: random.pick([
      'any',
      'one_level_up',
      'two_levels_up',
      'two_levels_up',
      'senior_leader',
    ]),
    languages: person.languages,
    availability: random.sample(AVAILABILITY_SLOTS, random.int(3, 7)),
    meeting_modes: random.sample(modes, random.int(1, modes.length)),
  };
}

export function mentorAnswers(person: DemoPerson, random: Random, modes: MeetingMode[]): Answers {
  const years = person.seniorityLevel >= 5 ? '20+' : person.seniorityLevel === 4 ? '11-20' : '6-10';
  return {
    expertise: random.sample(SKILL_SUGGESTIONS, random.int(3, 5)),
    years_experience: years,
    capacity: random.pick([1, 2, 2, 3, 3, 4]),
    languages: person.languages,
    availability: random.sample(AVAILABILITY_SLOTS, random.int(3, 8)),
    meeting_modes: random.sample(modes, random.int(1, modes.length)),
    ...(random.chance(0.3) ? { avoid_topics: random.sample(SKILL_SUGGESTIONS, 1) } : {}),
  };
}

/** A November 2026 date (recruitment opened on the 10th). */
function day(dayOfMonth: number, hour = 9): string {
  return new Date(Date.UTC(2026, 10, Math.min(dayOfMonth, 25), 8 + hour)).toISOString();
}

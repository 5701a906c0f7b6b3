import { randomUUID } from 'node:crypto';
import { defaultQuestions } from '@mentorbridge/api-enrollment';
import {
  computeRun,
  loadRunInputs,
  RunInputs,
  SOLVER_VERSION,
  withDefaults,
} from '@mentorbridge/api-matching';
import {
  ApplicantProfile,
  DEFAULT_RECRUITMENT_SETTINGS,
  MeetingMode,
  ParticipantRole,
  ProgramFormat,
} from '@mentorbridge/shared-contracts';
import { Random } from '@mentorbridge/shared-util';
import type { EntityManager } from 'typeorm';
import type { DemoPerson } from './organisation';
import type { SeededProgram } from './programs';
import { menteeAnswers, mentorAnswers } from './recruitment';

const HR = 'hr-lead';

export interface MatchingCohortPlan {
  cohortId: string;
  programId: string;
  format: ProgramFormat;
  meetingModes: MeetingMode[];
  /** ISO date-times of the story: applications, decisions, the run. */
  appliedAt: string;
  decidedAt: string;
  runAt: string;
  mentors: DemoPerson[];
  mentees: DemoPerson[];
  pins: [DemoPerson, DemoPerson][];
  bans: { mentor: DemoPerson; mentee: DemoPerson; reason: string }[];
}

/**
 * Matching in the demo: Emerging Leaders' active cohort ("Autumn 2026") was filled from a
 * published run whose pairs are active (the demo mentor and mentee are one of them), and a second
 * cohort ("Spring 2027") is in the matching stage with a draft run ready to review.
 */
export async function seedMatching(
  manager: EntityManager,
  people: DemoPerson[],
  idOf: (key: string) => string,
  leaders: SeededProgram,
  random: Random,
): Promise<{ matches: number; proposals: number }> {
  const taken: { user_id: string }[] = await manager.query(
    `SELECT DISTINCT user_id FROM application`,
  );
  const busy = new Set(taken.map((r) => r.user_id));
  const reserved = new Set([
    HR,
    'ceo',
    'coo',
    'People & Culture:head',
    'demo-mentor',
    'demo-mentee',
  ]);
  // People may take part in several programs; those not applying to Growth Circles come first.
  const shuffled = random.sample(
    people.filter((p) => !reserved.has(p.key) && p.managerKey),
    people.length,
  );
  const pool = [
    ...shuffled.filter((p) => !busy.has(idOf(p.key))),
    ...shuffled.filter((p) => busy.has(idOf(p.key))),
  ];
  const byKey = new Map(people.map((p) => [p.key, p]));
  const marcus = byKey.get('demo-mentor');
  const mia = byKey.get('demo-mentee');
  if (!marcus || !mia) throw new Error('The demo mentor and mentee are missing');
  const seniors = pool.filter((p) => p.seniorityLevel >= 3);
  const juniors = pool.filter((p) => p.seniorityLevel <= 3 && !seniors.slice(0, 24).includes(p));

  const formIds = await forms(manager, leaders, idOf(HR));
  const meetingModes = leaders.meetingModes as MeetingMode[];

  // The active cohort: 9 mentors (with Marcus) and 14 mentees (with Mia), all matched.
  const active: MatchingCohortPlan = {
    cohortId: leaders.cohortId,
    programId: leaders.programId,
    format: 'one_on_one',
    meetingModes,
    appliedAt: '2026-09-01T09:00:00Z',
    decidedAt: '2026-09-12T14:00:00Z',
    runAt: '2026-09-22T10:00:00Z',
    mentors: [marcus, ...seniors.slice(0, 8)],
    mentees: [mia, ...juniors.slice(0, 13)],
    pins: [[marcus, mia]],
    bans: [],
  };
  // The next intake, waiting for HR to review its draft run.
  const springId = await matchingCohort(manager, leaders.programId, idOf(HR));
  const mentorsNext = seniors.slice(8, 24);
  const menteesNext = juniors.slice(13, 49);
  const spring: MatchingCohortPlan = {
    cohortId: springId,
    programId: leaders.programId,
    format: 'one_on_one',
    meetingModes,
    appliedAt: '2026-11-02T09:00:00Z',
    decidedAt: '2026-11-16T15:00:00Z',
    runAt: '2026-11-24T09:30:00Z',
    mentors: mentorsNext,
    mentees: menteesNext,
    pins: [],
    bans:
      menteesNext[0] && mentorsNext[0]
        ? [
            {
              mentor: mentorsNext[0],
              mentee: menteesNext[0],
              reason: 'They negotiate against each other on the Nordics account',
            },
          ]
        : [],
  };

  let matches = 0;
  let proposals = 0;
  for (const plan of [active, spring]) {
    await participants(manager, plan, formIds, idOf, byKey, random);
    for (const [mentor, mentee] of plan.pins)
      await constraint(
        manager,
        plan,
        'pin',
        mentor,
        mentee,
        'Asked for each other after the kick-off',
        idOf,
      );
    for (const ban of plan.bans)
      await constraint(manager, plan, 'ban', ban.mentor, ban.mentee, ban.reason, idOf);
    const inputs: RunInputs = {
      ...(await loadRunInputs(manager, plan.cohortId, plan.programId, plan.format)),
      at: plan.runAt,
    };
    const settings = withDefaults(undefined);
    const output = computeRun(inputs, settings);
    const published = plan === active;
    const runId = randomUUID();
    const finished = new Date(new Date(plan.runAt).getTime() + 1800);
    await manager.query(
      `INSERT INTO match_run (id, cohort_id, number, state, settings, inputs, solver_version, progress, objective,
                              mentees, mentors, unmatched, created_by_id, created_at, finished_at, duration_ms)
       VALUES ($1, $2, 1, $3, $4::jsonb, $5::jsonb, $6, '{"phase":"done","percent":100}', $7::jsonb, $8, $9, $10::jsonb, $11, $12, $13, 1800)`,
      [
        runId,
        plan.cohortId,
        published ? 'published' : 'draft',
        JSON.stringify(settings),
        JSON.stringify(inputs),
        SOLVER_VERSION,
        JSON.stringify({
          matched: output.matched,
          totalScore: output.totalScore,
          optimal: output.optimal,
        }),
        inputs.mentees.length,
        inputs.mentors.length,
        JSON.stringify(output.unmatched),
        idOf(HR),
        plan.runAt,
        finished.toISOString(),
      ],
    );
    for (const p of output.proposals) {
      await manager.query(
        `INSERT INTO match_proposal (run_id, mentor_user_id, mentee_user_id, score, criteria)
         VALUES ($1, $2, $3, $4, $5::jsonb)`,
        [runId, p.mentorUserId, p.menteeUserId, p.score, JSON.stringify(p.criteria)],
      );
      proposals++;
      if (!published) continue;
      await manager.query(
        `INSERT INTO match (cohort_id, run_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response,
                            score, criteria, proposed_at, respond_by, activated_at)
         VALUES ($1, $2, $3, $4, 'active', 'accepted', 'accepted', $5, $6::jsonb, $7, $8, $9)`,
        [
          plan.cohortId,
          runId,
          p.mentorUserId,
          p.menteeUserId,
          p.score,
          JSON.stringify(p.criteria),
          finished.toISOString(),
          '2026-09-29T10:00:00Z',
          '2026-09-26T12:00:00Z',
        ],
      );
      matches++;
    }
  }
  return { matches, proposals };
}

async function forms(
  manager: EntityManager,
  program: SeededProgram,
  hrId: string,
): Promise<Map<ParticipantRole, string>> {
  const ids = new Map<ParticipantRole, string>();
  for (const role of ['mentor', 'mentee'] as const) {
    const id = randomUUID();
    ids.set(role, id);
    await manager.query(
      `INSERT INTO form_definition (id, program_id, role, version, questions, created_at, created_by_id)
       VALUES ($1, $2, $3, 1, $4::jsonb, '2026-08-25T10:00:00Z', $5)`,
      [
        id,
        program.programId,
        role,
        JSON.stringify(
          defaultQuestions(role, {
            meetingModes: program.meetingModes as MeetingMode[],
            defaultMentorCapacity: program.capacity,
          }),
        ),
        hrId,
      ],
    );
  }
  await manager.query(
    `INSERT INTO recruitment_settings (program_id, settings) VALUES ($1, $2::jsonb)
     ON CONFLICT (program_id) DO NOTHING`,
    [program.programId, JSON.stringify(DEFAULT_RECRUITMENT_SETTINGS)],
  );
  return ids;
}

async function matchingCohort(
  manager: EntityManager,
  programId: string,
  hrId: string,
): Promise<string> {
  const id = randomUUID();
  await manager.query(
    `INSERT INTO cohort (id, program_id, name, start_date, end_date, state, version, created_at, updated_at)
     VALUES ($1, $2, 'Spring 2027', '2027-03-01', '2027-11-30', 'matching', 3, '2026-10-20T09:00:00Z', '2026-11-20T10:00:00Z')`,
    [id, programId],
  );
  for (const [from, to, at] of [
    ['draft', 'recruiting', '2026-11-01T09:00:00Z'],
    ['recruiting', 'matching', '2026-11-20T10:00:00Z'],
  ]) {
    await manager.query(
      `INSERT INTO cohort_transition (cohort_id, from_state, to_state, actor_id, at) VALUES ($1, $2, $3, $4, $5)`,
      [id, from, to, hrId, at],
    );
  }
  return id;
}

/** Approved applications and participants for a cohort plan (answers drawn from the person). */
export async function participants(
  manager: EntityManager,
  plan: MatchingCohortPlan,
  formIds: Map<ParticipantRole, string>,
  idOf: (key: string) => string,
  byKey: Map<string, DemoPerson>,
  random: Random,
): Promise<void> {
  const everyone = [
    ...plan.mentors.map((person) => ({ person, role: 'mentor' as const })),
    ...plan.mentees.map((person) => ({ person, role: 'mentee' as const })),
  ];
  for (const { person, role } of everyone) {
    const answers =
      role === 'mentor'
        ? { ...mentorAnswers(person, random, plan.meetingModes), capacity: random.pick([1, 2, 2]) }
        : menteeAnswers(person, random, plan.meetingModes);
    if (person.key === 'demo-mentee') {
      answers['goal'] =
        'I want to lead the migration of our payments service to the new platform next year. A mentor who has led a large technical change could help me plan it and bring other teams along.';
      answers['target_skills'] = [
        'Change management',
        'Stakeholder management',
        'Software architecture',
      ];
    }
    if (person.key === 'demo-mentor') {
      answers['expertise'] = [
        'Software architecture',
        'Change management',
        'Stakeholder management',
      ];
      answers['capacity'] = 2;
    }
    const boss = person.managerKey ? byKey.get(person.managerKey) : undefined;
    const profile: ApplicantProfile = {
      department: person.department,
      title: person.title,
      location: person.location,
      seniorityLevel: person.seniorityLevel,
      languages: person.languages,
      timeZone: person.timeZone,
      manager: boss
        ? { id: idOf(boss.key), displayName: boss.displayName, email: boss.email }
        : null,
    };
    const applicationId = randomUUID();
    await manager.query(
      `INSERT INTO application (id, cohort_id, user_id, role, form_id, answers, status, goal_flag_reasons, profile,
                                submitted_at, decided_at, decided_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, 'approved', '{}', $7::jsonb, $8, $9, $10, $8, $9)`,
      [
        applicationId,
        plan.cohortId,
        idOf(person.key),
        role,
        formIds.get(role),
        JSON.stringify(answers),
        JSON.stringify(profile),
        plan.appliedAt,
        plan.decidedAt,
        idOf(HR),
      ],
    );
    await manager.query(
      `INSERT INTO participant (cohort_id, user_id, role, application_id, capacity, status)
       VALUES ($1, $2, $3, $4, $5, 'active')`,
      [
        plan.cohortId,
        idOf(person.key),
        role,
        applicationId,
        role === 'mentor' ? answers['capacity'] : 1,
      ],
    );
    await manager.query(
      `INSERT INTO role_grant (user_id, role, program_id) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, role, program_id) WHERE program_id IS NOT NULL DO NOTHING`,
      [idOf(person.key), role, plan.programId],
    );
  }
}

async function constraint(
  manager: EntityManager,
  plan: MatchingCohortPlan,
  kind: 'pin' | 'ban',
  mentor: DemoPerson,
  mentee: DemoPerson,
  reason: string,
  idOf: (key: string) => string,
): Promise<void> {
  await manager.query(
    `INSERT INTO match_constraint (cohort_id, kind, mentor_user_id, mentee_user_id, reason, created_by_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [plan.cohortId, kind, idOf(mentor.key), idOf(mentee.key), reason, idOf(HR), plan.decidedAt],
  );
}

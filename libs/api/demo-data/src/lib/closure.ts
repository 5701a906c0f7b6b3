import { randomUUID } from 'node:crypto';
import { EnvelopeCipher, newDataKey } from '@mentorbridge/api-core';
import type { ClosureReason, MeetingMode, ParticipantRole } from '@mentorbridge/shared-contracts';
import type { Random } from '@mentorbridge/shared-util';
import type { EntityManager } from 'typeorm';
import { MatchingCohortPlan, participants } from './matching';
import type { DemoPerson } from './organisation';
import type { SeededProgram } from './programs';

const HR = 'hr-lead';
const DAY_MS = 86_400_000;
const at = (iso: string, plusDays = 0) => new Date(new Date(iso).getTime() + plusDays * DAY_MS);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** How a pair of the closed cohort ended. */
interface Ending {
  kind: 'planned' | 'early';
  reason: ClosureReason;
  by: 'mentor' | 'mentee' | 'hr';
  on: string;
  /** Exit survey answers per side; null: not answered (HR chased). */
  mentor: Survey | null;
  mentee: Survey | null;
}

interface Survey {
  satisfaction: number;
  recommend: number;
  helped: string;
  change: string;
  contact: 'stay_in_touch' | 'no_further_contact';
}

const HELPED = [
  'Regular, honest feedback on real situations from my week',
  'Someone outside my team to think out loud with',
  'Practising the hard conversations before having them',
  'Being pushed to present my own work',
  'Introductions to people in other departments',
];
const CHANGE = [
  'A clearer structure for the first two sessions',
  'More time: six months went fast',
  'A kick-off with all pairs together',
  'Reminders closer to the session date',
  'Nothing; it worked well',
];
const CLOSED_GOALS = [
  'Lead a cross-team project end to end',
  'Give difficult feedback with confidence',
  'Present to the leadership team',
  'Build a network outside my department',
  'Prepare for a team lead role',
];

/**
 * Endings in the demo: a closed cohort of Emerging Leaders ("Spring 2026") whose closures are all
 * documented (planned completions, three early closures with reasons, exit surveys, goal
 * attainment); a cohort in its closing window ("Summer 2026", where the demo mentor has a second
 * mentee) for the planned-closure walk-through; and in the active cohort a no-fault early closure
 * still to document, pairing-fit answers (one poor) and an extension request for HR.
 */
export async function seedClosure(
  manager: EntityManager,
  people: DemoPerson[],
  idOf: (key: string) => string,
  leaders: SeededProgram,
  cipher: EnvelopeCipher,
  random: Random,
): Promise<{ closed: number; closing: number }> {
  const forms = await formIds(manager, leaders.programId);
  const byKey = new Map(people.map((p) => [p.key, p]));
  const busy = new Set(
    (
      (await manager.query(`SELECT DISTINCT user_id FROM participant`)) as { user_id: string }[]
    ).map((r) => r.user_id),
  );
  const reserved = new Set([HR, 'ceo', 'coo', 'demo-mentor', 'demo-mentee']);
  const free = random.sample(
    people.filter((p) => !reserved.has(p.key) && p.managerKey && !busy.has(idOf(p.key))),
    people.length,
  );
  const seniors = free.filter((p) => p.seniorityLevel >= 3);
  const juniors = free.filter((p) => p.seniorityLevel <= 2);
  const meetingModes = leaders.meetingModes as MeetingMode[];

  // --- Spring 2026: closed, every closure documented ---------------------------------------
  const springId = await cohort(manager, leaders.programId, idOf(HR), {
    name: 'Spring 2026',
    start: '2026-01-19',
    end: '2026-07-10',
    state: 'closed',
    path: [
      ['recruiting', '2025-11-17T09:00:00Z'],
      ['matching', '2025-12-15T09:00:00Z'],
      ['active', '2026-01-19T08:00:00Z'],
      ['closing', '2026-07-10T16:00:00Z'],
      ['closed', '2026-08-05T10:00:00Z'],
    ],
  });
  const springMentors = seniors.slice(0, 8);
  const springMentees = juniors.slice(0, 12);
  await participants(
    manager,
    plan(springId, leaders.programId, meetingModes, springMentors, springMentees, '2025-12-01'),
    forms,
    idOf,
    byKey,
    random,
  );
  const survey = (good: boolean): Survey => ({
    satisfaction: good ? random.pick([4, 5, 5, 4, 3]) : random.pick([2, 3, 2]),
    recommend: good ? random.pick([9, 10, 8, 7, 9, 6]) : random.pick([4, 6, 3, 7]),
    helped: random.pick(HELPED),
    change: random.pick(CHANGE),
    contact: good && random.chance(0.7) ? 'stay_in_touch' : 'no_further_contact',
  });
  const endings: Ending[] = springMentees.map((_, i) => {
    if (i === 9)
      return {
        kind: 'early',
        reason: 'fit',
        by: 'mentee',
        on: '2026-03-04T11:00:00Z',
        mentor: survey(false),
        mentee: survey(false),
      };
    if (i === 10)
      return {
        kind: 'early',
        reason: 'time',
        by: 'mentor',
        on: '2026-04-21T15:00:00Z',
        mentor: survey(false),
        mentee: null,
      };
    if (i === 11)
      return {
        kind: 'early',
        reason: 'left_organization',
        by: 'hr',
        on: '2026-05-14T09:30:00Z',
        mentor: survey(true),
        mentee: null,
      };
    const byPair = i < 3;
    return {
      kind: 'planned',
      reason: byPair ? 'completed' : 'cohort_closed',
      by: byPair ? 'mentor' : 'hr',
      on: byPair ? '2026-07-02T17:00:00Z' : '2026-07-10T16:00:00Z',
      mentor: i === 5 ? null : survey(true),
      mentee: survey(i !== 7),
    };
  });
  for (const [i, mentee] of springMentees.entries()) {
    const mentor = springMentors[i % springMentors.length];
    await endedPair(manager, cipher, random, {
      cohortId: springId,
      mentorId: idOf(mentor.key),
      menteeId: idOf(mentee.key),
      activatedAt: '2026-01-26T10:00:00Z',
      ending: endings[i],
      hrId: idOf(HR),
      goal: CLOSED_GOALS[i % CLOSED_GOALS.length],
    });
  }

  // --- Summer 2026: active, in its closing window (ends 2026-12-15) -------------------------
  const summerId = await cohort(manager, leaders.programId, idOf(HR), {
    name: 'Summer 2026',
    start: '2026-06-15',
    end: '2026-12-15',
    state: 'active',
    path: [
      ['recruiting', '2026-04-20T09:00:00Z'],
      ['matching', '2026-05-25T09:00:00Z'],
      ['active', '2026-06-15T08:00:00Z'],
    ],
  });
  const marcus = byKey.get('demo-mentor');
  if (!marcus) throw new Error('The demo mentor is missing');
  const summerMentors = [marcus, ...seniors.slice(8, 11)];
  const summerMentees = juniors.slice(12, 16);
  await participants(
    manager,
    plan(summerId, leaders.programId, meetingModes, summerMentors, summerMentees, '2026-05-04'),
    forms,
    idOf,
    byKey,
    random,
  );
  for (const [i, mentee] of summerMentees.entries()) {
    const matchId = randomUUID();
    const mentorId = idOf(summerMentors[i].key);
    const menteeId = idOf(mentee.key);
    await insertMatch(manager, {
      id: matchId,
      cohortId: summerId,
      mentorId,
      menteeId,
      state: 'active',
      activatedAt: '2026-06-22T10:00:00Z',
      endedAt: null,
    });
    const key = await pairKey(manager, cipher, matchId);
    await monthlySessions(manager, random, matchId, '2026-06-29T15:00:00Z', '2026-11-20T00:00:00Z');
    await fit(manager, cipher, key, matchId, { mentor: mentorId, mentee: menteeId }, 4, 5);
    const goalId = randomUUID();
    await manager.query(
      `INSERT INTO pair_goal (id, match_id, title_sealed, target_date, status, progress)
       VALUES ($1, $2, $3, '2026-12-01', 'open', $4)`,
      [goalId, matchId, cipher.sealText(key, CLOSED_GOALS[(i + 2) % 5], goalId), 60 + 10 * i],
    );
  }

  // --- Autumn 2026 (active): one no-fault exit to document, fit answers, an extension ask ----
  const autumn: { id: string; mentor_id: string; mentee_id: string; calm: boolean }[] =
    await manager.query(
      `SELECT m.id, m.mentor_user_id AS mentor_id, m.mentee_user_id AS mentee_id,
              NOT (m.mentor_user_id = $2 AND m.mentee_user_id = $3)
                AND NOT EXISTS (SELECT 1 FROM pair_flag f WHERE f.match_id = m.id)
                AND NOT EXISTS (SELECT 1 FROM mentoring_session s WHERE s.match_id = m.id AND s.status = 'no_show')
                AND NOT EXISTS (SELECT 1 FROM pulse_response r WHERE r.match_id = m.id AND r.satisfaction <= 3) AS calm
         FROM match m JOIN app_user u ON u.id = m.mentee_user_id
        WHERE m.cohort_id = $1 AND m.state = 'active' ORDER BY u.display_name`,
      [leaders.cohortId, idOf('demo-mentor'), idOf('demo-mentee')],
    );
  // Pairs with no other story (the at-risk stories stay as they are for HR to see).
  const others = autumn.filter((p) => p.calm);
  for (const p of autumn) {
    const key = await existingKey(manager, cipher, p.id);
    const held: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM mentoring_session WHERE match_id = $1 AND status = 'held'`,
      [p.id],
    );
    if (!held[0]?.n) continue;
    // The pair that ended (others[0]) and one still going (the last) answered poorly.
    const poor = p === others[0] || p === others[others.length - 1];
    await fit(
      manager,
      cipher,
      key,
      p.id,
      { mentor: p.mentor_id, mentee: p.mentee_id },
      poor ? 3 : random.pick([4, 5]),
      poor ? 2 : random.pick([4, 5, 5]),
      poor ? 'We rarely manage to meet and our goals do not overlap much.' : null,
      p === others[0] ? 'no' : 'unsure',
    );
  }
  const exit = others[0];
  if (exit) {
    const closedAt = at('2026-11-12T09:00:00Z');
    await manager.query(
      `UPDATE match SET state = 'closed_early', ended_at = $2, mentor_rematch_from = $2, mentee_rematch_from = $3
        WHERE id = $1`,
      [exit.id, closedAt, at(closedAt.toISOString(), 14)],
    );
    // Nothing happened after the ending: later sessions were never held.
    await manager.query(`DELETE FROM mentoring_session WHERE match_id = $1 AND scheduled_at > $2`, [
      exit.id,
      closedAt,
    ]);
    const key = await existingKey(manager, cipher, exit.id);
    await manager.query(
      `INSERT INTO match_closure (match_id, kind, reason, initiated_by, initiated_by_id, message_sealed, closed_at)
       VALUES ($1, 'early', 'fit', 'mentee', $2, $3, $4)`,
      [
        exit.id,
        exit.mentee_id,
        cipher.sealText(
          key,
          'Thank you for your time. I think someone closer to my field would help me more; no hard feelings.',
          `closure:${exit.id}:message`,
        ),
        closedAt,
      ],
    );
  }
  const asking = others[2];
  if (asking)
    await manager.query(
      `INSERT INTO match_extension (match_id, requested_side, requested_by_id, current_end, requested_end, reason, created_at)
       VALUES ($1, 'mentee', $2, '2027-06-30', '2027-09-30', $3, '2026-11-20T10:00:00Z')`,
      [
        asking.id,
        asking.mentee_id,
        'We started three weeks late after my team changed; we would like the summer to finish the project goal.',
      ],
    );
  return { closed: springMentees.length, closing: summerMentees.length };
}

function plan(
  cohortId: string,
  programId: string,
  meetingModes: MeetingMode[],
  mentors: DemoPerson[],
  mentees: DemoPerson[],
  appliedOn: string,
): MatchingCohortPlan {
  return {
    cohortId,
    programId,
    format: 'one_on_one',
    meetingModes,
    appliedAt: `${appliedOn}T09:00:00Z`,
    decidedAt: isoDay(at(`${appliedOn}T09:00:00Z`, 10)) + 'T14:00:00Z',
    runAt: isoDay(at(`${appliedOn}T09:00:00Z`, 20)) + 'T10:00:00Z',
    mentors,
    mentees,
    pins: [],
    bans: [],
  };
}

async function formIds(
  manager: EntityManager,
  programId: string,
): Promise<Map<ParticipantRole, string>> {
  const rows: { id: string; role: ParticipantRole }[] = await manager.query(
    `SELECT DISTINCT ON (role) id, role FROM form_definition WHERE program_id = $1 ORDER BY role, version DESC`,
    [programId],
  );
  return new Map(rows.map((r) => [r.role, r.id]));
}

async function cohort(
  manager: EntityManager,
  programId: string,
  hrId: string,
  c: { name: string; start: string; end: string; state: string; path: [string, string][] },
): Promise<string> {
  const id = randomUUID();
  await manager.query(
    `INSERT INTO cohort (id, program_id, name, start_date, end_date, state, version, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      programId,
      c.name,
      c.start,
      c.end,
      c.state,
      c.path.length + 1,
      c.path[0][1],
      c.path.at(-1)?.[1],
    ],
  );
  let from = 'draft';
  for (const [to, when] of c.path) {
    await manager.query(
      `INSERT INTO cohort_transition (cohort_id, from_state, to_state, actor_id, at) VALUES ($1, $2, $3, $4, $5)`,
      [id, from, to, hrId, when],
    );
    from = to;
  }
  return id;
}

async function insertMatch(
  manager: EntityManager,
  m: {
    id: string;
    cohortId: string;
    mentorId: string;
    menteeId: string;
    state: string;
    activatedAt: string;
    endedAt: Date | null;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO match (id, cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response,
                        proposed_at, activated_at, ended_at)
     VALUES ($1, $2, $3, $4, $5, 'accepted', 'accepted', $6, $7, $8)`,
    [
      m.id,
      m.cohortId,
      m.mentorId,
      m.menteeId,
      m.state,
      at(m.activatedAt, -4),
      m.activatedAt,
      m.endedAt,
    ],
  );
}

async function pairKey(manager: EntityManager, cipher: EnvelopeCipher, matchId: string) {
  const key = newDataKey();
  await manager.query(`INSERT INTO pair_key (match_id, wrapped) VALUES ($1, $2)`, [
    matchId,
    cipher.wrapKey(key, `pair:${matchId}`),
  ]);
  return key;
}

async function existingKey(manager: EntityManager, cipher: EnvelopeCipher, matchId: string) {
  const [row]: { wrapped: Buffer }[] = await manager.query(
    `SELECT wrapped FROM pair_key WHERE match_id = $1`,
    [matchId],
  );
  return row ? cipher.unwrapKey(row.wrapped, `pair:${matchId}`) : pairKey(manager, cipher, matchId);
}

/** Held sessions about every four weeks from `first` until `until` (one no-show now and then). */
async function monthlySessions(
  manager: EntityManager,
  random: Random,
  matchId: string,
  first: string,
  until: string,
): Promise<number> {
  let n = 0;
  for (let when = at(first); when < at(until); when = at(when.toISOString(), 28)) {
    const noShow = n > 0 && random.chance(0.08);
    await manager.query(
      `INSERT INTO mentoring_session (id, match_id, scheduled_at, duration_minutes, mode, status, no_show_by,
                                      logged_at, created_by_side)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'mentor')`,
      [
        randomUUID(),
        matchId,
        when,
        random.pick([45, 45, 60, 30]),
        random.pick(['video', 'in_person', 'video', 'walking']),
        noShow ? 'no_show' : 'held',
        noShow ? random.pick(['mentor', 'mentee']) : null,
        at(when.toISOString(), 0.1),
      ],
    );
    n++;
  }
  return n;
}

async function fit(
  manager: EntityManager,
  cipher: EnvelopeCipher,
  key: Buffer,
  matchId: string,
  ids: { mentor: string; mentee: string },
  mentorFit: number,
  menteeFit: number,
  menteeComment: string | null = null,
  poorAnswer: 'unsure' | 'no' = 'unsure',
): Promise<void> {
  for (const [side, score] of [
    ['mentor', mentorFit],
    ['mentee', menteeFit],
  ] as const) {
    const comment = side === 'mentee' ? menteeComment : null;
    await manager.query(
      `INSERT INTO pairing_fit_response (match_id, side, respondent_id, fit, continue_answer, comment_sealed, answered_at)
       SELECT $1, $2, $3, $4, $5, $6, min(s.scheduled_at) + interval '2 days'
         FROM mentoring_session s WHERE s.match_id = $1 AND s.status = 'held'
       HAVING count(*) > 0`,
      [
        matchId,
        side,
        ids[side],
        score,
        score <= 2 ? poorAnswer : 'yes',
        comment ? cipher.sealText(key, comment, `fit:${matchId}:${side}`) : null,
      ],
    );
  }
}

/** A pair of the closed cohort: sessions, a goal with its attainment, closure, exit surveys. */
async function endedPair(
  manager: EntityManager,
  cipher: EnvelopeCipher,
  random: Random,
  p: {
    cohortId: string;
    mentorId: string;
    menteeId: string;
    activatedAt: string;
    ending: Ending;
    hrId: string;
    goal: string;
  },
): Promise<void> {
  const matchId = randomUUID();
  const closedAt = at(p.ending.on);
  const early = p.ending.kind === 'early';
  await insertMatch(manager, {
    id: matchId,
    cohortId: p.cohortId,
    mentorId: p.mentorId,
    menteeId: p.menteeId,
    state: early ? 'closed_early' : 'completed',
    activatedAt: p.activatedAt,
    endedAt: closedAt,
  });
  const key = await pairKey(manager, cipher, matchId);
  await monthlySessions(manager, random, matchId, at(p.activatedAt, 7).toISOString(), p.ending.on);
  const poorFit = p.ending.reason === 'fit';
  await fit(
    manager,
    cipher,
    key,
    matchId,
    { mentor: p.mentorId, mentee: p.menteeId },
    poorFit ? 3 : 4,
    poorFit ? 2 : 5,
  );
  const goalId = randomUUID();
  const attainment = early ? 'not' : random.pick(['achieved', 'achieved', 'partly', 'not']);
  await manager.query(
    `INSERT INTO pair_goal (id, match_id, title_sealed, target_date, status, progress, attainment)
     VALUES ($1, $2, $3, '2026-06-30', $4, $5, $6)`,
    [
      goalId,
      matchId,
      cipher.sealText(key, p.goal, goalId),
      attainment === 'achieved' ? 'achieved' : attainment === 'partly' ? 'partly' : 'open',
      attainment === 'achieved' ? 100 : attainment === 'partly' ? 60 : 20,
      attainment,
    ],
  );
  await manager.query(
    `INSERT INTO match_closure (match_id, kind, reason, initiated_by, initiated_by_id, closed_at,
                                notes_warned_at, notes_deleted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      matchId,
      p.ending.kind,
      p.ending.reason,
      p.ending.by,
      p.ending.by === 'mentor' ? p.mentorId : p.ending.by === 'mentee' ? p.menteeId : p.hrId,
      closedAt,
      at(p.ending.on, 76),
      at(p.ending.on, 90),
    ],
  );
  await manager.query(
    `INSERT INTO closure_notice (match_id, kind, sent_at) VALUES ($1, 'survey_request', $2)`,
    [matchId, closedAt],
  );
  for (const side of ['mentor', 'mentee'] as const) {
    const answer = p.ending[side];
    const id = (what: string) => `closure:${matchId}:${side}:${what}`;
    await manager.query(
      `INSERT INTO closure_response (match_id, side, respondent_id, satisfaction, recommend, helped_sealed,
                                     change_sealed, contact_preference, contact_defaulted, answered_at, chased_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        matchId,
        side,
        answer ? (side === 'mentor' ? p.mentorId : p.menteeId) : null,
        answer?.satisfaction ?? null,
        answer?.recommend ?? null,
        answer ? cipher.sealText(key, answer.helped, id('helped')) : null,
        answer ? cipher.sealText(key, answer.change, id('change')) : null,
        answer?.contact ?? 'no_further_contact',
        !answer,
        answer ? at(p.ending.on, 3) : null,
        answer ? null : at(p.ending.on, 14),
      ],
    );
  }
}

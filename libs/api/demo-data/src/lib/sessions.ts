import { randomUUID } from 'node:crypto';
import { EnvelopeCipher, newDataKey } from '@mentorbridge/api-core';
import type { Random } from '@mentorbridge/shared-util';
import type { EntityManager } from 'typeorm';

const DAY_MS = 86_400_000;
const day = (iso: string, plus = 0) => new Date(new Date(iso).getTime() + plus * DAY_MS);

interface Pair {
  id: string;
  mentor_id: string;
  mentee_id: string;
  mentor_key: string | null;
  activated_at: Date;
}

/** How a demo pair's two months went. */
type Story = 'steady' | 'quiet' | 'no-shows' | 'struggling';

const GOALS = [
  {
    title: 'Lead a cross-team project end to end',
    why: 'To be ready for a team lead role next year',
    measure: 'The project ships with all three teams signed off',
    milestones: ['Map the stakeholders', 'Kick-off with the other teams', 'First delivery'],
  },
  {
    title: 'Give difficult feedback with confidence',
    why: 'I avoid hard conversations and it slows my team down',
    measure: 'Two feedback conversations held and reviewed with my mentor',
    milestones: ['Practise with my mentor', 'First real conversation'],
  },
  {
    title: 'Present to the leadership team',
    why: 'Visibility for the work my team does',
    measure: 'A 10-minute slot in the monthly leadership meeting',
    milestones: ['Draft the story', 'Dry run', 'Present'],
  },
];

/**
 * Two months of the active cohort (Emerging Leaders, Autumn 2026): sessions with realistic
 * attendance (some no-shows, a quiet pair), goals at different progress (one overdue milestone),
 * coordinator check-ins, pulse answers, two concerns, and the demo pair's notes. Texts are sealed
 * with each pair's key exactly as the application does.
 */
export async function seedSessions(
  manager: EntityManager,
  cohortId: string,
  hrId: string,
  demoPair: { mentorId: string; menteeId: string },
  cipher: EnvelopeCipher,
  random: Random,
  today = new Date('2026-11-25T12:00:00Z'),
): Promise<{ sessions: number; atRisk: number }> {
  // The demo pair first, then the others in a stable order (ids are random: ordering by id let
  // the demo pair land on a story index now and then, and that story went missing).
  const pairs: Pair[] = await manager.query(
    `SELECT m.id, m.mentor_user_id AS mentor_id, m.mentee_user_id AS mentee_id, NULL AS mentor_key, m.activated_at
       FROM match m JOIN app_user u ON u.id = m.mentee_user_id
      WHERE m.cohort_id = $1 AND m.state = 'active'
      ORDER BY (m.mentor_user_id = $2 AND m.mentee_user_id = $3) DESC, u.display_name, m.id`,
    [cohortId, demoPair.mentorId, demoPair.menteeId],
  );
  let sessions = 0;
  // A few pairs with a story HR should notice; the others are steady.
  const stories: Record<number, Story> = {
    1: 'quiet',
    4: 'no-shows',
    7: 'struggling',
    11: 'quiet',
  };
  let atRisk = 0;
  for (const [index, pair] of pairs.entries()) {
    const isDemo = pair.mentor_id === demoPair.mentorId && pair.mentee_id === demoPair.menteeId;
    const story: Story = isDemo ? 'steady' : (stories[index] ?? 'steady');
    if (story !== 'steady') atRisk++;
    const key = newDataKey();
    await manager.query(`INSERT INTO pair_key (match_id, wrapped) VALUES ($1, $2)`, [
      pair.id,
      cipher.wrapKey(key, `pair:${pair.id}`),
    ]);
    const start = new Date(pair.activated_at);
    const sessionId = () => randomUUID();
    const insertSession = async (
      at: Date,
      status: 'held' | 'no_show' | 'cancelled' | 'scheduled',
      extra: { noShowBy?: string; cancelledBy?: string; agenda?: string } = {},
    ) => {
      const id = sessionId();
      await manager.query(
        `INSERT INTO mentoring_session (id, match_id, scheduled_at, duration_minutes, mode, status, no_show_by,
                                        cancelled_by, cancelled_at, logged_at, created_by_side, agenda_sealed)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'mentor', $11)`,
        [
          id,
          pair.id,
          at,
          random.pick([30, 45, 45, 60]),
          random.pick(['video', 'video', 'in_person', 'walking']),
          status,
          extra.noShowBy ?? null,
          extra.cancelledBy ?? null,
          status === 'cancelled' ? day(at.toISOString(), -1) : null,
          status === 'scheduled' ? null : day(at.toISOString(), 0.1),
          extra.agenda ? cipher.sealText(key, extra.agenda, `${id}:agenda`) : null,
        ],
      );
      sessions++;
      return id;
    };
    // Every four weeks from the first week, as the program expects.
    const first = day(start.toISOString(), 5 + (index % 4));
    if (story === 'quiet') {
      await insertSession(first, 'held');
    } else if (story === 'no-shows') {
      await insertSession(first, 'held');
      await insertSession(day(first.toISOString(), 28), 'no_show', { noShowBy: 'mentee' });
      await insertSession(day(first.toISOString(), 42), 'no_show', { noShowBy: 'mentee' });
    } else {
      await insertSession(first, 'held');
      await insertSession(
        day(first.toISOString(), 28),
        index === 10 ? 'cancelled' : 'held',
        index === 10 ? { cancelledBy: 'mentor' } : {},
      );
      if (day(first.toISOString(), 56) < today)
        await insertSession(day(first.toISOString(), 56), 'held');
    }
    if (isDemo)
      await insertSession(day(today.toISOString(), 7), 'scheduled', {
        agenda: 'Migration plan: who to bring along first; feedback on the architecture review',
      });

    // Coordinator check-ins: most pairs had the day-14 one; the quiet pair none.
    const checkIns = story === 'quiet' ? 0 : story === 'no-shows' ? 2 : 1 + (index % 2);
    for (let k = 0; k < checkIns; k++) {
      await manager.query(
        `INSERT INTO coordinator_check_in (match_id, at, channel, outcome, by_id) VALUES ($1, $2, $3, $4, $5)`,
        [
          pair.id,
          day(start.toISOString(), k === 0 ? 13 : 29),
          random.pick(['call', 'meeting', 'email']),
          k === 0 ? 'Both keen; first session held, rhythm agreed' : 'Going well; goals set',
          hrId,
        ],
      );
    }

    // Pulse on day 30: both sides answered; the struggling pair is unhappy.
    for (const [side, respondent] of [
      ['mentor', pair.mentor_id],
      ['mentee', pair.mentee_id],
    ] as const) {
      const id = randomUUID();
      const satisfaction =
        story === 'struggling' ? 2 : story === 'no-shows' ? 3 : random.pick([4, 4, 5, 5, 3]);
      const comment =
        story === 'struggling' && side === 'mentee'
          ? 'We keep postponing and I am not sure we are a good fit.'
          : null;
      await manager.query(
        `INSERT INTO pulse_response (id, match_id, respondent_id, side, due_on, satisfaction, comment_sealed, answered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          id,
          pair.id,
          respondent,
          side,
          day(start.toISOString(), 30).toISOString().slice(0, 10),
          satisfaction,
          comment ? cipher.sealText(key, comment, id) : null,
          day(start.toISOString(), 31),
        ],
      );
    }

    // Goals at different progress; the no-shows pair has an overdue milestone.
    if (index % 3 !== 2 || isDemo) {
      const goal = isDemo
        ? {
            title: 'Lead the payments migration to the new platform',
            why: 'My first large technical change, and a step towards a staff role',
            measure: 'The migration plan is approved and the first service moves by March',
            milestones: [
              'Write the migration plan',
              'Review with the architects',
              'Move the first service',
            ],
          }
        : GOALS[index % GOALS.length];
      const goalId = randomUUID();
      const progress = isDemo ? 35 : [10, 40, 70][index % 3];
      await manager.query(
        `INSERT INTO pair_goal (id, match_id, title_sealed, why_sealed, measure_sealed, target_date, status, progress)
         VALUES ($1, $2, $3, $4, $5, '2027-03-31', 'open', $6)`,
        [
          goalId,
          pair.id,
          cipher.sealText(key, goal.title, goalId),
          cipher.sealText(key, goal.why, `${goalId}:why`),
          cipher.sealText(key, goal.measure, `${goalId}:measure`),
          progress,
        ],
      );
      for (const [k, title] of goal.milestones.entries()) {
        const id = randomUUID();
        const due = day(start.toISOString(), 45 * (k + 1))
          .toISOString()
          .slice(0, 10);
        const done = k === 0 && story !== 'no-shows';
        await manager.query(
          `INSERT INTO goal_milestone (id, goal_id, title_sealed, due_date, done_at) VALUES ($1, $2, $3, $4, $5)`,
          [id, goalId, cipher.sealText(key, title, id), due, done ? day(due, -2) : null],
        );
      }
      const updateId = randomUUID();
      await manager.query(
        `INSERT INTO goal_update (id, goal_id, author_side, progress, note_sealed, created_at) VALUES ($1, $2, 'mentee', $3, $4, $5)`,
        [
          updateId,
          goalId,
          progress,
          cipher.sealText(
            key,
            'First milestone done; next one needs more time than planned',
            updateId,
          ),
          day(start.toISOString(), 35),
        ],
      );
    }
    await manager.query(
      `INSERT INTO pair_phase (match_id, phase, updated_by_side) VALUES ($1, $2, 'mentor')`,
      [pair.id, story === 'steady' ? 'direction' : 'rapport'],
    );

    // Concerns: the struggling mentee raised one (open); a no-shows mentor one HR resolved.
    if (story === 'struggling' || story === 'no-shows') {
      const id = randomUUID();
      const byMentee = story === 'struggling';
      await manager.query(
        `INSERT INTO pair_flag (id, match_id, raised_by_id, raised_by_side, topic, urgency, message_sealed, status,
                                created_at, resolved_at, resolved_by_id, resolution)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          id,
          pair.id,
          byMentee ? pair.mentee_id : pair.mentor_id,
          byMentee ? 'mentee' : 'mentor',
          byMentee ? 'fit' : 'time',
          byMentee ? 'medium' : 'low',
          cipher.sealText(
            key,
            byMentee
              ? 'Our sessions keep getting moved and I am not sure this pairing works for me.'
              : 'My mentee missed two sessions; could HR check in with them?',
            id,
          ),
          byMentee ? 'open' : 'resolved',
          day(start.toISOString(), 45),
          byMentee ? null : day(start.toISOString(), 47),
          byMentee ? null : hrId,
          byMentee ? null : 'Called the mentee: a busy quarter; they will reschedule.',
        ],
      );
    }

    // The demo pair's notes: one shared, one private to the mentor.
    if (isDemo) {
      for (const [author, side, visibility, text] of [
        [
          pair.mentor_id,
          'mentor',
          'shared',
          'Agreed: Mia drafts the migration plan; we review it together next time.',
        ],
        [
          pair.mentor_id,
          'mentor',
          'private',
          'Mia undersells her work: push her to present the plan herself.',
        ],
        [
          pair.mentee_id,
          'mentee',
          'shared',
          'Questions for next time: how to get the platform team on board early?',
        ],
      ] as const) {
        const id = randomUUID();
        await manager.query(
          `INSERT INTO pair_note (id, match_id, author_id, author_side, visibility, body_sealed) VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, pair.id, author, side, visibility, cipher.sealText(key, text, id)],
        );
      }
    }
  }
  return { sessions, atRisk };
}

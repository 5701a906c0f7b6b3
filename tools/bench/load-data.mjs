// The organisation of `npm run bench:load` on top of the demo seed: the synthetic organisation of
// the dashboard benchmark (tools/bench/dashboard-data.mjs, set-based SQL) at a tenth of its size,
// then what the load benchmark needs besides:
//   - the program roles a participant gets when admitted (role_grant per program),
//   - HR leads for two programs each and executives, and a pool of mentors and mentees of active
//     pairs who can sign in (one password hash for all),
//   - readable confidential texts: the dashboard build stores random bytes where the product keeps
//     sealed texts (it never decrypts them), but the pair's own pages do. Every synthetic pair gets
//     a real data key wrapped with the API's master key, and its sealed texts (session agendas,
//     goals, milestones, concerns, pulse comments, fit comments, closure messages and exit
//     answers) are sealed again with it, by the product's own EnvelopeCipher and with the
//     associated data its services use.

/** Synthetic programs (dashboard-data.mjs names them "Bench program NN"). */
const BENCH_PROGRAM = `p.name LIKE 'Bench program %'`;
/** Matches of the synthetic programs. */
const BENCH_MATCHES = `SELECT m.id FROM match m JOIN cohort c ON c.id = m.cohort_id
                         JOIN program p ON p.id = c.program_id WHERE ${BENCH_PROGRAM}`;

export const LOAD_DOMAIN = 'load.bench.example.test';

/**
 * Steps after the dashboard build, on the same connection (they use its pg_temp.uid helper):
 * [label, sql, params?]. `hash`: the password hash of every account of the pool.
 */
export function loadSteps(pool, hash) {
  return [
    [
      'program roles of the participants',
      `INSERT INTO role_grant (user_id, role, program_id)
       SELECT DISTINCT pa.user_id, pa.role, c.program_id
         FROM participant pa JOIN cohort c ON c.id = pa.cohort_id
        WHERE pa.status = 'active'
       ON CONFLICT (user_id, role, program_id) WHERE program_id IS NOT NULL DO NOTHING`,
    ],
    [
      `${pool.hr} HR leads and ${pool.executives} executives`,
      `INSERT INTO app_user (id, email, display_name, password_hash, status, department, created_at)
       SELECT pg_temp.uid(kind, k), kind || k || '@${LOAD_DOMAIN}', label || ' ' || k, $1, 'active',
              department, now() - interval '900 days'
         FROM (SELECT 'hr' AS kind, 'HR lead' AS label, 'People' AS department, k
                 FROM generate_series(1, $2::int) k
               UNION ALL
               SELECT 'exec', 'Executive', 'Board', k FROM generate_series(1, $3::int) k) s`,
      [hash, pool.hr, pool.executives],
    ],
    [
      'their grants (HR leads: two synthetic programs each; executives: organisation-wide)',
      `INSERT INTO role_grant (user_id, role, program_id, granted_by_id)
       SELECT pg_temp.uid('hr', 1 + (p.n - 1) % $1), 'admin', p.id, pg_temp.uid('staff', 1)
         FROM (SELECT p.id, row_number() OVER (ORDER BY p.name) AS n FROM program p
                WHERE ${BENCH_PROGRAM}) p
       UNION ALL
       SELECT pg_temp.uid('exec', k), 'executive', NULL, pg_temp.uid('staff', 1)
         FROM generate_series(1, $2::int) k`,
      [pool.hr, pool.executives],
    ],
    [
      `sign-in pool: ${pool.mentors} mentors and ${pool.mentees} mentees of active pairs`,
      // Spread over the cohorts that are running; the mentees are not the pool mentors' mentees.
      `WITH running AS (
         SELECT m.mentor_user_id, m.mentee_user_id
           FROM match m JOIN cohort c ON c.id = m.cohort_id JOIN program p ON p.id = c.program_id
          WHERE ${BENCH_PROGRAM} AND m.state = 'active' AND c.state IN ('active', 'closing')
       ), mentors AS (
         SELECT mentor_user_id AS user_id FROM running GROUP BY mentor_user_id
          ORDER BY md5(mentor_user_id::text) LIMIT $1
       ), mentees AS (
         SELECT mentee_user_id AS user_id FROM running
          WHERE mentor_user_id NOT IN (SELECT user_id FROM mentors)
          GROUP BY mentee_user_id ORDER BY md5(mentee_user_id::text) LIMIT $2
       )
       UPDATE app_user u SET password_hash = $3
         FROM (SELECT user_id FROM mentors UNION SELECT user_id FROM mentees) s
        WHERE u.id = s.user_id`,
      [pool.mentors, pool.mentees, hash],
    ],
  ];
}

/**
 * The accounts of the pool, by role, with what each one reads and writes: mentors and mentees
 * with their active matches, HR leads with the running cohorts of their programs.
 */
export async function loadPool(db, hash) {
  const people = await db.query(
    `SELECT u.email, 'mentor' AS role, array_agg(m.id ORDER BY m.id) AS matches
       FROM app_user u JOIN match m ON m.mentor_user_id = u.id AND m.state = 'active'
      WHERE u.password_hash = $1 AND u.email LIKE 'person%'
        AND EXISTS (SELECT 1 FROM match x WHERE x.mentor_user_id = u.id AND x.id IN (${BENCH_MATCHES}))
      GROUP BY u.email
     UNION ALL
     SELECT u.email, 'mentee', array_agg(m.id ORDER BY m.id)
       FROM app_user u JOIN match m ON m.mentee_user_id = u.id AND m.state = 'active'
      WHERE u.password_hash = $1 AND u.email LIKE 'person%'
        AND NOT EXISTS (SELECT 1 FROM match x WHERE x.mentor_user_id = u.id AND x.state = 'active')
      GROUP BY u.email`,
    [hash],
  );
  const hr = await db.query(
    `SELECT u.email, array_agg(c.id ORDER BY c.id) AS cohorts
       FROM app_user u JOIN role_grant g ON g.user_id = u.id AND g.role = 'admin'
       JOIN cohort c ON c.program_id = g.program_id AND c.state IN ('active', 'closing')
      WHERE u.email LIKE 'hr%@${LOAD_DOMAIN}'
      GROUP BY u.email ORDER BY u.email`,
  );
  const executives = await db.query(
    `SELECT email FROM app_user WHERE email LIKE 'exec%@${LOAD_DOMAIN}' ORDER BY email`,
  );
  return {
    mentors: people.rows.filter((r) => r.role === 'mentor'),
    mentees: people.rows.filter((r) => r.role === 'mentee'),
    hr: hr.rows,
    executives: executives.rows,
  };
}

const TEXTS = {
  agenda: [
    'Review the last month; agree the next step on the stakeholder map',
    'Prepare the quarterly review: what went well, what to ask for',
    'Practise the difficult conversation with the product team',
    'Career path options: staff engineer or manager track',
  ],
  comment: [
    'Good rhythm, we keep our slot every other week',
    'Hard to find time this month',
    'Very useful conversations so far',
  ],
  concern: [
    'We keep rescheduling; could HR help us find a regular slot?',
    'I am not sure our goals still fit my new role',
  ],
  goal: [
    'Lead a cross-team project from start to finish',
    'Present at the engineering all-hands',
    'Build a network outside my department',
    'Get ready for a team-lead role',
  ],
  why: ['It is the next step the role asks for', 'My manager and I agreed it matters this year'],
  measure: ['A written plan reviewed with my manager', 'Feedback from two stakeholders'],
  milestone: ['First draft shared', 'Stakeholders interviewed', 'Plan agreed', 'Done and reviewed'],
  closure: ['Thank you for the conversations, they helped a lot', 'Time to move on, with thanks'],
  helped: ['Seeing how others handle ambiguity', 'A sounding board outside my team'],
  change: ['More regular meetings', 'Clearer goals from the start'],
};

/**
 * Where the product keeps sealed texts of a pair, and the associated data each service seals
 * them with (see the `sealText`/`seal` calls in libs/api/sessions and libs/api/closure).
 */
const SEALED = [
  {
    table: 'mentoring_session',
    key: ['id'],
    match: 't.match_id',
    columns: { agenda_sealed: ['agenda', (r) => `${r.id}:agenda`] },
  },
  {
    table: 'pulse_response',
    key: ['id'],
    match: 't.match_id',
    columns: { comment_sealed: ['comment', (r) => r.id] },
  },
  {
    table: 'pair_flag',
    key: ['id'],
    match: 't.match_id',
    columns: { message_sealed: ['concern', (r) => r.id] },
  },
  {
    table: 'pair_goal',
    key: ['id'],
    match: 't.match_id',
    columns: {
      title_sealed: ['goal', (r) => r.id],
      why_sealed: ['why', (r) => `${r.id}:why`],
      measure_sealed: ['measure', (r) => `${r.id}:measure`],
    },
  },
  {
    table: 'goal_milestone',
    key: ['id'],
    match: '(SELECT g.match_id FROM pair_goal g WHERE g.id = t.goal_id)',
    columns: { title_sealed: ['milestone', (r) => r.id] },
  },
  {
    table: 'pairing_fit_response',
    key: ['match_id', 'side'],
    match: 't.match_id',
    columns: { comment_sealed: ['comment', (r) => `fit:${r.match_id}:${r.side}`] },
  },
  {
    table: 'match_closure',
    key: ['match_id'],
    match: 't.match_id',
    columns: { message_sealed: ['closure', (r) => `closure:${r.match_id}:message`] },
  },
  {
    table: 'closure_response',
    key: ['match_id', 'side'],
    match: 't.match_id',
    columns: {
      helped_sealed: ['helped', (r) => `closure:${r.match_id}:${r.side}:helped`],
      change_sealed: ['change', (r) => `closure:${r.match_id}:${r.side}:change`],
    },
  },
];

const KEY_TYPES = { id: 'uuid', match_id: 'uuid', side: 'text' };
const BATCH = 5000;

/**
 * Gives every synthetic pair a data key wrapped with the master key (`cipher`: the product's
 * EnvelopeCipher) and seals its texts again with it. Returns the number of texts sealed.
 */
export async function sealSyntheticTexts(db, cipher, newDataKey) {
  const { rows } = await db.query(
    `SELECT k.match_id FROM pair_key k WHERE k.match_id IN (${BENCH_MATCHES})`,
  );
  const keys = new Map(rows.map((r) => [r.match_id, newDataKey()]));
  const ids = [...keys.keys()];
  for (let at = 0; at < ids.length; at += BATCH) {
    const batch = ids.slice(at, at + BATCH);
    await db.query(
      `UPDATE pair_key k SET wrapped = v.wrapped
         FROM unnest($1::uuid[], $2::bytea[]) AS v(match_id, wrapped) WHERE k.match_id = v.match_id`,
      [batch, batch.map((id) => cipher.wrapKey(keys.get(id), `pair:${id}`))],
    );
  }
  let sealed = 0;
  for (const spec of SEALED) {
    const columns = Object.keys(spec.columns);
    const { rows: found } = await db.query(
      `SELECT ${spec.key.map((k) => `t.${k}`).join(', ')}, ${spec.match} AS pair,
              ${columns.map((c) => `t.${c} IS NOT NULL AS has_${c}`).join(', ')}
         FROM ${spec.table} t
        WHERE (${columns.map((c) => `t.${c} IS NOT NULL`).join(' OR ')})`,
    );
    const mine = found.filter((r) => keys.has(r.pair));
    for (let at = 0; at < mine.length; at += BATCH) {
      const batch = mine.slice(at, at + BATCH);
      const params = spec.key.map((k) => batch.map((r) => r[k]));
      for (const [column, [kind, aad]] of Object.entries(spec.columns)) {
        params.push(
          batch.map((r, i) => {
            if (!r[`has_${column}`]) return null;
            sealed++;
            const texts = TEXTS[kind];
            return cipher.sealText(keys.get(r.pair), texts[(at + i) % texts.length], aad(r));
          }),
        );
      }
      const names = [...spec.key, ...columns];
      const types = [...spec.key.map((k) => KEY_TYPES[k]), ...columns.map(() => 'bytea')];
      await db.query(
        `UPDATE ${spec.table} t SET ${columns.map((c) => `${c} = v.${c}`).join(', ')}
           FROM unnest(${types.map((type, i) => `$${i + 1}::${type}[]`).join(', ')})
                AS v(${names.join(', ')})
          WHERE ${spec.key.map((k) => `t.${k} = v.${k}`).join(' AND ')}`,
        params,
      );
    }
  }
  return { pairs: keys.size, sealed };
}

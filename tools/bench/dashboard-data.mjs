// The synthetic organisation of `npm run bench:dashboard`, built with set-based SQL
// (INSERT … SELECT generate_series) straight into the product's schema, after its migrations.
// Every foreign key and CHECK constraint stays on. Randomness is a hash of a row number and a
// salt (pg_temp.r), so two builds of the same size give the same organisation (timestamps move
// with the clock: the data is always "over the last two years"). Sealed columns hold random
// bytes: the benchmark never decrypts them.

/** Sizes of the full benchmark; BENCH_SCALE multiplies people, matches and sessions. */
export function benchSizes(scale = 1) {
  return {
    participants: Math.round(100_000 * scale),
    matches: Math.round(40_000 * scale),
    sessions: Math.round(2_000_000 * scale),
    programs: 20,
    cohortsPerProgram: 10,
  };
}

export const STAFF = {
  hr: { email: 'bench.hr@example.test', name: 'Bench HR lead' },
  executive: { email: 'bench.exec@example.test', name: 'Bench executive' },
};

/** Random bytes standing for a sealed (encrypted) text of 16·n bytes. */
const sealed = (n) => Array.from({ length: n }, () => 'uuid_send(gen_random_uuid())').join(' || ');

/**
 * The build, step by step: [label, sql, params?]. Run them in order on one connection (the
 * helpers and staging tables live in pg_temp). `hashes`: the password hashes of the HR lead and
 * the executive.
 */
export function buildSteps(size, hashes) {
  const N = size.participants;
  const M = size.matches;
  const S = size.sessions;
  const P = size.programs;
  const CPP = size.cohortsPerProgram;
  const hr = `pg_temp.uid('staff', 1)`;
  return [
    [
      'helpers and staff',
      `SET work_mem = '256MB';
       SET maintenance_work_mem = '512MB';
       SET synchronous_commit = off;
       CREATE FUNCTION pg_temp.r(k bigint, salt int) RETURNS double precision
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$ SELECT (hashint8extended(k, salt) & 2147483647)::float8 / 2147483648.0 $$;
       CREATE FUNCTION pg_temp.uid(kind text, k bigint) RETURNS uuid
         LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT md5(kind || ':' || k)::uuid $$;`,
    ],
    [
      'staff (HR lead, executive)',
      `INSERT INTO app_user (id, email, display_name, password_hash, status, department, created_at)
       VALUES (pg_temp.uid('staff', 1), '${STAFF.hr.email}', '${STAFF.hr.name}', $1, 'active', 'People', now() - interval '900 days'),
              (pg_temp.uid('staff', 2), '${STAFF.executive.email}', '${STAFF.executive.name}', $2, 'active', 'Board', now() - interval '900 days')`,
      [hashes.hr, hashes.executive],
    ],
    [
      'role grants (HR lead: organisation-wide admin; executive)',
      `INSERT INTO role_grant (user_id, role, program_id, granted_by_id)
       VALUES (pg_temp.uid('staff', 1), 'admin', NULL, NULL),
              (pg_temp.uid('staff', 2), 'executive', NULL, pg_temp.uid('staff', 1))`,
    ],
    [
      'programs and forms',
      `CREATE TEMP TABLE b_program AS
       SELECT p, pg_temp.uid('program', p) AS id,
              (ARRAY[1, 2, 1, 2, 3])[1 + p % 5]::smallint AS cadence_weeks,
              (ARRAY[6, 9, 12, 6, 9, 12, 8])[1 + p % 7] AS months,
              (CASE WHEN p % 6 = 5 THEN 8 ELSE 5 END)::smallint AS k
         FROM generate_series(0, ${P - 1}) p;
       INSERT INTO program (id, name, strategic_driver, outcomes, format, default_duration_months,
                            cadence_weeks, default_mentor_capacity, meeting_modes, matching_mode,
                            contact_options, suppression_threshold, created_by_id, created_at, updated_at)
       SELECT id, 'Bench program ' || lpad((p + 1)::text, 2, '0'),
              'Synthetic program of the dashboard benchmark', '{retention,leadership}', 'one_on_one',
              months, cadence_weeks, 2, '{video,in_person,phone}', 'admin_bulk', '{stay_in_touch}', k,
              ${hr}, now() - interval '800 days', now() - interval '800 days'
         FROM b_program;
       INSERT INTO form_definition (id, program_id, role, version, questions, created_by_id)
       SELECT pg_temp.uid('form', p * 2 + x), id, (ARRAY['mentor', 'mentee'])[1 + x], 1,
              '[{"id":"goal","kind":"text","label":"What do you want to work on?"}]', ${hr}
         FROM b_program, generate_series(0, 1) x;`,
    ],
    [
      'cohorts',
      // Ten cohorts per program, starting every 76 days over the last two years (the last ones
      // in the coming weeks: recruiting or matching); people and matches shared out by weight.
      `CREATE TEMP TABLE b_cohort AS
       WITH base AS (
         SELECT p.p * ${CPP} + j AS c, p.p, j, p.id AS program_id, p.cadence_weeks,
                (CURRENT_DATE - 730 + j * 76 + (p.p * 7) / 2)::date AS start_date, p.months
           FROM b_program p, generate_series(0, ${CPP - 1}) j
       ), dated AS (
         SELECT *, (start_date + make_interval(months => months))::date AS end_date FROM base
       ), staged AS (
         SELECT *, pg_temp.uid('cohort', c) AS id,
                CASE WHEN start_date > CURRENT_DATE + 10 THEN 'recruiting'
                     WHEN start_date > CURRENT_DATE THEN 'matching'
                     WHEN end_date <= CURRENT_DATE THEN 'closed'
                     WHEN end_date <= CURRENT_DATE + 30 THEN 'closing'
                     ELSE 'active' END AS state,
                0.5 + pg_temp.r(c, 11) AS w
           FROM dated
       ), sized AS (
         SELECT *, floor(${N}::numeric * sum(w) OVER (ORDER BY c) / sum(w) OVER ())::int AS upto,
                CASE WHEN state IN ('active', 'closing', 'closed') THEN w ELSE 0 END AS mw
           FROM staged
       ), people AS (
         SELECT *, upto - COALESCE(lag(upto) OVER (ORDER BY c), 0) AS n_people,
                COALESCE(lag(upto) OVER (ORDER BY c), 0) + 1 AS first_user,
                floor(${M}::numeric * sum(mw) OVER (ORDER BY c) / sum(mw) OVER ())::int AS mupto
           FROM sized
       )
       SELECT c, p, j, id, program_id, cadence_weeks, start_date, end_date, state, n_people,
              first_user, round(n_people * 0.35)::int AS n_mentors,
              mupto - COALESCE(lag(mupto) OVER (ORDER BY c), 0) AS n_matches,
              COALESCE(lag(mupto) OVER (ORDER BY c), 0) AS first_match,
              CASE WHEN state = 'recruiting' THEN round(n_people * 0.45) ELSE round(n_people * 0.08) END::int AS n_extra,
              round(n_people * 0.25)::int AS n_unanswered
         FROM people;
       INSERT INTO cohort (id, program_id, name, start_date, end_date, state, created_at, updated_at)
       SELECT id, program_id, 'Cohort ' || (j + 1) || ' (' || to_char(start_date, 'Mon YYYY') || ')',
              start_date, end_date, state, start_date - 90, LEAST(now(), end_date + 1)
         FROM b_cohort;
       INSERT INTO match_run (id, cohort_id, number, state, settings, inputs, solver_version, progress,
                              mentees, mentors, created_by_id, created_at, finished_at, duration_ms)
       SELECT pg_temp.uid('run', c), id, 1, CASE WHEN state = 'matching' THEN 'draft' ELSE 'published' END,
              '{}', '{}', 'bench', '{"phase":"done","percent":100}', n_people - n_mentors, n_mentors,
              ${hr}, start_date - 7, start_date - 7, 2500
         FROM b_cohort WHERE state <> 'recruiting';`,
    ],
    [
      `people (${N.toLocaleString('en')} users)`,
      `CREATE TEMP TABLE b_person AS
       SELECT i, pg_temp.uid('user', i) AS user_id, c.c, c.id AS cohort_id, c.p, c.state,
              c.start_date, i - c.first_user AS local, c.n_mentors, c.n_matches,
              CASE WHEN i - c.first_user < c.n_mentors THEN 'mentor' ELSE 'mentee' END AS role
         FROM b_cohort c, generate_series(c.first_user, c.first_user + c.n_people - 1) i;
       INSERT INTO app_user (id, email, display_name, status, department, title, location,
                             seniority_level, languages, time_zone, manager_id, created_at, updated_at)
       SELECT user_id, 'person' || i || '@bench.example.test', 'Person ' || i, 'active',
              (ARRAY['Engineering', 'Sales', 'Finance', 'Operations', 'Marketing', 'People', 'Legal',
                     'Product', 'Support', 'Design'])[1 + i % 10],
              'Title ' || (1 + i % 40), (ARRAY['London', 'Paris', 'Berlin', 'Madrid', 'Lisbon', 'Dublin'])[1 + i % 6],
              CASE WHEN role = 'mentor' THEN 3 + i % 4 ELSE 1 + i % 3 END,
              CASE WHEN i % 6 = 1 THEN '{en,fr}'::text[] ELSE '{en}'::text[] END, 'Europe/London',
              CASE WHEN i > 1 THEN pg_temp.uid('user', 1 + (i - 1) / 10) END,
              now() - interval '900 days', now() - interval '900 days'
         FROM b_person;`,
    ],
    [
      'invitations and applications',
      `CREATE TEMP TABLE b_applicant AS
       SELECT c.id AS cohort_id, c.p, c.c, c.state, c.start_date, k,
              pg_temp.uid('user', (c.first_user + c.n_people + k - 1) % ${N} + 1) AS user_id,
              pg_temp.r(c.c * 100000 + k, 12) AS q
         FROM b_cohort c, generate_series(0, c.n_extra - 1) k;
       INSERT INTO invitation (cohort_id, user_id, role, status, sent_at, opened_at, responded_at, invited_by_id)
       SELECT cohort_id, user_id, role, 'applied', start_date - 60, start_date - 58, start_date - 50, ${hr}
         FROM b_person WHERE pg_temp.r(i, 13) < 0.8
       UNION ALL
       SELECT cohort_id, user_id, 'mentee', 'applied', start_date - 60, start_date - 57, start_date - 45, ${hr}
         FROM b_applicant
       UNION ALL
       SELECT c.id, pg_temp.uid('user', (c.first_user + c.n_people + c.n_extra + k - 1) % ${N} + 1), 'mentee',
              (ARRAY['sent', 'opened', 'opened', 'declined'])[1 + k % 4], c.start_date - 60,
              CASE WHEN k % 4 > 0 THEN c.start_date - 55 END, CASE WHEN k % 4 = 3 THEN c.start_date - 52 END, ${hr}
         FROM b_cohort c, generate_series(0, c.n_unanswered - 1) k;
       INSERT INTO application (id, cohort_id, user_id, role, form_id, answers, status, profile,
                                submitted_at, decided_at, decided_by_id, created_at, updated_at)
       SELECT pg_temp.uid('application', i), cohort_id, user_id, role,
              pg_temp.uid('form', p * 2 + (role = 'mentee')::int),
              jsonb_build_object('goal', 'Grow as a ' || role || ' in my current role'), 'approved',
              jsonb_build_object('department', 'Department ' || i % 10, 'title', 'Title ' || (1 + i % 40),
                                 'seniorityLevel', 1 + i % 6, 'languages', '["en"]'::jsonb, 'timeZone', 'Europe/London'),
              sub, sub + interval '5 days', ${hr}, sub, sub + interval '5 days'
         FROM (SELECT *, start_date - 45 + pg_temp.r(i, 14) * interval '25 days' AS sub FROM b_person) x;
       INSERT INTO application (cohort_id, user_id, role, form_id, answers, status, profile,
                                submitted_at, decided_at, decided_by_id, withdrawn_at, created_at, updated_at)
       SELECT cohort_id, user_id, 'mentee', pg_temp.uid('form', p * 2 + 1),
              '{"goal":"Learn from someone who has done it"}', status, '{"department":"Department 0"}',
              sub, CASE WHEN status IN ('rejected', 'waitlisted') THEN sub + interval '6 days' END,
              CASE WHEN status IN ('rejected', 'waitlisted') THEN ${hr} END,
              CASE WHEN status = 'withdrawn' THEN sub + interval '3 days' END, sub, sub
         FROM (SELECT *,
                      CASE WHEN state = 'recruiting' THEN (CASE WHEN q < 0.9 THEN 'submitted' ELSE 'waitlisted' END)
                           WHEN state = 'matching' THEN (CASE WHEN q < 0.5 THEN 'waitlisted' ELSE 'rejected' END)
                           WHEN state = 'active' AND q < 0.05 THEN 'submitted'
                           WHEN q < 0.65 THEN 'rejected' WHEN q < 0.9 THEN 'withdrawn' ELSE 'waitlisted' END AS status,
                      LEAST(start_date - 40 + q * interval '30 days', now() - interval '1 day') AS sub
                 FROM b_applicant) x;`,
    ],
    [
      'participants',
      `INSERT INTO participant (cohort_id, user_id, role, application_id, capacity, status, created_at, withdrawn_at)
       SELECT cohort_id, user_id, role, pg_temp.uid('application', i), CASE WHEN role = 'mentor' THEN 2 ELSE 1 END,
              CASE WHEN w THEN 'withdrawn' ELSE 'active' END, start_date - 30,
              CASE WHEN w THEN start_date - 10 END
         FROM (SELECT *, role = 'mentee' AND local - n_mentors >= n_matches AND pg_temp.r(i, 15) < 0.1 AS w
                 FROM b_person) x;`,
    ],
    [
      `matches (${M.toLocaleString('en')})`,
      `CREATE TEMP TABLE b_match AS
       WITH pairs AS (
         SELECT c.first_match + k AS g, c.c, c.id AS cohort_id, c.cadence_weeks, c.state AS cohort_state,
                c.start_date, c.end_date,
                pg_temp.uid('user', c.first_user + k % c.n_mentors) AS mentor_id,
                pg_temp.uid('user', c.first_user + c.n_mentors + k) AS mentee_id
           FROM b_cohort c, generate_series(0, c.n_matches - 1) k
       ), s AS (
         SELECT *, pg_temp.uid('match', g) AS id,
                CASE WHEN cohort_state = 'closed' THEN
                       CASE WHEN pg_temp.r(g, 31) < 0.03 THEN 'expired' WHEN pg_temp.r(g, 31) < 0.17 THEN 'closed_early' ELSE 'completed' END
                     ELSE CASE WHEN pg_temp.r(g, 31) < 0.04 THEN 'declined' WHEN pg_temp.r(g, 31) < 0.13 THEN 'closed_early' ELSE 'active' END
                END AS state
           FROM pairs
       ), a AS (
         SELECT *, CASE WHEN state NOT IN ('declined', 'expired') THEN
                     GREATEST(start_date::timestamptz,
                              LEAST(start_date + interval '34 hours' + pg_temp.r(g, 32) * interval '21 days',
                                    now() - interval '2 hours')) END AS activated_at
           FROM s
       ), e AS (
         SELECT *, CASE state
                     WHEN 'completed' THEN LEAST(end_date + interval '16 hours' + (pg_temp.r(g, 33) - 0.5) * interval '6 days',
                                                 now() - interval '1 hour')
                     WHEN 'closed_early' THEN activated_at + (0.15 + 0.6 * pg_temp.r(g, 33))
                                                 * (LEAST(end_date::timestamptz, now()) - activated_at)
                   END AS ended_at,
                   state = 'active' AND pg_temp.r(g, 34) < 0.08 AS quiet,
                   state = 'active' AND pg_temp.r(g, 34) BETWEEN 0.08 AND 0.11 AS struggling
           FROM a
       ), life AS (
         SELECT *, activated_at + interval '2 days' AS life_start,
                CASE WHEN ended_at IS NOT NULL THEN GREATEST(ended_at, activated_at + interval '3 days')
                     WHEN quiet THEN GREATEST(activated_at + interval '3 days',
                                              now() - interval '25 days' - pg_temp.r(g, 35) * interval '40 days')
                     WHEN state = 'active' THEN now() + interval '28 days'
                END AS life_end
           FROM e
       ), w AS (
         SELECT *, COALESCE(extract(epoch FROM life_end - life_start) / 86400 / cadence_weeks, 0) AS weight FROM life
       ), cum AS (
         SELECT *, floor(${S}::numeric * sum(weight) OVER (ORDER BY g) / sum(weight) OVER ())::bigint AS upto FROM w
       )
       SELECT *, (upto - COALESCE(lag(upto) OVER (ORDER BY g), 0))::int AS n_sessions,
              extract(epoch FROM COALESCE(ended_at, now()) - activated_at) / 86400 AS age_days
         FROM cum;
       INSERT INTO match (id, cohort_id, run_id, mentor_user_id, mentee_user_id, state, mentor_response,
                          mentee_response, score, criteria, proposed_at, activated_at, decline_reason,
                          declined_by_id, ended_at)
       SELECT id, cohort_id, pg_temp.uid('run', c), mentor_id, mentee_id, state,
              CASE WHEN state = 'expired' THEN 'pending' ELSE 'accepted' END,
              CASE state WHEN 'declined' THEN 'declined' WHEN 'expired' THEN 'pending' ELSE 'accepted' END,
              round((60 + 35 * pg_temp.r(g, 36))::numeric, 1), '[]', start_date - 5, activated_at,
              CASE WHEN state = 'declined' THEN 'Not the right time for me' END,
              CASE WHEN state = 'declined' THEN mentee_id END, ended_at
         FROM b_match;
       INSERT INTO pair_key (match_id, wrapped, created_at)
       SELECT id, ${sealed(4)}, activated_at FROM b_match WHERE activated_at IS NOT NULL;
       INSERT INTO pair_phase (match_id, phase, updated_by_side, updated_at)
       SELECT id, CASE WHEN ended_at IS NOT NULL THEN 'moving_on' WHEN age_days < 30 THEN 'rapport'
                       WHEN age_days < 90 THEN 'direction' ELSE 'progress' END, 'mentor',
              LEAST(activated_at + interval '30 days', now())
         FROM b_match WHERE activated_at IS NOT NULL;`,
    ],
    [
      'closures and exit surveys',
      `INSERT INTO match_closure (match_id, kind, reason, reason_text, initiated_by, initiated_by_id,
                                  message_sealed, closed_at, notes_warned_at, notes_deleted_at)
       SELECT id, kind, reason, CASE WHEN reason = 'other' THEN 'Reorganisation' END, initiated_by,
              CASE initiated_by WHEN 'mentor' THEN mentor_id WHEN 'mentee' THEN mentee_id WHEN 'hr' THEN ${hr} END,
              CASE WHEN kind = 'early' THEN ${sealed(5)} END, ended_at,
              CASE WHEN ended_at < now() - interval '76 days' THEN ended_at + interval '76 days' END,
              CASE WHEN ended_at < now() - interval '90 days' THEN ended_at + interval '90 days' END
         FROM (SELECT *, CASE WHEN state = 'completed' THEN 'planned' ELSE 'early' END AS kind,
                      CASE WHEN state = 'completed' THEN (CASE WHEN pg_temp.r(g, 41) < 0.92 THEN 'completed' ELSE 'cohort_closed' END)
                           ELSE (ARRAY['fit', 'fit', 'fit', 'time', 'time', 'time', 'role_change', 'role_change',
                                       'left_organization', 'left_organization', 'goal_reached_early', 'other'])[1 + floor(pg_temp.r(g, 41) * 12)::int]
                      END AS reason,
                      CASE WHEN state = 'completed' THEN 'hr'
                           ELSE (ARRAY['mentor', 'mentee', 'mentee', 'hr'])[1 + floor(pg_temp.r(g, 42) * 4)::int] END AS initiated_by
                 FROM b_match WHERE state IN ('completed', 'closed_early')) x;
       INSERT INTO closure_response (match_id, side, respondent_id, satisfaction, recommend, helped_sealed,
                                     change_sealed, contact_preference, contact_defaulted, answered_at, chased_at)
       SELECT id, side, CASE WHEN answered THEN respondent END,
              CASE WHEN answered THEN (ARRAY[1, 2, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5])[1 + floor(q2 * 13)::int] END,
              CASE WHEN answered THEN (ARRAY[3, 5, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10, 10])[1 + floor(q3 * 13)::int] END,
              CASE WHEN answered THEN ${sealed(5)} END, CASE WHEN answered AND q2 < 0.5 THEN ${sealed(4)} END,
              CASE WHEN answered THEN (CASE WHEN q3 < 0.7 THEN 'stay_in_touch' ELSE 'no_further_contact' END)
                   WHEN chased THEN 'no_further_contact' END,
              chased, CASE WHEN answered THEN LEAST(ended_at + (1 + 9 * q2) * interval '1 day', now()) END,
              CASE WHEN chased THEN ended_at + interval '14 days' END
         FROM (SELECT m.id, m.ended_at, s.side, CASE s.side WHEN 'mentor' THEN m.mentor_id ELSE m.mentee_id END AS respondent,
                      q < 0.72 AS answered, q >= 0.72 AND q < 0.9 AND m.ended_at < now() - interval '14 days' AS chased,
                      q2, q3
                 FROM b_match m, unnest(ARRAY['mentor', 'mentee']) WITH ORDINALITY s(side, o),
                      LATERAL (SELECT pg_temp.r(m.g * 2 + o, 43) AS q, pg_temp.r(m.g * 2 + o, 44) AS q2,
                                      pg_temp.r(m.g * 2 + o, 45) AS q3) r
                WHERE m.state IN ('completed', 'closed_early') AND pg_temp.r(m.g, 46) < 0.95) x;`,
    ],
    [
      `sessions (${S.toLocaleString('en')})`,
      // Spread over each pair's life (pairs still active: until four weeks from now, so the last
      // ones are scheduled; quiet pairs stopped weeks ago); inserted in time order, as they come.
      `INSERT INTO mentoring_session (id, match_id, scheduled_at, duration_minutes, mode, status, no_show_by,
                                      cancelled_by, cancelled_at, logged_at, created_by_side, agenda_sealed,
                                      created_at, updated_at, reminded_at)
       SELECT gen_random_uuid(), match_id, t, (ARRAY[30, 45, 45, 60, 60, 90])[1 + floor(q2 * 6)::int],
              (ARRAY['video', 'video', 'in_person', 'phone', 'walking'])[1 + floor(q3 * 5)::int], status,
              CASE WHEN status = 'no_show' THEN (CASE WHEN q < 0.03 OR (struggling AND q2 < 0.3) THEN 'mentor' ELSE 'mentee' END) END,
              CASE WHEN status = 'cancelled' THEN (CASE WHEN q2 < 0.5 THEN 'mentor' ELSE 'mentee' END) END,
              CASE WHEN status = 'cancelled' THEN t - q3 * interval '3 days' END,
              CASE WHEN status IN ('held', 'no_show') THEN LEAST(t + interval '3 hours', now()) END,
              CASE WHEN q3 < 0.6 THEN 'mentor' ELSE 'mentee' END,
              CASE WHEN q2 < 0.25 THEN ${sealed(3)} END,
              LEAST(t - interval '7 days', now()), LEAST(t + interval '3 hours', now()),
              CASE WHEN t - interval '1 day' < now() THEN t - interval '1 day' END
         FROM (SELECT match_id, t, q, q2, q3, struggling,
                      CASE WHEN t > now() THEN 'scheduled'
                           WHEN struggling AND q < 0.5 THEN 'no_show'
                           WHEN q < 0.07 THEN 'no_show'
                           WHEN q < 0.15 THEN 'cancelled'
                           WHEN q < 0.165 THEN 'scheduled'
                           ELSE 'held' END AS status
                 FROM (SELECT m.id AS match_id, m.struggling,
                              date_trunc('minute', m.life_start + (s - 0.5 + (pg_temp.r(m.g::bigint * 100000 + s, 51) - 0.5) * 0.5)
                                                   * (m.life_end - m.life_start) / m.n_sessions) AS t,
                              pg_temp.r(m.g::bigint * 100000 + s, 52) AS q, pg_temp.r(m.g::bigint * 100000 + s, 53) AS q2,
                              pg_temp.r(m.g::bigint * 100000 + s, 54) AS q3
                         FROM b_match m, generate_series(1, m.n_sessions) s
                        WHERE m.n_sessions > 0) y) x
        ORDER BY t;`,
    ],
    [
      'coordinator check-ins',
      // Due: one by day 14, a second by day 30, then one a month; most pairs are on time.
      `INSERT INTO coordinator_check_in (match_id, at, channel, outcome, by_id, created_at)
       SELECT id, at, (ARRAY['call', 'meeting', 'email', 'chat'])[1 + (g + k) % 4],
              'Checked in: ' || (ARRAY['going well', 'rhythm agreed', 'goals set', 'needs a nudge'])[1 + (g * 7 + k) % 4],
              ${hr}, at
         FROM (SELECT m.id, m.g, k,
                      LEAST(m.activated_at + (CASE WHEN k = 1 THEN 13 ELSE 30 * (k - 1) - 1 END) * interval '1 day'
                              + pg_temp.r(m.g * 100 + k, 61) * interval '8 hours', now() - interval '1 hour') AS at
                 FROM b_match m,
                      LATERAL (SELECT CASE WHEN m.age_days < 14 THEN 0 WHEN m.age_days < 30 THEN 1
                                           ELSE 1 + floor(m.age_days / 30) END::int AS due) d,
                      LATERAL (SELECT CASE WHEN pg_temp.r(m.g, 62) < 0.78 THEN d.due + (pg_temp.r(m.g, 63) < 0.2)::int
                                           ELSE GREATEST(d.due - 1 - floor(pg_temp.r(m.g, 63) * 2)::int, 0) END AS n) c,
                      generate_series(1, c.n) k
                WHERE m.activated_at IS NOT NULL) x;`,
    ],
    [
      'pulse check-ins',
      // Both sides around day 30, then every 60 days; three in four answered.
      `INSERT INTO pulse_response (id, match_id, respondent_id, side, due_on, satisfaction, comment_sealed,
                                   answered_at, created_at)
       SELECT gen_random_uuid(), id, respondent, side, due_on,
              CASE WHEN answered THEN (CASE WHEN struggling THEN (ARRAY[1, 2, 2, 3])[1 + floor(q2 * 4)::int]
                                            ELSE (ARRAY[1, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5])[1 + floor(q2 * 40)::int] END) END,
              CASE WHEN answered AND q3 < 0.15 THEN ${sealed(5)} END,
              CASE WHEN answered THEN LEAST(due_on + (1 + 5 * q3) * interval '1 day', now()) END, due_on
         FROM (SELECT m.id, m.struggling, s.side, CASE s.side WHEN 'mentor' THEN m.mentor_id ELSE m.mentee_id END AS respondent,
                      (m.activated_at + (30 + 60 * k) * interval '1 day')::date AS due_on,
                      (m.activated_at + (30 + 60 * k) * interval '1 day')::date < CURRENT_DATE - 2
                        AND pg_temp.r(m.g * 1000 + k * 2 + o, 71) < 0.75 AS answered,
                      pg_temp.r(m.g * 1000 + k * 2 + o, 72) AS q2, pg_temp.r(m.g * 1000 + k * 2 + o, 73) AS q3
                 FROM b_match m, generate_series(0, floor((m.age_days - 30) / 60)::int) k,
                      unnest(ARRAY['mentor', 'mentee']) WITH ORDINALITY s(side, o)
                WHERE m.activated_at IS NOT NULL AND m.age_days >= 30) x;`,
    ],
    [
      'concerns (pair flags)',
      `INSERT INTO pair_flag (id, match_id, raised_by_id, raised_by_side, topic, urgency, message_sealed, status,
                              created_at, resolved_at, resolved_by_id, resolution)
       SELECT gen_random_uuid(), id, CASE WHEN by_mentee THEN mentee_id ELSE mentor_id END,
              CASE WHEN by_mentee THEN 'mentee' ELSE 'mentor' END,
              (ARRAY['fit', 'time', 'time', 'wellbeing', 'conduct', 'logistics', 'other'])[1 + floor(q * 7)::int],
              (ARRAY['low', 'medium', 'medium', 'high'])[1 + floor(q2 * 4)::int], ${sealed(5)},
              CASE WHEN open THEN 'open' ELSE 'resolved' END, raised,
              CASE WHEN NOT open THEN LEAST(raised + (2 + 8 * q2) * interval '1 day', now()) END,
              CASE WHEN NOT open THEN ${hr} END,
              CASE WHEN NOT open THEN 'Talked to both; agreed next steps' END
         FROM (SELECT m.id, m.mentor_id, m.mentee_id, pg_temp.r(m.g * 10 + k, 82) < 0.55 AS by_mentee,
                      pg_temp.r(m.g * 10 + k, 83) AS q, pg_temp.r(m.g * 10 + k, 84) AS q2,
                      m.state = 'active' AND pg_temp.r(m.g * 10 + k, 85) < 0.35 AS open,
                      m.activated_at + pg_temp.r(m.g * 10 + k, 86)
                        * (LEAST(COALESCE(m.ended_at, now()), now()) - m.activated_at) AS raised
                 FROM b_match m, generate_series(1, CASE WHEN pg_temp.r(m.g, 81) < 0.015 THEN 2 ELSE 1 END) k
                WHERE m.activated_at IS NOT NULL AND pg_temp.r(m.g, 81) < 0.08) x;`,
    ],
    [
      'goals, milestones and attainment',
      `CREATE TEMP TABLE b_goal AS
       SELECT pg_temp.uid('goal', m.g * 10 + k) AS id, m.id AS match_id, m.g * 10 + k AS gk, m.state,
              m.activated_at, m.ended_at, m.end_date, m.age_days,
              pg_temp.r(m.g * 10 + k, 92) AS q, pg_temp.r(m.g * 10 + k, 93) AS q2
         FROM b_match m,
              generate_series(1, 1 + (pg_temp.r(m.g, 91) < 0.55)::int + (pg_temp.r(m.g, 91) < 0.15)::int) k
        WHERE m.activated_at IS NOT NULL AND pg_temp.r(m.g, 94) < 0.92;
       INSERT INTO pair_goal (id, match_id, title_sealed, why_sealed, measure_sealed, target_date, status,
                              progress, attainment, created_at, updated_at)
       SELECT id, match_id, ${sealed(3)}, CASE WHEN q2 < 0.5 THEN ${sealed(4)} END,
              CASE WHEN q2 < 0.4 THEN ${sealed(4)} END, end_date,
              CASE WHEN attainment = 'achieved' THEN 'achieved' WHEN attainment = 'partly' THEN 'partly'
                   WHEN attainment = 'not' THEN 'dropped'
                   WHEN ended_at IS NULL AND q2 > 0.92 THEN 'achieved' ELSE 'open' END,
              CASE WHEN attainment = 'achieved' OR (ended_at IS NULL AND q2 > 0.92) THEN 100
                   WHEN attainment = 'partly' THEN 40 + floor(q2 * 40)::int
                   WHEN attainment = 'not' THEN floor(q2 * 30)::int
                   ELSE LEAST(95, floor(age_days / 3 * q2))::int END,
              attainment, activated_at + interval '10 days', LEAST(COALESCE(ended_at, now()), now())
         FROM (SELECT *, CASE WHEN ended_at IS NOT NULL AND q < 0.8 THEN
                            (CASE WHEN state = 'closed_early'
                                  THEN (ARRAY['achieved', 'partly', 'partly', 'partly', 'not', 'not', 'not', 'not', 'not', 'not'])[1 + floor(q2 * 10)::int]
                                  ELSE (ARRAY['achieved', 'achieved', 'achieved', 'achieved', 'partly', 'partly', 'partly', 'partly', 'not', 'not'])[1 + floor(q2 * 10)::int] END) END AS attainment
                 FROM b_goal) x;
       INSERT INTO goal_milestone (id, goal_id, title_sealed, due_date, done_at, created_at)
       SELECT gen_random_uuid(), g.id, ${sealed(2)}, due,
              CASE WHEN due < CURRENT_DATE AND pg_temp.r(g.gk * 10 + k, 96) < 0.97 THEN due - 2 END,
              g.activated_at + interval '10 days'
         FROM b_goal g, generate_series(1, floor(g.q * 4)::int) k,
              LATERAL (SELECT (g.activated_at + 45 * k * interval '1 day')::date AS due) d;`,
    ],
    [
      'pairing fit answers and extensions',
      `INSERT INTO pairing_fit_response (match_id, side, respondent_id, fit, continue_answer, comment_sealed, answered_at)
       SELECT id, side, respondent, fit,
              CASE WHEN fit <= 2 THEN (CASE WHEN q2 < 0.5 THEN 'no' ELSE 'unsure' END)
                   WHEN fit = 3 THEN (CASE WHEN q2 < 0.5 THEN 'unsure' ELSE 'yes' END) ELSE 'yes' END,
              CASE WHEN q2 < 0.1 THEN ${sealed(4)} END, activated_at + interval '21 days 3 hours'
         FROM (SELECT m.id, m.activated_at, s.side, CASE s.side WHEN 'mentor' THEN m.mentor_id ELSE m.mentee_id END AS respondent,
                      (ARRAY[1, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5])[1 + floor(pg_temp.r(m.g * 2 + o, 101) * 40)::int] AS fit,
                      pg_temp.r(m.g * 2 + o, 102) AS q2
                 FROM b_match m, unnest(ARRAY['mentor', 'mentee']) WITH ORDINALITY s(side, o)
                WHERE m.activated_at IS NOT NULL AND m.age_days >= 22 AND pg_temp.r(m.g * 2 + o, 103) < 0.9) x;
       INSERT INTO match_extension (match_id, requested_side, requested_by_id, current_end, requested_end, reason,
                                    state, decided_by_id, decided_at, approved_end, created_at)
       SELECT id, 'mentee', mentee_id, end_date, end_date + 60, 'More time to reach the goal',
              CASE WHEN state = 'active' THEN 'pending' WHEN pg_temp.r(g, 112) < 0.7 THEN 'approved' ELSE 'declined' END,
              CASE WHEN state <> 'active' THEN ${hr} END,
              CASE WHEN state <> 'active' THEN end_date - 20 END,
              CASE WHEN state <> 'active' AND pg_temp.r(g, 112) < 0.7 THEN end_date + 30 END,
              CASE WHEN state = 'active' THEN now() - pg_temp.r(g, 113) * interval '10 days' ELSE end_date - 30 END
         FROM b_match
        WHERE (state = 'active' AND pg_temp.r(g, 111) < 0.015) OR (state = 'completed' AND pg_temp.r(g, 111) < 0.02);`,
    ],
    // As in a database that has been in use for a while: statistics, visibility map, hint bits.
    ['VACUUM (ANALYZE)', `VACUUM (ANALYZE)`],
  ];
}

/** Row counts of the tables the benchmark fills (for the report). */
export const COUNT_SQL = `
SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM participant) AS participants,
       (SELECT count(*) FROM application) AS applications, (SELECT count(*) FROM invitation) AS invitations,
       (SELECT count(*) FROM program) AS programs, (SELECT count(*) FROM cohort) AS cohorts,
       (SELECT count(*) FROM match) AS matches, (SELECT count(*) FROM match WHERE state = 'active') AS active_matches,
       (SELECT count(*) FROM mentoring_session) AS sessions, (SELECT count(*) FROM match_closure) AS closures,
       (SELECT count(*) FROM closure_response) AS closure_responses,
       (SELECT count(*) FROM coordinator_check_in) AS check_ins, (SELECT count(*) FROM pulse_response) AS pulses,
       (SELECT count(*) FROM pair_flag) AS flags, (SELECT count(*) FROM pair_goal) AS goals,
       (SELECT count(*) FROM goal_milestone) AS milestones, (SELECT count(*) FROM pairing_fit_response) AS fit_answers,
       (SELECT count(*) FROM match_extension) AS extensions,
       pg_database_size(current_database()) AS bytes`;

/**
 * Counts what the build made (COUNT_SQL) and logs it: the organisation's size, then every count.
 * @param {import('pg').Client} db
 * @param {number} buildMs how long the build took
 * @param {(message: string) => void} log
 * @returns {Promise<Record<string, number>>} the counts
 */
export async function countOrganisation(db, buildMs, log) {
  const counts = Object.fromEntries(
    Object.entries((await db.query(COUNT_SQL)).rows[0]).map(([k, v]) => [k, Number(v)]),
  );
  log(
    `organisation built in ${(buildMs / 1000).toFixed(1)} s: ${counts.participants} participants, ` +
      `${counts.cohorts} cohorts, ${counts.matches} matches (${counts.active_matches} active), ` +
      `${counts.sessions} sessions; database ${Math.round(counts.bytes / 2 ** 20)} MB`,
  );
  log(
    `  rows: ${Object.entries(counts)
      .filter(([k]) => k !== 'bytes')
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  return counts;
}

/**
 * Five earlier monthly snapshots per cohort, derived from the one the API's start-up refresh
 * wrote (counts scaled by a per-cohort, per-figure factor), so cards have a trend and "what
 * moved" as after months of operation. Months before a cohort's start are skipped.
 */
export const SNAPSHOT_HISTORY_SQL = `
INSERT INTO cohort_snapshot (cohort_id, month, health, facts, computed_at)
SELECT s.cohort_id, (s.month - make_interval(months => k))::date,
       s.health * (1 - 0.02 * k * (hashtext(s.cohort_id::text || k) & 1023) / 1023.0),
       jsonb_set(s.facts, '{facts}', (
         SELECT jsonb_object_agg(e.key,
                  CASE WHEN jsonb_typeof(e.value) = 'number' THEN
                         to_jsonb(round((e.value #>> '{}')::numeric
                                        * (1 - 0.04 * k * (hashtext(s.cohort_id::text || e.key || k) & 1023) / 1023.0)))
                       ELSE e.value END)
           FROM jsonb_each(s.facts -> 'facts') e)),
       s.computed_at - make_interval(months => k)
  FROM cohort_snapshot s JOIN cohort c ON c.id = s.cohort_id, generate_series(1, 5) k
 WHERE s.month - make_interval(months => k) >= date_trunc('month', c.start_date)
ON CONFLICT (cohort_id, month) DO NOTHING`;

/**
 * Adds the earlier snapshots (SNAPSHOT_HISTORY_SQL) once the API's start-up refresh has written
 * the current ones, and analyses the table again; returns how many were added.
 * @param {import('pg').Client} db
 */
export async function deriveSnapshotHistory(db) {
  const history = await db.query(SNAPSHOT_HISTORY_SQL);
  await db.query('ANALYZE cohort_snapshot');
  return history.rowCount;
}

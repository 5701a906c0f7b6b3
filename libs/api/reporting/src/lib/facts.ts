import type { ClosureReason, RiskReason } from '@mentorbridge/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { CohortFacts } from './metrics';

/** A half-open time range [from, to). */
export interface Range {
  from: Date;
  to: Date;
}

export interface CohortFactsRow {
  facts: CohortFacts;
  earlyByReason: Partial<Record<ClosureReason, number>>;
}

const RISK_COLUMNS: [RiskReason, string][] = [
  ['no_recent_session', 'risk_quiet'],
  ['two_no_shows', 'risk_no_shows'],
  ['overdue_milestones', 'risk_overdue'],
  ['open_flags', 'risk_flags'],
  ['low_satisfaction', 'risk_low_satisfaction'],
  ['poor_fit', 'risk_poor_fit'],
];

/** A pair active on at least one day of [$2, $3). */
const EVER = `activated_at < $3 AND (ended_at IS NULL OR ended_at >= $2)`;
/** A pair that ended within [$2, $3). */
const ENDED = `closed_at >= $2 AND closed_at < $3`;

const n = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const nOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

type Row = Record<string, unknown> & { cohort_id: string };

async function byCohort(
  manager: EntityManager,
  sql: string,
  params: unknown[],
): Promise<Map<string, Row>> {
  const rows: Row[] = await manager.query(sql, params);
  return new Map(rows.map((r) => [r.cohort_id, r]));
}

/**
 * The facts of many cohorts at once, with a fixed number of grouped queries (no query per
 * cohort): enrolment from the enrolment tables, pairs from `mv_match_health`, sessions from
 * `mv_cohort_month`, answers (latest per respondent) from pulse and exit surveys. Figures that
 * describe answers cover the cohort's whole life whatever the period, so that no combination of
 * periods can isolate one person's answer.
 */
export async function loadFacts(
  manager: EntityManager,
  cohortIds: string[],
  range: Range,
  now: Date,
): Promise<Map<string, CohortFactsRow>> {
  if (!cohortIds.length) return new Map();
  const ids = [cohortIds];
  const [enrolment, matched, pairs, sessions, satisfaction, nps, goals, early] = await Promise.all([
    byCohort(
      manager,
      `SELECT c.id AS cohort_id,
              (SELECT count(DISTINCT i.user_id) FROM invitation i WHERE i.cohort_id = c.id) AS invited,
              (SELECT count(DISTINCT a.user_id) FROM application a
                WHERE a.cohort_id = c.id AND a.submitted_at IS NOT NULL) AS applied,
              (SELECT count(DISTINCT p.user_id) FROM participant p WHERE p.cohort_id = c.id) AS approved,
              (SELECT count(DISTINCT p.user_id) FROM participant p
                WHERE p.cohort_id = c.id AND p.role = 'mentee') AS approved_mentees
         FROM cohort c WHERE c.id = ANY($1::uuid[])`,
      ids,
    ),
    byCohort(
      manager,
      `WITH firsts AS (
         SELECT cohort_id, mentee_user_id, min(activated_at) AS first_at
           FROM mv_match_health WHERE cohort_id = ANY($1::uuid[]) GROUP BY cohort_id, mentee_user_id
       )
       SELECT f.cohort_id,
              (SELECT count(*) FROM (
                 SELECT mentor_user_id FROM mv_match_health h WHERE h.cohort_id = f.cohort_id
                 UNION SELECT mentee_user_id FROM mv_match_health h WHERE h.cohort_id = f.cohort_id) people) AS matched,
              count(*) FILTER (WHERE p.user_id IS NOT NULL) AS matched_mentees,
              percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM f.first_at - a.decided_at) / 86400) AS median_days
         FROM firsts f
         LEFT JOIN participant p ON p.cohort_id = f.cohort_id AND p.user_id = f.mentee_user_id AND p.role = 'mentee'
         LEFT JOIN application a ON a.id = p.application_id
        GROUP BY f.cohort_id`,
      ids,
    ),
    byCohort(
      manager,
      `SELECT cohort_id,
              count(*) FILTER (WHERE state = 'active') AS active_pairs,
              count(DISTINCT mentor_user_id) FILTER (WHERE state = 'active')
                + count(DISTINCT mentee_user_id) FILTER (WHERE state = 'active') AS active_people,
              count(*) FILTER (WHERE ${EVER}) AS ever_pairs,
              count(DISTINCT mentor_user_id) FILTER (WHERE ${EVER})
                + count(DISTINCT mentee_user_id) FILTER (WHERE ${EVER}) AS ever_people,
              COALESCE(sum(extract(epoch FROM LEAST(COALESCE(ended_at, $4), $3) - GREATEST(activated_at, $2)) / 86400 / 30.44)
                FILTER (WHERE ${EVER}), 0) AS pair_months,
              count(*) FILTER (WHERE state = 'active' AND cadence_met) AS cadence_met,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY days_since_contact)
                FILTER (WHERE state = 'active') AS median_contact,
              count(*) FILTER (WHERE ${EVER} AND check_ins_on_time) AS check_ins_on_time,
              count(*) FILTER (WHERE ${ENDED} AND closure_kind = 'planned') AS ended_planned,
              count(*) FILTER (WHERE ${ENDED} AND closure_kind = 'early') AS ended_early,
              count(*) FILTER (WHERE ${ENDED} AND documented) AS ended_documented,
              count(DISTINCT mentor_user_id) FILTER (WHERE ${ENDED})
                + count(DISTINCT mentee_user_id) FILTER (WHERE ${ENDED}) AS ended_people,
              count(*) FILTER (WHERE state = 'active' AND at_risk) AS at_risk,
              ${RISK_COLUMNS.map(([, col]) => `count(*) FILTER (WHERE state = 'active' AND ${col}) AS ${col}`).join(',\n              ')}
         FROM mv_match_health WHERE cohort_id = ANY($1::uuid[]) GROUP BY cohort_id`,
      [cohortIds, range.from, range.to, now],
    ),
    byCohort(
      manager,
      `SELECT cohort_id, sum(held) AS held, sum(no_show_mentor) AS no_show_mentor,
              sum(no_show_mentee) AS no_show_mentee
         FROM mv_cohort_month
        WHERE cohort_id = ANY($1::uuid[]) AND month >= date_trunc('month', $2::timestamptz)::date
          AND month < $3::timestamptz
        GROUP BY cohort_id`,
      [cohortIds, range.from, range.to],
    ),
    // Latest answer per respondent and cohort, from pulse check-ins and exit surveys.
    byCohort(
      manager,
      `WITH answers AS (
         SELECT m.cohort_id, r.respondent_id, r.satisfaction, r.answered_at
           FROM pulse_response r JOIN match m ON m.id = r.match_id
          WHERE m.cohort_id = ANY($1::uuid[]) AND r.answered_at IS NOT NULL
         UNION ALL
         SELECT m.cohort_id, r.respondent_id, r.satisfaction, r.answered_at
           FROM closure_response r JOIN match m ON m.id = r.match_id
          WHERE m.cohort_id = ANY($1::uuid[]) AND r.answered_at IS NOT NULL AND r.satisfaction IS NOT NULL
       ), latest AS (
         SELECT DISTINCT ON (cohort_id, respondent_id) cohort_id, satisfaction
           FROM answers ORDER BY cohort_id, respondent_id, answered_at DESC
       )
       SELECT cohort_id,
              count(*) FILTER (WHERE satisfaction = 1) AS s1, count(*) FILTER (WHERE satisfaction = 2) AS s2,
              count(*) FILTER (WHERE satisfaction = 3) AS s3, count(*) FILTER (WHERE satisfaction = 4) AS s4,
              count(*) FILTER (WHERE satisfaction = 5) AS s5
         FROM latest GROUP BY cohort_id`,
      ids,
    ),
    byCohort(
      manager,
      `WITH latest AS (
         SELECT DISTINCT ON (m.cohort_id, r.respondent_id) m.cohort_id, r.recommend
           FROM closure_response r JOIN match m ON m.id = r.match_id
          WHERE m.cohort_id = ANY($1::uuid[]) AND r.answered_at IS NOT NULL AND r.recommend IS NOT NULL
          ORDER BY m.cohort_id, r.respondent_id, r.answered_at DESC
       )
       SELECT cohort_id, count(*) FILTER (WHERE recommend >= 9) AS promoters,
              count(*) FILTER (WHERE recommend BETWEEN 7 AND 8) AS passives,
              count(*) FILTER (WHERE recommend <= 6) AS detractors
         FROM latest GROUP BY cohort_id`,
      ids,
    ),
    byCohort(
      manager,
      `SELECT m.cohort_id,
              avg(g.progress) FILTER (WHERE m.state = 'active') AS progress,
              count(DISTINCT m.mentee_user_id) FILTER (WHERE m.state = 'active') AS goal_mentees,
              count(*) FILTER (WHERE g.attainment = 'achieved') AS achieved,
              count(*) FILTER (WHERE g.attainment = 'partly') AS partly,
              count(*) FILTER (WHERE g.attainment = 'not') AS not_achieved,
              count(DISTINCT m.mentee_user_id) FILTER (WHERE g.attainment IS NOT NULL) AS assessed_mentees
         FROM pair_goal g JOIN match m ON m.id = g.match_id
        WHERE m.cohort_id = ANY($1::uuid[]) GROUP BY m.cohort_id`,
      ids,
    ),
    manager.query(
      `SELECT cohort_id, closure_reason AS reason, count(*) AS n FROM mv_match_health
        WHERE cohort_id = ANY($1::uuid[]) AND closure_kind = 'early' AND closed_at >= $2 AND closed_at < $3
        GROUP BY cohort_id, closure_reason`,
      [cohortIds, range.from, range.to],
    ) as Promise<{ cohort_id: string; reason: ClosureReason; n: string }[]>,
  ]);

  const result = new Map<string, CohortFactsRow>();
  for (const id of cohortIds) {
    const e = enrolment.get(id);
    const m = matched.get(id);
    const p = pairs.get(id);
    const s = sessions.get(id);
    const sat = satisfaction.get(id);
    const np = nps.get(id);
    const g = goals.get(id);
    const risks: Partial<Record<RiskReason, number>> = {};
    for (const [reason, col] of RISK_COLUMNS) if (n(p?.[col])) risks[reason] = n(p?.[col]);
    const earlyByReason: Partial<Record<ClosureReason, number>> = {};
    for (const r of early.filter((x) => x.cohort_id === id)) earlyByReason[r.reason] = n(r.n);
    result.set(id, {
      earlyByReason,
      facts: {
        invited: n(e?.['invited']),
        applied: n(e?.['applied']),
        approved: n(e?.['approved']),
        matched: n(m?.['matched']),
        approvedMentees: n(e?.['approved_mentees']),
        matchedMentees: n(m?.['matched_mentees']),
        medianDaysToMatch:
          m?.['median_days'] === null || m?.['median_days'] === undefined
            ? null
            : Math.round(Number(m['median_days']) * 10) / 10,
        activePairs: n(p?.['active_pairs']),
        activePeople: n(p?.['active_people']),
        everActivePairs: n(p?.['ever_pairs']),
        everActivePeople: n(p?.['ever_people']),
        pairMonths: Math.round(n(p?.['pair_months']) * 100) / 100,
        sessionsHeld: n(s?.['held']),
        noShowMentor: n(s?.['no_show_mentor']),
        noShowMentee: n(s?.['no_show_mentee']),
        cadenceMet: n(p?.['cadence_met']),
        cadencePairs: n(p?.['active_pairs']),
        medianDaysSinceContact:
          nOrNull(p?.['median_contact']) === null
            ? null
            : Math.round(Number(p?.['median_contact'])),
        satisfactionBins: [
          n(sat?.['s1']),
          n(sat?.['s2']),
          n(sat?.['s3']),
          n(sat?.['s4']),
          n(sat?.['s5']),
        ],
        promoters: n(np?.['promoters']),
        passives: n(np?.['passives']),
        detractors: n(np?.['detractors']),
        goalProgressAvg: nOrNull(g?.['progress']),
        goalMentees: n(g?.['goal_mentees']),
        attainment: {
          achieved: n(g?.['achieved']),
          partly: n(g?.['partly']),
          not: n(g?.['not_achieved']),
        },
        attainmentMentees: n(g?.['assessed_mentees']),
        checkInsOnTime: n(p?.['check_ins_on_time']),
        checkInPairs: n(p?.['ever_pairs']),
        endedPlanned: n(p?.['ended_planned']),
        endedEarly: n(p?.['ended_early']),
        endedDocumented: n(p?.['ended_documented']),
        endedPeople: n(p?.['ended_people']),
        startedPairs: n(p?.['ever_pairs']),
        startedPeople: n(p?.['ever_people']),
        atRiskPairs: n(p?.['at_risk']),
        risks,
      },
    });
  }
  return result;
}

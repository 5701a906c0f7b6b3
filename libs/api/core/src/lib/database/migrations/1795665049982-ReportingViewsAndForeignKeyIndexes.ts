import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting views (refreshed concurrently every two minutes by the reporting job):
 * - mv_match_health: one row per pair that became active — sessions, check-ins due and on time,
 *   risks (the same rules as the pair-health page), closure and documentation;
 * - mv_cohort_month: activity per cohort and calendar month.
 * The SQL is written out here (not imported) so that this migration never changes afterwards.
 */
const MATCH_HEALTH_SQL = `
CREATE MATERIALIZED VIEW mv_match_health AS
WITH s AS (
  SELECT match_id,
         count(*) FILTER (WHERE status = 'held' AND scheduled_at <= now())::int AS held,
         count(*) FILTER (WHERE status = 'no_show' AND no_show_by = 'mentor')::int AS no_show_mentor,
         count(*) FILTER (WHERE status = 'no_show' AND no_show_by = 'mentee')::int AS no_show_mentee,
         max(scheduled_at) FILTER (WHERE status = 'held' AND scheduled_at <= now()) AS last_held_at,
         (array_agg(status::text ORDER BY scheduled_at DESC)
            FILTER (WHERE status IN ('held', 'no_show') AND scheduled_at <= now()))[1:2] AS last_two
    FROM mentoring_session GROUP BY match_id
), base AS (
  SELECT m.id AS match_id, m.cohort_id, c.program_id, m.state, m.mentor_user_id, m.mentee_user_id,
         m.activated_at, m.ended_at, COALESCE(m.planned_end_date, c.end_date) AS planned_end,
         p.cadence_weeks,
         COALESCE(s.held, 0) AS held, COALESCE(s.no_show_mentor, 0) AS no_show_mentor,
         COALESCE(s.no_show_mentee, 0) AS no_show_mentee, s.last_held_at,
         COALESCE(s.last_two = ARRAY['no_show', 'no_show'], false) AS two_no_shows,
         extract(epoch FROM COALESCE(m.ended_at, now()) - m.activated_at) / 86400 AS age_days,
         (SELECT count(*) FROM coordinator_check_in ci WHERE ci.match_id = m.id)::int AS check_ins,
         (SELECT count(*) FROM pair_flag f WHERE f.match_id = m.id AND f.status = 'open')::int AS open_flags,
         (SELECT count(*) FROM goal_milestone gm JOIN pair_goal g ON g.id = gm.goal_id
           WHERE g.match_id = m.id AND g.status = 'open' AND gm.done_at IS NULL
             AND gm.due_date < CURRENT_DATE)::int AS overdue_milestones,
         (SELECT min(pr.satisfaction) FROM pulse_response pr
           WHERE pr.match_id = m.id AND pr.answered_at IS NOT NULL
             AND pr.due_on = (SELECT max(x.due_on) FROM pulse_response x
                               WHERE x.match_id = m.id AND x.answered_at IS NOT NULL)) AS latest_satisfaction,
         EXISTS (SELECT 1 FROM pairing_fit_response pf WHERE pf.match_id = m.id
                  AND (pf.fit <= 2 OR pf.continue_answer = 'no')) AS poor_fit,
         cl.kind AS closure_kind, cl.reason AS closure_reason, cl.closed_at,
         (cl.match_id IS NOT NULL AND (SELECT count(*) FROM closure_response r WHERE r.match_id = m.id
             AND (r.answered_at IS NOT NULL OR r.chased_at IS NOT NULL)
             AND r.contact_preference IS NOT NULL) = 2) AS documented
    FROM match m
    JOIN cohort c ON c.id = m.cohort_id
    JOIN program p ON p.id = c.program_id
    LEFT JOIN s ON s.match_id = m.id
    LEFT JOIN match_closure cl ON cl.match_id = m.id
   WHERE m.activated_at IS NOT NULL
), assessed AS (
  SELECT *,
         extract(epoch FROM now() - COALESCE(last_held_at, activated_at)) / 86400 AS days_since_contact,
         CASE WHEN age_days < 14 THEN 0 WHEN age_days < 30 THEN 1
              ELSE 1 + floor(age_days / 30) END::int AS check_ins_due,
         (state = 'active' AND floor(extract(epoch FROM now() - COALESCE(last_held_at, activated_at)) / 86400)
             > round(cadence_weeks * 7 * 1.5)) AS risk_quiet
    FROM base
)
SELECT match_id, cohort_id, program_id, state, mentor_user_id, mentee_user_id, activated_at,
       ended_at, planned_end, cadence_weeks, held, no_show_mentor, no_show_mentee, last_held_at,
       days_since_contact, check_ins, check_ins_due, check_ins >= check_ins_due AS check_ins_on_time,
       open_flags, overdue_milestones, latest_satisfaction, closure_kind, closure_reason, closed_at,
       documented,
       NOT risk_quiet AS cadence_met,
       risk_quiet,
       two_no_shows AS risk_no_shows,
       overdue_milestones > 0 AS risk_overdue,
       open_flags > 0 AS risk_flags,
       COALESCE(latest_satisfaction <= 2, false) AS risk_low_satisfaction,
       poor_fit AS risk_poor_fit,
       (risk_quiet OR two_no_shows OR overdue_milestones > 0 OR open_flags > 0
         OR COALESCE(latest_satisfaction <= 2, false) OR poor_fit) AS at_risk
  FROM assessed`;

const COHORT_MONTH_SQL = `
CREATE MATERIALIZED VIEW mv_cohort_month AS
WITH months AS (
  SELECT c.id AS cohort_id,
         generate_series(date_trunc('month', c.start_date::timestamp),
                         date_trunc('month', LEAST(c.end_date, CURRENT_DATE)::timestamp),
                         interval '1 month')::date AS month
    FROM cohort c WHERE c.state IN ('active', 'closing', 'closed') AND c.start_date <= CURRENT_DATE
), sessions AS (
  SELECT m.cohort_id, date_trunc('month', s.scheduled_at)::date AS month,
         count(*) FILTER (WHERE s.status = 'held')::int AS held,
         count(*) FILTER (WHERE s.status = 'no_show' AND s.no_show_by = 'mentor')::int AS no_show_mentor,
         count(*) FILTER (WHERE s.status = 'no_show' AND s.no_show_by = 'mentee')::int AS no_show_mentee
    FROM mentoring_session s JOIN match m ON m.id = s.match_id
   WHERE s.scheduled_at <= now()
   GROUP BY 1, 2
), pairs AS (
  SELECT mo.cohort_id, mo.month, count(m.id)::int AS active_pairs,
         (count(DISTINCT m.mentor_user_id) + count(DISTINCT m.mentee_user_id))::int AS people
    FROM months mo
    LEFT JOIN match m ON m.cohort_id = mo.cohort_id AND m.activated_at IS NOT NULL
         AND m.activated_at < mo.month + interval '1 month'
         AND (m.ended_at IS NULL OR m.ended_at >= mo.month)
   GROUP BY mo.cohort_id, mo.month
)
SELECT p.cohort_id, p.month, p.active_pairs, p.people,
       COALESCE(s.held, 0) AS held, COALESCE(s.no_show_mentor, 0) AS no_show_mentor,
       COALESCE(s.no_show_mentee, 0) AS no_show_mentee
  FROM pairs p LEFT JOIN sessions s ON s.cohort_id = p.cohort_id AND s.month = p.month`;

export class ReportingViewsAndForeignKeyIndexes1795665049982 implements MigrationInterface {
  name = 'ReportingViewsAndForeignKeyIndexes1795665049982';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cohort_snapshot" ("cohort_id" uuid NOT NULL, "month" date NOT NULL, "health" real, "facts" jsonb NOT NULL DEFAULT \'{}\', "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4b11a8cc3655bc12d0055faba90" PRIMARY KEY ("cohort_id", "month"))',
    );
    await queryRunner.query(
      'CREATE TABLE "reporting_refresh" ("id" smallint NOT NULL DEFAULT \'1\', "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_ms" integer NOT NULL, CONSTRAINT "PK_bdb4e30513aa765ea4b0f8d199b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_role_grant_granted_by_id" ON "role_grant"  ("granted_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_program_created_by_id" ON "program"  ("created_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cohort_transition_actor_id" ON "cohort_transition"  ("actor_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invitation_invited_by_id" ON "invitation"  ("invited_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_form_definition_created_by_id" ON "form_definition"  ("created_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_application_decided_by_id" ON "application"  ("decided_by_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_application_form_id" ON "application"  ("form_id") ');
    await queryRunner.query('CREATE INDEX "ix_participant_user_id" ON "participant"  ("user_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_match_run_created_by_id" ON "match_run"  ("created_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_match_constraint_created_by_id" ON "match_constraint"  ("created_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_match_constraint_mentee_user_id" ON "match_constraint"  ("mentee_user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_match_constraint_mentor_user_id" ON "match_constraint"  ("mentor_user_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_match_cohort" ON "match"  ("cohort_id", "state") ');
    await queryRunner.query('CREATE INDEX "ix_match_run_id" ON "match"  ("run_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_mentor_shortlist_mentor_user_id" ON "mentor_shortlist"  ("mentor_user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentor_request_match_id" ON "mentor_request"  ("match_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_readiness_item_created_by_id" ON "readiness_item"  ("created_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_readiness_assessment_created_by_id" ON "readiness_assessment"  ("created_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_match_closure_initiated_by_id" ON "match_closure"  ("initiated_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_closure_response_respondent_id" ON "closure_response"  ("respondent_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_match_extension_decided_by_id" ON "match_extension"  ("decided_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_match_extension_requested_by_id" ON "match_extension"  ("requested_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pairing_fit_response_respondent_id" ON "pairing_fit_response"  ("respondent_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_pair_note_author_id" ON "pair_note"  ("author_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_pair_note_session_id" ON "pair_note"  ("session_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pair_flag_raised_by_id" ON "pair_flag"  ("raised_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pair_flag_resolved_by_id" ON "pair_flag"  ("resolved_by_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_coordinator_check_in_by_id" ON "coordinator_check_in"  ("by_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "cohort_snapshot" ADD CONSTRAINT "fk_cohort_snapshot_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(MATCH_HEALTH_SQL);
    await queryRunner.query(COHORT_MONTH_SQL);
    await queryRunner.query('CREATE UNIQUE INDEX uq_mv_match_health ON mv_match_health (match_id)');
    await queryRunner.query(
      'CREATE INDEX ix_mv_match_health_cohort ON mv_match_health (cohort_id, state)',
    );
    await queryRunner.query(
      'CREATE INDEX ix_mv_match_health_program ON mv_match_health (program_id)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX uq_mv_cohort_month ON mv_cohort_month (cohort_id, month)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP MATERIALIZED VIEW mv_cohort_month');
    await queryRunner.query('DROP MATERIALIZED VIEW mv_match_health');
    await queryRunner.query(
      'ALTER TABLE "cohort_snapshot" DROP CONSTRAINT "fk_cohort_snapshot_cohort"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_coordinator_check_in_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_pair_flag_resolved_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_pair_flag_raised_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_pair_note_session_id"');
    await queryRunner.query('DROP INDEX "public"."ix_pair_note_author_id"');
    await queryRunner.query('DROP INDEX "public"."ix_pairing_fit_response_respondent_id"');
    await queryRunner.query('DROP INDEX "public"."ix_match_extension_requested_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_match_extension_decided_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_closure_response_respondent_id"');
    await queryRunner.query('DROP INDEX "public"."ix_match_closure_initiated_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_readiness_assessment_created_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_readiness_item_created_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_mentor_request_match_id"');
    await queryRunner.query('DROP INDEX "public"."ix_mentor_shortlist_mentor_user_id"');
    await queryRunner.query('DROP INDEX "public"."ix_match_run_id"');
    await queryRunner.query('DROP INDEX "public"."ix_match_cohort"');
    await queryRunner.query('DROP INDEX "public"."ix_match_constraint_mentor_user_id"');
    await queryRunner.query('DROP INDEX "public"."ix_match_constraint_mentee_user_id"');
    await queryRunner.query('DROP INDEX "public"."ix_match_constraint_created_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_match_run_created_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_participant_user_id"');
    await queryRunner.query('DROP INDEX "public"."ix_application_form_id"');
    await queryRunner.query('DROP INDEX "public"."ix_application_decided_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_form_definition_created_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_invitation_invited_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_cohort_transition_actor_id"');
    await queryRunner.query('DROP INDEX "public"."ix_program_created_by_id"');
    await queryRunner.query('DROP INDEX "public"."ix_role_grant_granted_by_id"');
    await queryRunner.query('DROP TABLE "reporting_refresh"');
    await queryRunner.query('DROP TABLE "cohort_snapshot"');
  }
}

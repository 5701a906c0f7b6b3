import type { EntityManager } from 'typeorm';
import { CohortFactsRow, loadFacts } from './facts';
import { computeMetrics } from './metrics';

const EPOCH = new Date(Date.UTC(2000, 0, 1));

/**
 * Writes each reportable cohort's snapshot for the month of `asOf` (facts up to `asOf`), replacing
 * that month's earlier snapshot. The refresh job calls it with the current time; the demo seed
 * uses it to give cohorts a history (figures that depend on a pair's current state, such as
 * risks, are as of today in such a backfill).
 */
export async function writeCohortSnapshots(manager: EntityManager, asOf: Date): Promise<number> {
  const cohorts: { id: string; suppression_threshold: number }[] = await manager.query(
    `SELECT c.id, p.suppression_threshold FROM cohort c JOIN program p ON p.id = c.program_id
      WHERE c.state <> 'draft' AND c.created_at <= $1`,
    [asOf],
  );
  if (!cohorts.length) return 0;
  const month = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), 1))
    .toISOString()
    .slice(0, 10);
  const facts = await loadFacts(
    manager,
    cohorts.map((c) => c.id),
    { from: EPOCH, to: asOf },
    asOf,
  );
  for (let i = 0; i < cohorts.length; i += 100) {
    const chunk = cohorts.slice(i, i + 100);
    await manager.query(
      `INSERT INTO cohort_snapshot (cohort_id, month, health, facts, computed_at)
       SELECT x.cohort_id, $1::date, x.health, x.facts, $2
         FROM jsonb_to_recordset($3::jsonb) AS x(cohort_id uuid, health real, facts jsonb)
       ON CONFLICT (cohort_id, month) DO UPDATE
          SET health = EXCLUDED.health, facts = EXCLUDED.facts, computed_at = EXCLUDED.computed_at`,
      [
        month,
        asOf,
        JSON.stringify(
          chunk.map((c) => {
            const row = facts.get(c.id) as CohortFactsRow;
            return {
              cohort_id: c.id,
              health: computeMetrics(row.facts, c.suppression_threshold).health.value,
              facts: row,
            };
          }),
        ),
      ],
    );
  }
  return cohorts.length;
}

/** Fills the reporting views from scratch (inside a transaction; not concurrently). */
export async function refreshReportingViews(manager: EntityManager): Promise<void> {
  await manager.query(`REFRESH MATERIALIZED VIEW mv_match_health`);
  await manager.query(`REFRESH MATERIALIZED VIEW mv_cohort_month`);
}

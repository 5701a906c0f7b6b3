import type { EntityManager } from 'typeorm';

/**
 * The audit trail the demo's history would have left, derived from the seeded rows, so an HR lead
 * opening the audit log of the demo sees what it records: run publications, pair closures (by
 * whoever ended them), cohort closing. Never content, as in the product.
 */
export async function seedAuditTrail(manager: EntityManager, hrLeadId: string): Promise<number> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO audit_event (actor_id, action, object_type, object_id, at)
     SELECT created_by_id, 'match_run.publish', 'match_run', id, COALESCE(finished_at, created_at)
       FROM match_run WHERE state = 'published'
     UNION ALL
     SELECT COALESCE(c.initiated_by_id, $1::uuid),
            CASE c.kind WHEN 'early' THEN 'match.close_early' ELSE 'match.complete' END,
            'match', c.match_id, c.closed_at
       FROM match_closure c
     UNION ALL
     SELECT COALESCE(t.actor_id, $1::uuid), 'cohort.close', 'cohort', t.cohort_id, t.at
       FROM cohort_transition t WHERE t.to_state = 'closing'
     ORDER BY 5
     RETURNING id`,
    [hrLeadId],
  );
  return rows.length;
}

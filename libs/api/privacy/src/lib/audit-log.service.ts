import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { pageWindow } from '@mentorbridge/api-core';
import type { AuditEventView, AuditQuery, Page } from '@mentorbridge/shared-contracts';
import { DataSource } from 'typeorm';

/**
 * The object of an event in words, as it is now (a page holds at most 100 events). Matches and
 * their notes are named by the pair: `pair` is the match an event's object belongs to.
 */
const OBJECT_LABEL = `CASE e.object_type
    WHEN 'user' THEN (SELECT display_name FROM app_user WHERE id = e.object_id)
    WHEN 'cohort' THEN (SELECT p.name || ' · ' || c.name
        FROM cohort c JOIN program p ON p.id = c.program_id WHERE c.id = e.object_id)
    WHEN 'match_run' THEN (SELECT 'Run #' || r.number || ' · ' || c.name
        FROM match_run r JOIN cohort c ON c.id = r.cohort_id WHERE r.id = e.object_id)
    ELSE (SELECT mr.display_name || ' & ' || me.display_name
        FROM match m JOIN app_user mr ON mr.id = m.mentor_user_id
        JOIN app_user me ON me.id = m.mentee_user_id WHERE m.id = pair.match_id)
  END`;
const PAIR_OF_OBJECT = `LEFT JOIN LATERAL (SELECT CASE e.object_type
    WHEN 'match' THEN e.object_id
    WHEN 'note' THEN (SELECT match_id FROM pair_note WHERE id = e.object_id)
  END AS match_id) pair ON true`;

/** Search over the append-only audit log (newest first). */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(query: AuditQuery): Promise<Page<AuditEventView>> {
    const { page, pageSize, skip } = pageWindow(query);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.action) add('e.action = ?', query.action);
    if (query.objectType) add('e.object_type = ?', query.objectType);
    if (query.objectId) add('e.object_id = ?::uuid', query.objectId);
    if (query.actorId) add('e.actor_id = ?::uuid', query.actorId);
    if (query.from) add('e.at >= ?::timestamptz', query.from);
    if (query.to) add('e.at < ?::timestamptz', query.to);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM audit_event e ${filter}`,
      params,
    );
    const rows: {
      id: string;
      at: Date;
      actor_id: string | null;
      actor_name: string | null;
      action: string;
      object_type: string;
      object_id: string;
      object_label: string | null;
    }[] = await this.dataSource.query(
      `SELECT e.id::text AS id, e.at, e.actor_id, u.display_name AS actor_name, e.action,
              e.object_type, e.object_id, ${OBJECT_LABEL} AS object_label
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id ${PAIR_OF_OBJECT}
         ${filter} ORDER BY e.at DESC, e.id DESC
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, skip],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        at: new Date(r.at).toISOString(),
        actor: r.actor_id ? { id: r.actor_id, displayName: r.actor_name ?? '' } : null,
        action: r.action,
        objectType: r.object_type,
        objectId: r.object_id,
        objectLabel: r.object_label,
      })),
      total,
      page,
      pageSize,
    };
  }
}

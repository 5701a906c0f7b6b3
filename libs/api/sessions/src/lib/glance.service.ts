import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@mentorbridge/api-identity';
import type { PairGlance, PairSide } from '@mentorbridge/shared-contracts';
import { DataSource } from 'typeorm';

const DAY_MS = 86_400_000;

/**
 * The home cards' facts about my active relationships in one query: next session, last contact,
 * goal progress and overdue milestones. Metadata only: nothing the pair wrote.
 */
@Injectable()
export class GlanceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async mine(actor: AuthUser, now = new Date()): Promise<PairGlance[]> {
    const rows: {
      id: string;
      side: PairSide;
      activated_at: Date | null;
      next_at: Date | null;
      last_at: Date | null;
      progress: string | null;
      goals: number;
      overdue: number;
    }[] = await this.dataSource.query(
      `SELECT m.id, CASE WHEN m.mentor_user_id = $1 THEN 'mentor' ELSE 'mentee' END AS side, m.activated_at,
              (SELECT min(s.scheduled_at) FROM mentoring_session s
                WHERE s.match_id = m.id AND s.status = 'scheduled' AND s.scheduled_at >= $2) AS next_at,
              (SELECT max(s.scheduled_at) FROM mentoring_session s
                WHERE s.match_id = m.id AND s.status = 'held' AND s.scheduled_at <= $2) AS last_at,
              (SELECT avg(g.progress) FROM pair_goal g WHERE g.match_id = m.id AND g.status = 'open') AS progress,
              (SELECT count(*)::int FROM pair_goal g WHERE g.match_id = m.id) AS goals,
              (SELECT count(*)::int FROM goal_milestone gm JOIN pair_goal g ON g.id = gm.goal_id
                WHERE g.match_id = m.id AND g.status = 'open' AND gm.done_at IS NULL
                  AND gm.due_date < $2::date) AS overdue
         FROM match m
        WHERE (m.mentor_user_id = $1 OR m.mentee_user_id = $1) AND m.state = 'active'
        ORDER BY m.activated_at DESC NULLS LAST, m.id`,
      [actor.id, now],
    );
    return rows.map((r) => {
      const last = r.last_at ?? r.activated_at;
      return {
        matchId: r.id,
        mySide: r.side,
        nextSessionAt: r.next_at ? new Date(r.next_at).toISOString() : null,
        lastContactAt: last ? new Date(last).toISOString() : null,
        daysSinceContact: last
          ? Math.max(0, Math.floor((now.getTime() - new Date(last).getTime()) / DAY_MS))
          : null,
        goalProgress: r.progress === null ? null : Math.round(Number(r.progress)),
        goals: r.goals,
        overdueMilestones: r.overdue,
      };
    });
  }
}

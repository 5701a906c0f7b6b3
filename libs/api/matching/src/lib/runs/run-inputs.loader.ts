import type { Answers, ProgramFormat, SeniorityLevel } from '@mentorbridge/shared-contracts';
import type { EntityManager } from 'typeorm';
import { pairKey } from '../scoring/pair-scoring';
import type { RunInputs, RunParticipant } from './run-computation';

interface ParticipantRow {
  user_id: string;
  role: 'mentor' | 'mentee';
  capacity: number;
  live: string;
  answers: Answers;
  display_name: string;
  department: string | null;
  location: string | null;
  time_zone: string | null;
  seniority_level: SeniorityLevel | null;
  languages: string[];
  reporting_line: string[] | null;
}

/**
 * Reads what a run needs in one consistent snapshot: the cohort's active participants with their
 * answers, directory profile and whole reporting line, free places (capacity minus live matches),
 * earlier pairs of the program, and HR's pins and bans.
 */
export async function loadRunInputs(
  manager: EntityManager,
  cohortId: string,
  programId: string,
  format: ProgramFormat,
): Promise<RunInputs> {
  const rows: ParticipantRow[] = await manager.query(
    `WITH RECURSIVE line(user_id, manager_id, depth) AS (
         SELECT u.id, u.manager_id, 1 FROM app_user u
          WHERE u.id IN (SELECT user_id FROM participant WHERE cohort_id = $1 AND status = 'active')
       UNION ALL
         SELECT l.user_id, m.manager_id, l.depth + 1 FROM line l JOIN app_user m ON m.id = l.manager_id
          WHERE l.manager_id IS NOT NULL AND l.depth < 50
     ),
     -- Aggregated once (a correlated subquery re-scanned the whole CTE per participant: 8 s at 7,000).
     lines AS (
       SELECT user_id, array_agg(manager_id ORDER BY depth) AS reporting_line
         FROM line WHERE manager_id IS NOT NULL GROUP BY user_id
     ),
     -- Places taken: live pairs, and ended pairs whose side is not (yet) back in the pool (a
     -- mentee waits the program's rematch buffer after an early closure; null: not returning).
     live AS (
       SELECT mentor_user_id AS user_id, 'mentor' AS role, count(*) AS n FROM match
        WHERE cohort_id = $1
          AND (state IN ('proposed', 'active')
               OR (state IN ('completed', 'closed_early')
                   AND (mentor_rematch_from IS NULL OR mentor_rematch_from > now())))
        GROUP BY mentor_user_id
       UNION ALL
       SELECT mentee_user_id, 'mentee', count(*) FROM match
        WHERE cohort_id = $1
          AND (state IN ('proposed', 'active')
               OR (state IN ('completed', 'closed_early')
                   AND (mentee_rematch_from IS NULL OR mentee_rematch_from > now())))
        GROUP BY mentee_user_id
     )
     SELECT p.user_id, p.role, p.capacity, COALESCE(live.n, 0) AS live,
            a.answers, u.display_name, u.department, u.location, u.time_zone, u.seniority_level, u.languages,
            lines.reporting_line
       FROM participant p
       JOIN application a ON a.id = p.application_id
       JOIN app_user u ON u.id = p.user_id
       LEFT JOIN lines ON lines.user_id = p.user_id
       LEFT JOIN live ON live.user_id = p.user_id AND live.role = p.role
      WHERE p.cohort_id = $1 AND p.status = 'active' AND u.status = 'active'
      ORDER BY p.role, u.display_name, p.user_id`,
    [cohortId],
  );
  const previous: { mentor_user_id: string; mentee_user_id: string }[] = await manager.query(
    `SELECT DISTINCT x.mentor_user_id, x.mentee_user_id
       FROM match x JOIN cohort c ON c.id = x.cohort_id
      WHERE c.program_id = $1 AND x.cohort_id <> $2 AND x.activated_at IS NOT NULL`,
    [programId, cohortId],
  );
  const constraints: { kind: 'pin' | 'ban'; mentor_user_id: string; mentee_user_id: string }[] =
    await manager.query(
      // A pair that already ended in this cohort is never proposed again (an implicit ban).
      `SELECT kind, mentor_user_id, mentee_user_id FROM (
         SELECT kind, mentor_user_id, mentee_user_id, created_at, id FROM match_constraint
          WHERE cohort_id = $1
         UNION ALL
         SELECT 'ban', mentor_user_id, mentee_user_id, proposed_at, id FROM match
          WHERE cohort_id = $1 AND state IN ('completed', 'closed_early')
       ) c ORDER BY created_at, id`,
      [cohortId],
    );
  const toParticipant = (row: ParticipantRow, capacity: number): RunParticipant => {
    const answered = row.answers['languages'];
    const languages =
      Array.isArray(answered) && answered.length
        ? answered.filter((l): l is string => typeof l === 'string')
        : (row.languages ?? []);
    return {
      userId: row.user_id,
      displayName: row.display_name,
      answers: row.answers,
      department: row.department,
      location: row.location,
      timeZone: row.time_zone,
      seniorityLevel:
        row.seniority_level === null ? null : (Number(row.seniority_level) as SeniorityLevel),
      languages,
      reportingLine: row.reporting_line ?? [],
      capacity,
    };
  };
  return {
    format,
    at: new Date().toISOString(),
    mentors: rows
      .filter((r) => r.role === 'mentor')
      .map((r) => toParticipant(r, Math.max(0, Number(r.capacity) - Number(r.live)))),
    mentees: rows
      .filter((r) => r.role === 'mentee')
      .map((r) => toParticipant(r, Math.max(0, 1 - Number(r.live)))),
    previousPairs: previous.map((r) => pairKey(r.mentor_user_id, r.mentee_user_id)),
    bans: constraints
      .filter((c) => c.kind === 'ban')
      .map((c) => pairKey(c.mentor_user_id, c.mentee_user_id)),
    pins: constraints
      .filter((c) => c.kind === 'pin')
      .map((c) => [c.mentor_user_id, c.mentee_user_id] as [string, string]),
  };
}

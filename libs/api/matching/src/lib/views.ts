import type {
  CriterionScore,
  MatchPersonView,
  MatchRunSummary,
  SeniorityLevel,
} from '@mentorbridge/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { MatchRunEntity } from './entities/matching.entities';

interface PersonRow {
  id: string;
  display_name: string;
  email: string;
  department: string | null;
  title: string | null;
  seniority_level: number | null;
}

export interface PersonDirectory {
  view(userId: string): MatchPersonView;
  ref(userId: string): { id: string; displayName: string; email: string } | null;
}

/** Loads the people behind a set of ids in one query. */
export async function loadPeople(
  manager: EntityManager,
  ids: Iterable<string>,
): Promise<PersonDirectory> {
  const unique = [...new Set(ids)];
  const rows: PersonRow[] = unique.length
    ? await manager.query(
        `SELECT id, display_name, email, department, title, seniority_level FROM app_user WHERE id = ANY($1::uuid[])`,
        [unique],
      )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    view(userId) {
      const row = byId.get(userId);
      return {
        userId,
        displayName: row?.display_name ?? 'Former participant',
        department: row?.department ?? null,
        title: row?.title ?? null,
        seniorityLevel:
          row?.seniority_level == null ? null : (Number(row.seniority_level) as SeniorityLevel),
      };
    },
    ref(userId) {
      const row = byId.get(userId);
      return row ? { id: row.id, displayName: row.display_name, email: row.email } : null;
    },
  };
}

/** What a reviewer should look at for a proposed pair. */
export function pairWarnings(score: number, criteria: CriterionScore[]): string[] {
  const value = (c: CriterionScore['criterion']) => criteria.find((x) => x.criterion === c);
  const warnings: string[] = [];
  if (score < 35) warnings.push('Low score');
  const availability = value('availability');
  if (availability && availability.weight > 0 && availability.value === 0)
    warnings.push('No common availability');
  const modes = value('meeting_modes');
  if (modes && modes.weight > 0 && modes.value === 0) warnings.push('No common meeting mode');
  const language = value('language');
  if (language && language.value === 0) warnings.push('No shared language');
  const avoid = value('avoid_topics');
  if (avoid && avoid.weight > 0 && avoid.value < 0)
    warnings.push("Touches the mentor's no-go topics");
  const seniority = value('seniority');
  if (seniority && seniority.weight > 0 && seniority.value === 0)
    warnings.push('Seniority far from what the mentee asked for');
  return warnings;
}

export function runSummary(run: MatchRunEntity, people: PersonDirectory): MatchRunSummary {
  return {
    id: run.id,
    cohortId: run.cohortId,
    number: run.number,
    state: run.state,
    createdAt: run.createdAt.toISOString(),
    createdBy: run.createdById ? people.ref(run.createdById) : null,
    finishedAt: run.finishedAt ? run.finishedAt.toISOString() : null,
    durationMs: run.durationMs,
    solverVersion: run.solverVersion,
    progress: run.progress,
    objective: run.objective,
    mentees: run.mentees,
    mentors: run.mentors,
    unmatchedMentees: run.unmatched.length,
    edits: run.edits,
    error: run.error,
  };
}

export interface CohortNames {
  cohortName: string;
  programName: string;
  /** The cohort's end date (YYYY-MM-DD): the planned end of its pairs unless extended. */
  endDate: string;
}

/** Cohort and program names by cohort id, in one query. */
export async function loadCohortNames(
  manager: EntityManager,
  cohortIds: string[],
): Promise<Map<string, CohortNames>> {
  if (!cohortIds.length) return new Map();
  const rows: { id: string; cohort_name: string; program_name: string; end_date: string }[] =
    await manager.query(
      `SELECT c.id, c.name AS cohort_name, p.name AS program_name, c.end_date::text AS end_date
         FROM cohort c JOIN program p ON p.id = c.program_id WHERE c.id = ANY($1::uuid[])`,
      [[...new Set(cohortIds)]],
    );
  return new Map(
    rows.map((r) => [
      r.id,
      { cohortName: r.cohort_name, programName: r.program_name, endDate: r.end_date },
    ]),
  );
}

import type { MatchEntity } from '@mentorbridge/api-matching';
import type { CohortState, ContactOption, SideDocumentation } from '@mentorbridge/shared-contracts';
import { CLOSING_WINDOW_DAYS } from '@mentorbridge/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { Person } from './closure-mails';
import type { ClosureResponseEntity } from './entities/closure.entities';

const DAY_MS = 86_400_000;

/** What closure needs to know about a pair: its cohort and program rules and both people. */
export interface PairData {
  match: MatchEntity;
  cohort: { id: string; name: string; endDate: string; state: CohortState; programId: string };
  program: {
    name: string;
    rematchBufferDays: number;
    noteRetentionDays: number;
    contactOptions: ContactOption[];
  };
  mentor: Person;
  mentee: Person;
}

export async function loadPairData(manager: EntityManager, match: MatchEntity): Promise<PairData> {
  const [row]: {
    cohort_name: string;
    end_date: string;
    state: CohortState;
    program_id: string;
    program_name: string;
    rematch_buffer_days: number;
    note_retention_days: number;
    contact_options: ContactOption[];
    mentor: Person;
    mentee: Person;
  }[] = await manager.query(
    `SELECT c.name AS cohort_name, c.end_date::text AS end_date, c.state, c.program_id,
            p.name AS program_name, p.rematch_buffer_days, p.note_retention_days, p.contact_options,
            (SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.display_name) FROM app_user u WHERE u.id = $2) AS mentor,
            (SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.display_name) FROM app_user u WHERE u.id = $3) AS mentee
       FROM cohort c JOIN program p ON p.id = c.program_id WHERE c.id = $1`,
    [match.cohortId, match.mentorUserId, match.menteeUserId],
  );
  return {
    match,
    cohort: {
      id: match.cohortId,
      name: row.cohort_name,
      endDate: row.end_date,
      state: row.state,
      programId: row.program_id,
    },
    program: {
      name: row.program_name,
      rematchBufferDays: Number(row.rematch_buffer_days),
      noteRetentionDays: Number(row.note_retention_days),
      contactOptions: row.contact_options,
    },
    mentor: row.mentor,
    mentee: row.mentee,
  };
}

export const plannedEnd = (pair: PairData): string =>
  pair.match.plannedEndDate ?? pair.cohort.endDate;

export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The day the closing window opens: CLOSING_WINDOW_DAYS before the planned end. */
export function windowOpensOn(end: string): string {
  return isoDay(addDays(new Date(`${end}T00:00:00Z`), -CLOSING_WINDOW_DAYS));
}

export function closingWindowOpen(pair: PairData, now: Date): boolean {
  return pair.match.state === 'active' && isoDay(now) >= windowOpensOn(plannedEnd(pair));
}

export function sideDocumentation(row: ClosureResponseEntity | undefined): SideDocumentation {
  return {
    surveyAnswered: !!row?.answeredAt,
    chasedAt: row?.chasedAt ? row.chasedAt.toISOString() : null,
    contactPreference: row?.contactPreference ?? null,
    contactDefaulted: row?.contactDefaulted ?? false,
  };
}

/**
 * A closure is documented when its reason is recorded and, for each side, the exit survey was
 * answered or chased and a contact preference is known (given, or the safe default on chase).
 */
export function isDocumented(
  hasClosure: boolean,
  mentor: SideDocumentation,
  mentee: SideDocumentation,
): boolean {
  const side = (d: SideDocumentation) =>
    (d.surveyAnswered || d.chasedAt !== null) && d.contactPreference !== null;
  return hasClosure && side(mentor) && side(mentee);
}

import type {
  Answers,
  ApplicantProfile,
  ApplicationDetail,
  ApplicationSummary,
  CohortState,
  FormDefinition,
} from '@mentorbridge/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../entities/enrollment.entities';

export function highlightOf(role: 'mentor' | 'mentee', answers: Answers): string {
  const value = role === 'mentee' ? answers['goal'] : answers['expertise'];
  const text = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
  return text.length > 140 ? `${text.slice(0, 137)}…` : text;
}

export function toSummary(a: ApplicationEntity): ApplicationSummary {
  return {
    id: a.id,
    cohortId: a.cohortId,
    cohortName: a.cohort?.name ?? '',
    programName: a.cohort?.program?.name ?? '',
    applicant: { id: a.userId, displayName: a.user?.displayName ?? '', email: a.user?.email ?? '' },
    role: a.role,
    status: a.status,
    goalFlag: a.goalFlag,
    highlight: highlightOf(a.role, a.answers),
    department: a.profile.department,
    seniorityLevel: a.profile.seniorityLevel,
    submittedAt: a.submittedAt.toISOString(),
    decidedAt: a.decidedAt?.toISOString() ?? null,
  };
}

export function toDetail(
  a: ApplicationEntity,
  extra: {
    programId: string;
    programName: string;
    cohortName: string;
    cohortState: CohortState;
    form: FormDefinition;
  },
): ApplicationDetail {
  const open = extra.cohortState === 'recruiting';
  const beforeMatching = extra.cohortState === 'recruiting' || extra.cohortState === 'matching';
  return {
    ...toSummary(a),
    ...extra,
    answers: a.answers,
    profile: a.profile,
    goalFlagReasons: a.goalFlagReasons,
    decisionReason: a.decisionReason,
    decisionMessage: a.decisionMessage,
    decidedBy: a.decidedBy
      ? { id: a.decidedBy.id, displayName: a.decidedBy.displayName, email: a.decidedBy.email }
      : null,
    withdrawnAt: a.withdrawnAt?.toISOString() ?? null,
    canEdit: open && a.status === 'submitted',
    canWithdraw: beforeMatching && ['submitted', 'approved', 'waitlisted'].includes(a.status),
  };
}

/** The applicant's directory profile right now (snapshotted into the application on submit). */
export async function loadProfile(
  manager: EntityManager,
  userId: string,
): Promise<ApplicantProfile> {
  const [row]: {
    department: string | null;
    title: string | null;
    location: string | null;
    seniority_level: number | null;
    languages: string[];
    time_zone: string | null;
    manager_id: string | null;
    manager_name: string | null;
    manager_email: string | null;
  }[] = await manager.query(
    `SELECT u.department, u.title, u.location, u.seniority_level, u.languages, u.time_zone,
            m.id AS manager_id, m.display_name AS manager_name, m.email AS manager_email
       FROM app_user u LEFT JOIN app_user m ON m.id = u.manager_id WHERE u.id = $1`,
    [userId],
  );
  return {
    department: row.department,
    title: row.title,
    location: row.location,
    seniorityLevel: row.seniority_level as ApplicantProfile['seniorityLevel'],
    languages: row.languages ?? [],
    timeZone: row.time_zone,
    manager: row.manager_id
      ? { id: row.manager_id, displayName: row.manager_name ?? '', email: row.manager_email ?? '' }
      : null,
  };
}

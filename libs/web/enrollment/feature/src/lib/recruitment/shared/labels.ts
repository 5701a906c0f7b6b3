import {
  ApplicationStatus,
  CohortDetail,
  COHORT_STATE_LABELS,
  CohortState,
  Decision,
  GoalFlag,
  ParticipantRole,
} from '@mentorbridge/shared-contracts';

export const ROLE_LABELS: Readonly<Record<ParticipantRole, string>> = {
  mentor: 'Mentor',
  mentee: 'Mentee',
};

export const ROLE_PLURALS: Readonly<Record<ParticipantRole, string>> = {
  mentor: 'Mentors',
  mentee: 'Mentees',
};

/** "1 person" / "3 people". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  const formatted = new Intl.NumberFormat().format(count);
  return `${formatted} ${count === 1 ? singular : pluralForm}`;
}

const percentFormat = new Intl.NumberFormat(undefined, {
  style: 'percent',
  maximumFractionDigits: 0,
});

/** 0.625 → "63%" in the person's locale. */
export function formatShare(share: number): string {
  return percentFormat.format(share);
}

/** What HR should do about a flagged goal: the conversation to have before deciding. */
export const GOAL_FLAG_ADVICE: Readonly<Record<GoalFlag, string>> = {
  too_short:
    'The goal is very short. Talk with the mentee before deciding: what do they want to reach in the next months, and why would a mentor help?',
  generic:
    'The goal is generic ("grow", "learn more"). Ask the mentee for a concrete outcome and why a mentor helps, then decide — mentees who cannot say why they want a mentor rarely keep meeting.',
};

export const DECISION_LABELS: Readonly<Record<Decision, string>> = {
  approve: 'Approve',
  waitlist: 'Waitlist',
  reject: 'Reject',
};

/** Past tense, for confirmations ("Approved", "Waitlisted"…). */
export const DECISION_DONE: Readonly<Record<Decision, string>> = {
  approve: 'Approved',
  waitlist: 'Waitlisted',
  reject: 'Not accepted',
};

/** Which decisions each status allows (the API has the last word). */
export const ALLOWED_DECISIONS: Readonly<Partial<Record<ApplicationStatus, readonly Decision[]>>> =
  {
    submitted: ['approve', 'reject', 'waitlist'],
    waitlisted: ['approve', 'reject'],
  };

/** Screening decisions are possible while the cohort recruits or matches. */
export const SCREENING_STATES: readonly CohortState[] = ['recruiting', 'matching'];

/** Why a decision is not possible now, or null when it is. */
export function decisionBlocked(
  decision: Decision,
  status: ApplicationStatus,
  cohortState: CohortState,
  cohortName: string,
): string | null {
  if (!SCREENING_STATES.includes(cohortState)) {
    return `Screening is possible while the cohort is Recruiting or Matching; ${cohortName} is ${COHORT_STATE_LABELS[cohortState]}.`;
  }
  const allowed = ALLOWED_DECISIONS[status] ?? [];
  if (allowed.includes(decision)) {
    return null;
  }
  switch (status) {
    case 'waitlisted':
      return 'This application is already waitlisted: approve or reject it.';
    case 'withdrawn':
      return 'The applicant withdrew this application.';
    case 'approved':
      return 'This application is already approved.';
    case 'rejected':
      return 'This application was not accepted; the decision is final.';
    default:
      return 'Not possible from the current status.';
  }
}

/** Why invitations cannot be sent now, or null while the cohort recruits. */
export function invitingBlocked(cohort: Pick<CohortDetail, 'name' | 'state'>): string | null {
  return cohort.state === 'recruiting'
    ? null
    : `Invitations can be sent while the cohort is Recruiting; ${cohort.name} is ${COHORT_STATE_LABELS[cohort.state]}.`;
}

export const MAIL_KIND_LABELS: Readonly<Record<string, string>> = {
  invitation: 'Invitation',
  'invitation-reminder': 'Reminder',
  'application-decision': 'Decision',
};

export function mailKindLabel(kind: string): string {
  return (
    MAIL_KIND_LABELS[kind] ?? kind.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase())
  );
}

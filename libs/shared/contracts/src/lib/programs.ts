import type { PageQuery } from './paging';
import type { PersonRef } from './users';

export const PROGRAM_FORMATS = [
  'one_on_one',
  'group',
  'peer',
  'reverse',
  'flash',
  'developmental',
] as const;
export type ProgramFormat = (typeof PROGRAM_FORMATS)[number];
export const PROGRAM_FORMAT_LABELS: Readonly<Record<ProgramFormat, string>> = {
  one_on_one: 'One-on-one',
  group: 'Group',
  peer: 'Peer',
  reverse: 'Reverse',
  flash: 'Flash / speed',
  developmental: 'Developmental',
};

export const MEETING_MODES = ['video', 'in_person', 'phone', 'walking'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];
export const MEETING_MODE_LABELS: Readonly<Record<MeetingMode, string>> = {
  video: 'Video',
  in_person: 'In person',
  phone: 'Phone',
  walking: 'Walking',
};

export const MATCHING_MODES = ['admin_bulk', 'mentee_choice', 'manual'] as const;
export type MatchingMode = (typeof MATCHING_MODES)[number];
export const MATCHING_MODE_LABELS: Readonly<Record<MatchingMode, string>> = {
  admin_bulk: 'HR lead runs an optimal bulk match',
  mentee_choice: 'Mentees choose from ranked suggestions',
  manual: 'HR lead pairs people by hand',
};

export const CONTACT_OPTIONS = ['stay_in_touch', 'no_further_contact'] as const;
export type ContactOption = (typeof CONTACT_OPTIONS)[number];
export const CONTACT_OPTION_LABELS: Readonly<Record<ContactOption, string>> = {
  stay_in_touch: 'Stay in touch',
  no_further_contact: 'No further contact',
};

/** Smallest group an aggregate may show; smaller cells are suppressed ("<5"). */
export const MIN_SUPPRESSION_THRESHOLD = 5;

export interface ProgramPurpose {
  /** The strategic driver: why the organisation runs this program. */
  strategicDriver: string;
  /** Outcomes the program should produce, as learning objectives. */
  outcomes: string[];
}

export interface ClosurePolicy {
  /** Days after an early closure before a participant can be matched again. */
  rematchBufferDays: number;
  /** Post-closure contact options offered to pairs. */
  contactOptions: ContactOption[];
  /**
   * Days after a closure before the pair's notes are deleted (the pair is warned beforehand).
   * Default 90; always present in responses.
   */
  noteRetentionDays?: number;
}

/** A goal a program suggests to its pairs (the mentee adapts it when starting from it). */
export interface GoalTemplate {
  title: string;
  why?: string;
  measure?: string;
  /** Target date: this many days after the pair starts. */
  targetDays?: number;
  milestones?: { title: string; dueDays: number }[];
}

/** When pulse check-ins go out: first on day `firstDay`, then every `everyDays`. */
export interface PulseSchedule {
  firstDay: number;
  everyDays: number;
}

export interface ProgramSettings {
  name: string;
  purpose: ProgramPurpose;
  format: ProgramFormat;
  defaultDurationMonths: number;
  /** Expected meeting cadence: at least one meeting every N weeks. */
  cadenceWeeks: number;
  defaultMentorCapacity: number;
  meetingModes: MeetingMode[];
  matchingMode: MatchingMode;
  closurePolicy: ClosurePolicy;
  /** Aggregates with fewer people than this are suppressed (at least 5). */
  suppressionThreshold: number;
  /** Null or absent: the organisation's default schedule (day 30, then every 60 days). */
  pulseSchedule?: PulseSchedule | null;
  /** Suggested goals for new pairs (e.g. "set your goals in the first month"). */
  goalTemplates?: GoalTemplate[];
}

export interface CreateProgramRequest extends ProgramSettings {
  /** HR leads who own the program (the creator is always an owner). */
  ownerIds: string[];
}

export type UpdateProgramRequest = Partial<CreateProgramRequest> & {
  /** The version you edited; a stale version is refused with 409. */
  version: number;
};

export interface ReadinessSummary {
  assessmentId: string;
  title: string;
  band: ReadinessBand;
  overall: number | null;
  completedAt: string | null;
  status: AssessmentStatus;
}

export interface ProgramSummary {
  id: string;
  name: string;
  format: ProgramFormat;
  matchingMode: MatchingMode;
  owners: PersonRef[];
  cohortCount: number;
  /** The most recent cohort that is not closed, if any. */
  currentCohort: { id: string; name: string; state: CohortState } | null;
  /** The latest completed assessment, else the latest open one. */
  readiness: ReadinessSummary | null;
  createdAt: string;
}

export interface ProgramDetail extends ProgramSettings {
  id: string;
  owners: PersonRef[];
  cohorts: CohortSummary[];
  readiness: ReadinessSummary | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ProgramListQuery extends PageQuery {
  search?: string;
}

// --- cohorts --------------------------------------------------------------------------------

export const COHORT_STATES = [
  'draft',
  'recruiting',
  'matching',
  'active',
  'closing',
  'closed',
] as const;
export type CohortState = (typeof COHORT_STATES)[number];
export const COHORT_STATE_LABELS: Readonly<Record<CohortState, string>> = {
  draft: 'Draft',
  recruiting: 'Recruiting',
  matching: 'Matching',
  active: 'Active',
  closing: 'Closing',
  closed: 'Closed (archived)',
};

/** The cohort state machine: every allowed move. Anything else is refused. */
export const COHORT_TRANSITIONS: Readonly<Record<CohortState, readonly CohortState[]>> = {
  draft: ['recruiting'],
  recruiting: ['matching'],
  // Matching can reopen recruitment when too few people applied.
  matching: ['recruiting', 'active'],
  active: ['closing'],
  closing: ['closed'],
  closed: [],
};

export const COHORT_TRANSITION_VERBS: Readonly<Record<CohortState, string>> = {
  draft: 'Back to draft',
  recruiting: 'Open recruitment',
  matching: 'Start matching',
  active: 'Launch relationships',
  closing: 'Start closing',
  closed: 'Close and archive',
};

export function canTransition(from: CohortState, to: CohortState): boolean {
  return COHORT_TRANSITIONS[from].includes(to);
}

export interface CohortSummary {
  id: string;
  programId: string;
  name: string;
  state: CohortState;
  startDate: string;
  endDate: string;
}

export interface CohortTransitionRecord {
  id: string;
  from: CohortState;
  to: CohortState;
  actor: PersonRef | null;
  at: string;
  /** Written reason, required when a launch gate was overridden. */
  reason: string | null;
  gateOverridden: boolean;
}

/** Whether a move is possible now, and if not, why (shown as the disabled button's tooltip). */
export interface CohortNextStep {
  to: CohortState;
  allowed: boolean;
  /** Why the move is blocked (a gate), or null. */
  blockedBy: string | null;
  /** A blocked gate that an HR lead may override with a written reason. */
  overridable: boolean;
}

export interface CohortDetail extends CohortSummary {
  programName: string;
  transitions: CohortTransitionRecord[];
  nextSteps: CohortNextStep[];
  version: number;
}

export interface CreateCohortRequest {
  name: string;
  startDate: string;
  endDate: string;
}

export type UpdateCohortRequest = Partial<CreateCohortRequest> & { version: number };

export interface CohortTransitionRequest {
  to: CohortState;
  /** Required to override a failing gate (at least 20 characters); optional note otherwise. */
  reason?: string;
  overrideGate?: boolean;
}

export const OVERRIDE_REASON_MIN_LENGTH = 20;

// --- readiness (types shared with readiness.ts) -------------------------------------------------

export const READINESS_BANDS = ['not_ready', 'ready', 'strong', 'exemplary'] as const;
export type ReadinessBand = (typeof READINESS_BANDS)[number];
export type AssessmentStatus = 'open' | 'completed';

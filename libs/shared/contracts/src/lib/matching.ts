import type { PersonRef } from './users';
import type { SeniorityLevel } from './directory';

export const MATCH_CRITERIA = [
  'skills',
  'goal_keywords',
  'seniority',
  'language',
  'department',
  'location',
  'availability',
  'meeting_modes',
  'avoid_topics',
] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

/** What each criterion measures, in the words shown next to a pair's breakdown. */
export const MATCH_CRITERION_INFO: Readonly<
  Record<MatchCriterion, { label: string; semantics: string }>
> = {
  skills: {
    label: 'Skills ↔ expertise',
    semantics: "Share of the mentee's target skills that the mentor lists as expertise.",
  },
  goal_keywords: {
    label: 'Goal ↔ expertise',
    semantics:
      "Mentor expertise areas whose words appear in the mentee's goal: 0 → 0, 1 → ½, 2 or more → 1.",
  },
  seniority: {
    label: 'Seniority gap',
    semantics:
      "1 when the mentor's level is in the range the mentee asked for (reversed for reverse mentoring, equal for peer), minus ½ per level outside it.",
  },
  language: {
    label: 'Shared language',
    semantics: 'At least one language in common (a hard rule when the program requires it).',
  },
  department: {
    label: 'Department',
    semantics: 'Prefer different departments (or the same one), as the program says.',
  },
  location: {
    label: 'Location / time zone',
    semantics: 'Same location → 1; time zones at most 1 h apart → 0.7; at most 3 h → 0.4; else 0.',
  },
  availability: {
    label: 'Availability',
    semantics: 'Common weekly slots: none → 0, one → ½, two → 0.8, three or more → 1.',
  },
  meeting_modes: {
    label: 'Meeting modes',
    semantics: 'At least one way of meeting both accept.',
  },
  avoid_topics: {
    label: "Mentor's no-go topics",
    semantics:
      "A penalty: share of the mentee's target skills the mentor would rather not mentor on.",
  },
};

export type DepartmentPreference = 'different' | 'same' | 'none';

export interface MatchingSettings {
  /** 0–10 per criterion; 0 switches a criterion off. */
  weights: Record<MatchCriterion, number>;
  departmentPreference: DepartmentPreference;
  /** Hard rule: a pair must share a language. */
  requireSharedLanguage: boolean;
  /** Allow a pair that was already matched in an earlier cohort of the program. */
  allowRepeatPairs: boolean;
  /** Mentee-choice mode: how many mentors each mentee sees. */
  shortlistSize: number;
  /** Mentee-choice mode: days before an unanswered request expires. */
  requestExpiryDays: number;
  /** Whether a published pair is active at once, or only when both sides accept. */
  activateOnPublish: boolean;
}

export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = {
  weights: {
    skills: 5,
    goal_keywords: 3,
    seniority: 3,
    language: 2,
    department: 2,
    location: 1,
    availability: 3,
    meeting_modes: 1,
    avoid_topics: 4,
  },
  departmentPreference: 'different',
  requireSharedLanguage: true,
  allowRepeatPairs: false,
  shortlistSize: 5,
  requestExpiryDays: 7,
  activateOnPublish: false,
};

export interface CriterionScore {
  criterion: MatchCriterion;
  /** 0–1 (−1–0 for the penalty). */
  value: number;
  weight: number;
  /** Contribution to the 0–100 score. */
  points: number;
  /** Why, in plain words ("2 of 3 target skills: Negotiation, Leadership"). */
  explanation: string;
}

/** Why a pair is not allowed at all. */
export type HardRule =
  'reporting_line' | 'previous_pair' | 'no_shared_language' | 'banned' | 'same_person';

export const HARD_RULE_LABELS: Readonly<Record<HardRule, string>> = {
  reporting_line: "The mentor is the mentee's manager or above them in the reporting line",
  previous_pair: 'They were already paired in an earlier cohort of this program',
  no_shared_language: 'They share no language and the program requires one',
  banned: 'An HR lead excluded this pair',
  same_person: 'A person cannot mentor themselves',
};

export interface PairScore {
  mentorUserId: string;
  menteeUserId: string;
  /** 0–100 (can dip below 0 with penalties); null when the pair is forbidden. */
  score: number | null;
  forbidden: HardRule[];
  criteria: CriterionScore[];
}

// ---------------------------------------------------------------------------------------------
// Match runs: a draft proposal of pairs that HR reviews, adjusts and publishes.
// ---------------------------------------------------------------------------------------------

export const MATCH_RUN_STATES = ['running', 'draft', 'failed', 'published', 'discarded'] as const;
export type MatchRunState = (typeof MATCH_RUN_STATES)[number];

export const MATCH_RUN_STATE_LABELS: Readonly<Record<MatchRunState, string>> = {
  running: 'Running',
  draft: 'Draft — to review',
  failed: 'Failed',
  published: 'Published',
  discarded: 'Discarded',
};

/** Where a running match run is (shown as a progress bar). */
export interface MatchRunProgress {
  phase: 'loading' | 'scoring' | 'solving' | 'saving' | 'done';
  /** 0–100. */
  percent: number;
}

export interface MatchRunObjective {
  matched: number;
  totalScore: number;
  /** The solver proved this is the best possible (false once HR swapped pairs by hand). */
  optimal: boolean;
}

export interface MatchRunSummary {
  id: string;
  cohortId: string;
  /** 1, 2, 3… per cohort, to tell runs apart when comparing. */
  number: number;
  state: MatchRunState;
  createdAt: string;
  createdBy: PersonRef | null;
  finishedAt: string | null;
  durationMs: number | null;
  solverVersion: string;
  progress: MatchRunProgress;
  /** Null until the run finishes. */
  objective: MatchRunObjective | null;
  mentees: number;
  mentors: number;
  unmatchedMentees: number;
  /** Pairs HR changed by hand after the solver (swaps). */
  edits: number;
  error: string | null;
}

export interface MatchPersonView {
  userId: string;
  displayName: string;
  department: string | null;
  title: string | null;
  seniorityLevel: SeniorityLevel | null;
}

export interface MatchProposalView {
  id: string;
  mentor: MatchPersonView;
  mentee: MatchPersonView;
  score: number;
  criteria: CriterionScore[];
  /** Kept in every re-run of this cohort. */
  pinned: boolean;
  /** Placed by HR (swap), not by the solver. */
  edited: boolean;
  /** Things a reviewer should look at ("no common availability", "low score"…). */
  warnings: string[];
}

export interface UnmatchedMenteeView {
  person: MatchPersonView;
  /** Why the solver left them out, in plain words. */
  reason: string;
}

export interface MatchRunDetail extends MatchRunSummary {
  /** The run's cohort and its program, for titles and breadcrumbs. */
  cohortName: string;
  programName: string;
  settings: MatchingSettings;
  proposals: MatchProposalView[];
  unmatched: UnmatchedMenteeView[];
  /** Mentors with free places left after this run. */
  mentorsWithFreeCapacity: { person: MatchPersonView; free: number }[];
}

/** "Why this pair" (or why not) for any mentor and mentee of the run. */
export interface PairExplanation extends PairScore {
  mentor: MatchPersonView;
  mentee: MatchPersonView;
  /** Is the pair in the run's proposal? */
  proposed: boolean;
}

export interface MatchRunComparison {
  a: MatchRunSummary;
  b: MatchRunSummary;
  /** Pairs proposed by both runs. */
  same: number;
  onlyInA: { mentor: MatchPersonView; mentee: MatchPersonView; score: number }[];
  onlyInB: { mentor: MatchPersonView; mentee: MatchPersonView; score: number }[];
}

export type MatchConstraintKind = 'pin' | 'ban';

/** A rule HR set for a cohort, kept across re-runs. */
export interface MatchConstraintView {
  id: string;
  kind: MatchConstraintKind;
  mentor: MatchPersonView;
  mentee: MatchPersonView;
  reason: string | null;
  createdAt: string;
  createdBy: PersonRef | null;
}

export interface CreateMatchConstraintRequest {
  kind: MatchConstraintKind;
  mentorUserId: string;
  menteeUserId: string;
  reason?: string;
}

export interface SwapProposalsRequest {
  /** Two proposals of the same draft run: their mentors are exchanged. */
  proposalIds: [string, string];
}

// ---------------------------------------------------------------------------------------------
// Matches: a published pair, accepted or declined by each side.
// ---------------------------------------------------------------------------------------------

export const MATCH_STATES = [
  'proposed',
  'active',
  'declined',
  'expired',
  'cancelled',
  'completed',
  'closed_early',
] as const;
export type MatchState = (typeof MATCH_STATES)[number];

export const MATCH_STATE_LABELS: Readonly<Record<MatchState, string>> = {
  proposed: 'Waiting for answers',
  active: 'Active',
  declined: 'Declined',
  expired: 'Expired',
  cancelled: 'Cancelled',
  completed: 'Completed',
  closed_early: 'Ended early',
};

export type MatchResponse = 'pending' | 'accepted' | 'declined';

export interface MatchView {
  id: string;
  cohortId: string;
  cohortName: string;
  programName: string;
  state: MatchState;
  mentor: MatchPersonView;
  mentee: MatchPersonView;
  mentorResponse: MatchResponse;
  menteeResponse: MatchResponse;
  score: number | null;
  /** Shown to both sides: why they were paired. */
  criteria: CriterionScore[];
  proposedAt: string;
  /** Answers are due by then (proposed matches). */
  respondBy: string | null;
  activatedAt: string | null;
  /** The planned end of an active relationship (the cohort's end unless extended). */
  plannedEnd: string | null;
  endedAt: string | null;
  declineReason: string | null;
  /** The viewer's side, when the viewer is in the pair. */
  mySide: 'mentor' | 'mentee' | null;
}

export interface RespondToMatchRequest {
  accept: boolean;
  /** Required when declining. */
  reason?: string;
}

export interface PublishResult {
  run: MatchRunSummary;
  published: number;
  /** Messages queued to mentors and mentees. */
  notified: number;
}

// ---------------------------------------------------------------------------------------------
// Mentee-choice mode: shortlists and requests.
// ---------------------------------------------------------------------------------------------

export const MENTOR_REQUEST_STATES = [
  'open',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
] as const;
export type MentorRequestState = (typeof MENTOR_REQUEST_STATES)[number];

export const MENTOR_REQUEST_STATE_LABELS: Readonly<Record<MentorRequestState, string>> = {
  open: 'Waiting for the mentor',
  accepted: 'Accepted',
  declined: 'Declined',
  expired: 'Expired',
  withdrawn: 'Withdrawn',
};

export interface MentorRequestView {
  id: string;
  cohortId: string;
  cohortName: string;
  programName: string;
  state: MentorRequestState;
  mentor: MatchPersonView;
  mentee: MatchPersonView;
  message: string | null;
  /**
   * What the mentee wants from mentoring, in their own words (the goal of their application to
   * this cohort; the form tells them their mentor reads it). For the mentor while the request is
   * open or accepted, for the mentee and for HR; null when hidden, erased or not answered.
   */
  menteeGoal?: string | null;
  score: number | null;
  criteria: CriterionScore[];
  createdAt: string;
  expiresAt: string;
  respondedAt: string | null;
  /** Why it ended when it was not accepted ("another mentor accepted", a decline reason…). */
  closedReason: string | null;
  /** The match created when the mentor accepted. */
  matchId: string | null;
}

export interface ShortlistEntryView {
  rank: number;
  mentor: MatchPersonView;
  score: number;
  criteria: CriterionScore[];
  /** False once the mentor has no free place left. */
  available: boolean;
  /** My request to this mentor, if any. */
  request: { id: string; state: MentorRequestState } | null;
}

/** A mentee's ranked shortlist in one cohort (mentee-choice programs). */
export interface ShortlistView {
  cohortId: string;
  cohortName: string;
  programName: string;
  generatedAt: string;
  requestExpiryDays: number;
  /** I already have a live match in this cohort: requests are closed. */
  matched: boolean;
  entries: ShortlistEntryView[];
}

export interface ShortlistGenerationResult {
  mentees: number;
  /** Mentees who got at least one mentor on their shortlist. */
  withShortlist: number;
  entries: number;
  /** The most mentees any mentor is shown to (never above their free places). */
  maxExposure: number;
  generatedAt: string;
}

export interface CreateMentorRequest {
  mentorUserId: string;
  /** A short note to the mentor. */
  message?: string;
}

import type { ContactOption } from './programs';
import type { PairSide } from './sessions';

// ---------------------------------------------------------------------------------------------
// Pairing fit: a short check both sides answer after their first session (issue 6). Answers go to
// HR only, never to the partner; a poor fit offers a no-fault exit (early closure, reason "fit").
// ---------------------------------------------------------------------------------------------

export const FIT_CONTINUE_ANSWERS = ['yes', 'unsure', 'no'] as const;
export type FitContinueAnswer = (typeof FIT_CONTINUE_ANSWERS)[number];

export const FIT_CONTINUE_LABELS: Readonly<Record<FitContinueAnswer, string>> = {
  yes: 'Yes, let us carry on',
  unsure: 'Not sure yet',
  no: 'No, I would rather end this pairing',
};

export interface FitAnswerRequest {
  /** How well the pairing works so far, 1 (poorly) to 5 (very well). */
  fit: number;
  continue: FitContinueAnswer;
  comment?: string;
}

export interface FitCheckView {
  matchId: string;
  /** The first session has been held: the check is open. */
  open: boolean;
  /** Open and not answered by me yet. */
  due: boolean;
  mine: {
    fit: number;
    continue: FitContinueAnswer;
    comment: string | null;
    answeredAt: string;
  } | null;
  /** My answer says the pairing does not work: the product offers a no-fault exit. */
  poorFit: boolean;
}

/** Whether a fit answer counts as poor (a score of 2 or less, or "no"). */
export function isPoorFit(answer: { fit: number; continue: FitContinueAnswer }): boolean {
  return answer.fit <= 2 || answer.continue === 'no';
}

// ---------------------------------------------------------------------------------------------
// Closure (issue 7): planned and early endings, exit surveys, extensions, rematch, cohort closing.
// ---------------------------------------------------------------------------------------------

export const CLOSURE_REASONS = [
  'completed',
  'fit',
  'time',
  'role_change',
  'left_organization',
  'goal_reached_early',
  'cohort_closed',
  'other',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Reasons someone may give for an early closure (the rest are recorded by the product). */
export const EARLY_CLOSURE_REASONS = [
  'fit',
  'time',
  'role_change',
  'left_organization',
  'goal_reached_early',
  'other',
] as const satisfies readonly ClosureReason[];
export type EarlyClosureReason = (typeof EARLY_CLOSURE_REASONS)[number];

export const CLOSURE_REASON_LABELS: Readonly<Record<ClosureReason, string>> = {
  completed: 'Completed as planned',
  fit: 'Not a good fit (no fault)',
  time: 'Not enough time',
  role_change: 'Role change',
  left_organization: 'Left the organisation',
  goal_reached_early: 'Goal reached early',
  cohort_closed: 'Cohort closed',
  other: 'Other reason',
};

export type ClosureKind = 'planned' | 'early';
export type ClosureInitiator = PairSide | 'hr' | 'system';

export const GOAL_ATTAINMENTS = ['achieved', 'partly', 'not'] as const;
export type GoalAttainment = (typeof GOAL_ATTAINMENTS)[number];
export const GOAL_ATTAINMENT_LABELS: Readonly<Record<GoalAttainment, string>> = {
  achieved: 'Achieved',
  partly: 'Partly achieved',
  not: 'Not achieved',
};

/** Days before the planned end when the closure checklist opens and planned closure is allowed. */
export const CLOSING_WINDOW_DAYS = 30;

export interface EarlyClosureRequest {
  reason: EarlyClosureReason;
  /** Required when the reason is "other". */
  reasonText?: string;
  /** A message to the other side (and HR), delivered by mail. */
  message?: string;
  /** A member of the pair: return me to the pool for a new partner. */
  rematch?: boolean;
  /** HR only: return the mentee / the mentor to the pool. */
  rematchMentee?: boolean;
  rematchMentor?: boolean;
}

export interface ExitSurveyRequest {
  /** Overall satisfaction with the relationship, 1–5. */
  satisfaction: number;
  /** Would you recommend this program to a colleague? 0–10. */
  recommend: number;
  helped?: string;
  change?: string;
  /** Private to the author (sealed with the pair's key). */
  reflection?: string;
  contactPreference: ContactOption;
}

export interface ExitSurveyView {
  satisfaction: number | null;
  recommend: number | null;
  helped: string | null;
  change: string | null;
  reflection: string | null;
  contactPreference: ContactOption | null;
  answeredAt: string | null;
}

export interface GoalAttainmentRequest {
  goals: { goalId: string; attainment: GoalAttainment }[];
}

export interface ExtensionRequest {
  /** The new planned end (YYYY-MM-DD), after the current one. */
  endDate: string;
  reason: string;
}

export interface ExtensionDecisionRequest {
  approve: boolean;
  /** HR may approve a different end date than asked. */
  endDate?: string;
  note?: string;
}

export interface ExtensionView {
  id: string;
  requestedBy: PairSide;
  currentEnd: string;
  requestedEnd: string;
  reason: string;
  state: 'pending' | 'approved' | 'declined';
  decidedAt: string | null;
  approvedEnd: string | null;
  note: string | null;
  createdAt: string;
}

/** Documentation of one side's ending: survey answered, or chased; contact preference known. */
export interface SideDocumentation {
  surveyAnswered: boolean;
  chasedAt: string | null;
  contactPreference: ContactOption | null;
  /** The preference was not given: the safe default (no further contact) was applied on chase. */
  contactDefaulted: boolean;
}

export interface ClosureRecordView {
  kind: ClosureKind;
  reason: ClosureReason;
  reasonText: string | null;
  initiatedBy: ClosureInitiator;
  closedAt: string;
  /** The message to the other side: shown to the pair, not to HR. */
  message: string | null;
  /** When the pair's notes are (or were) deleted under the program's retention rule. */
  notesDeleteOn: string;
  notesDeletedAt: string | null;
}

export interface ChecklistItem {
  key: 'final_session' | 'goals_assessed' | 'exit_survey' | 'contact_preference';
  label: string;
  done: boolean;
}

/** The closure of a pair as the pair (or HR) sees it. */
export interface ClosureView {
  matchId: string;
  state: 'active' | 'completed' | 'closed_early' | 'other';
  programName: string;
  cohortName: string;
  partnerName: string | null;
  plannedEnd: string | null;
  /** Active and within the closing window (or past the planned end): planned closure allowed. */
  closingWindowOpen: boolean;
  closure: ClosureRecordView | null;
  /** For a member of the pair: their checklist and survey; null for HR. */
  mySide: PairSide | null;
  checklist: ChecklistItem[];
  mySurvey: ExitSurveyView | null;
  /** Goals with their attainment (titles only for the pair). */
  goals: { goalId: string; title: string | null; attainment: GoalAttainment | null }[];
  /** The partner finished their part (never what they answered). */
  partnerSurveyDone: boolean;
  contactOptions: ContactOption[];
  extensions: ExtensionView[];
  /** When I (or, for HR, each side) may be matched again; null if not returning. */
  rematch: { mentorFrom: string | null; menteeFrom: string | null };
  certificateAvailable: boolean;
  /** HR only: documentation per side and the exit survey answers (never the reflection). */
  documentation: {
    documented: boolean;
    mentor: SideDocumentation;
    mentee: SideDocumentation;
  } | null;
  exitAnswers:
    | {
        side: PairSide;
        satisfaction: number | null;
        recommend: number | null;
        helped: string | null;
        change: string | null;
      }[]
    | null;
}

export interface CohortClosureRow {
  matchId: string;
  mentor: { userId: string; displayName: string };
  mentee: { userId: string; displayName: string };
  state: string;
  plannedEnd: string | null;
  kind: ClosureKind | null;
  reason: ClosureReason | null;
  initiatedBy: ClosureInitiator | null;
  closedAt: string | null;
  mentorDoc: SideDocumentation | null;
  menteeDoc: SideDocumentation | null;
  documented: boolean;
  pendingExtension: ExtensionView | null;
}

export interface CohortClosureSummary {
  cohortId: string;
  cohortName: string;
  cohortState: string;
  endDate: string;
  active: number;
  closed: number;
  documented: number;
  /** Closed matches not fully documented. */
  undocumented: number;
  earlyByReason: { reason: ClosureReason; count: number }[];
  pendingExtensions: number;
  rows: CohortClosureRow[];
}

export interface CohortClosingPreview {
  cohortId: string;
  cohortName: string;
  cohortState: string;
  /** Active pairs the closing will complete (planned closure, exit surveys sent). */
  active: { matchId: string; mentor: string; mentee: string; plannedEnd: string | null }[];
  /** Proposals still waiting for answers: they are cancelled. */
  proposed: number;
  pendingExtensions: number;
}

export interface CloseCohortRequest {
  /** The number of active pairs shown in the preview; a different number now is refused (409). */
  expectedActive: number;
}

export interface CloseCohortResult {
  completed: number;
  cancelled: number;
  surveysSent: number;
}

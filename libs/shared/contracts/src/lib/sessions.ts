import type { MeetingMode } from './programs';

export const SESSION_STATUSES = ['scheduled', 'held', 'cancelled', 'no_show'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** How a session went, logged after the fact. */
export const ATTENDANCE_OUTCOMES = [
  'held',
  'cancelled_by_mentor',
  'cancelled_by_mentee',
  'no_show_mentor',
  'no_show_mentee',
] as const;
export type AttendanceOutcome = (typeof ATTENDANCE_OUTCOMES)[number];

export const ATTENDANCE_LABELS: Readonly<Record<AttendanceOutcome, string>> = {
  held: 'Held',
  cancelled_by_mentor: 'Cancelled by the mentor',
  cancelled_by_mentee: 'Cancelled by the mentee',
  no_show_mentor: 'Mentor did not show up',
  no_show_mentee: 'Mentee did not show up',
};

export type PairSide = 'mentor' | 'mentee';

/** A session as the pair sees it; program staff get the same without agenda and location. */
export interface SessionView {
  id: string;
  matchId: string;
  scheduledAt: string;
  durationMinutes: number;
  mode: MeetingMode;
  status: SessionStatus;
  /** Null for program staff: only the pair sees where and what. */
  location: string | null;
  agenda: string | null;
  cancelledBy: PairSide | null;
  /** Why it was cancelled (the pair only). */
  cancelReason: string | null;
  /** Hours between the cancellation and the planned start (negative: after it). */
  cancelNoticeHours: number | null;
  noShowBy: PairSide | null;
  loggedAt: string | null;
  createdBy: PairSide | null;
  /** Notes attached to this session that I may read. */
  notes: number;
}

export interface ScheduleSessionRequest {
  scheduledAt: string;
  durationMinutes: number;
  mode: MeetingMode;
  location?: string;
  agenda?: string;
}

export type RescheduleSessionRequest = Partial<ScheduleSessionRequest>;

export interface CancelSessionRequest {
  reason?: string;
}

export interface RecordAttendanceRequest {
  outcome: AttendanceOutcome;
  /** How long it actually took (held sessions). */
  durationMinutes?: number;
}

/** The under-30-seconds path from the mentor's home: a past session with its outcome and note. */
export interface LogSessionRequest {
  /** Chosen by the client once per form: a retried request returns the same session. */
  idempotencyKey: string;
  date: string;
  durationMinutes: number;
  mode: MeetingMode;
  outcome: AttendanceOutcome;
  note?: string;
  noteVisibility?: NoteVisibility;
}

export const NOTE_VISIBILITIES = ['private', 'shared'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

export interface NoteView {
  id: string;
  matchId: string;
  sessionId: string | null;
  author: PairSide;
  mine: boolean;
  visibility: NoteVisibility;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface CreateNoteRequest {
  text: string;
  visibility: NoteVisibility;
  sessionId?: string;
}

export interface UpdateNoteRequest {
  text?: string;
  visibility?: NoteVisibility;
}

// --- goals, milestones and the relationship's phase -------------------------------------------

export const GOAL_STATUSES = ['open', 'achieved', 'partly', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_STATUS_LABELS: Readonly<Record<GoalStatus, string>> = {
  open: 'In progress',
  achieved: 'Achieved',
  partly: 'Partly achieved',
  dropped: 'Dropped',
};

export interface MilestoneView {
  id: string;
  title: string;
  dueDate: string | null;
  doneAt: string | null;
  overdue: boolean;
}

export interface GoalUpdateView {
  id: string;
  author: PairSide;
  progress: number;
  note: string | null;
  createdAt: string;
}

export interface GoalView {
  id: string;
  matchId: string;
  title: string;
  why: string | null;
  measure: string | null;
  targetDate: string | null;
  status: GoalStatus;
  /** 0–100, from the latest update. */
  progress: number;
  milestones: MilestoneView[];
  updates: GoalUpdateView[];
  createdAt: string;
}

export interface CreateGoalRequest {
  title: string;
  why?: string;
  measure?: string;
  /** YYYY-MM-DD */
  targetDate?: string;
  milestones?: { title: string; dueDate?: string }[];
}

export interface UpdateGoalRequest {
  title?: string;
  why?: string;
  measure?: string;
  targetDate?: string | null;
  status?: GoalStatus;
}

export interface GoalProgressRequest {
  progress: number;
  note?: string;
}

export interface AddMilestoneRequest {
  title: string;
  dueDate?: string;
}

export const RELATIONSHIP_PHASES = [
  'rapport',
  'direction',
  'progress',
  'winding_down',
  'moving_on',
] as const;
export type RelationshipPhase = (typeof RELATIONSHIP_PHASES)[number];

export const RELATIONSHIP_PHASE_LABELS: Readonly<Record<RelationshipPhase, string>> = {
  rapport: 'Rapport building',
  direction: 'Direction setting',
  progress: 'Progress making',
  winding_down: 'Winding down',
  moving_on: 'Moving on',
};

export interface PairOverview {
  matchId: string;
  phase: RelationshipPhase;
  phaseUpdatedAt: string | null;
  goals: GoalView[];
  /** The program's suggested goals, with dates worked out from the pair's start (the pair only). */
  goalTemplates: CreateGoalRequest[];
}

// --- support: flags, coordinator check-ins, pair health ----------------------------------------

export const FLAG_TOPICS = ['fit', 'time', 'wellbeing', 'conduct', 'logistics', 'other'] as const;
export type FlagTopic = (typeof FLAG_TOPICS)[number];

export const FLAG_TOPIC_LABELS: Readonly<Record<FlagTopic, string>> = {
  fit: 'We are not a good fit',
  time: 'Not enough time',
  wellbeing: 'Well-being',
  conduct: 'Behaviour or conduct',
  logistics: 'Scheduling or logistics',
  other: 'Something else',
};

export const FLAG_URGENCIES = ['low', 'medium', 'high'] as const;
export type FlagUrgency = (typeof FLAG_URGENCIES)[number];

export interface FlagView {
  id: string;
  matchId: string;
  raisedBy: PairSide;
  topic: FlagTopic;
  urgency: FlagUrgency;
  message: string;
  status: 'open' | 'resolved';
  createdAt: string;
  resolvedAt: string | null;
  /** HR's note when resolving (shown to HR and the person who raised it). */
  resolution: string | null;
}

export interface RaiseFlagRequest {
  topic: FlagTopic;
  urgency: FlagUrgency;
  message: string;
}

export interface ResolveFlagRequest {
  note: string;
}

export const CHECK_IN_CHANNELS = ['call', 'meeting', 'email', 'chat'] as const;
export type CheckInChannel = (typeof CHECK_IN_CHANNELS)[number];

export interface CheckInView {
  id: string;
  matchId: string;
  at: string;
  channel: CheckInChannel;
  outcome: string;
  by: { id: string; displayName: string } | null;
}

export interface LogCheckInRequest {
  at: string;
  channel: CheckInChannel;
  outcome: string;
}

export type RiskReason =
  | 'no_recent_session'
  | 'two_no_shows'
  | 'overdue_milestones'
  | 'open_flags'
  | 'low_satisfaction'
  | 'poor_fit';

export const RISK_REASON_LABELS: Readonly<Record<RiskReason, string>> = {
  no_recent_session: 'No session for a long time',
  two_no_shows: 'Two no-shows in a row',
  overdue_milestones: 'Overdue milestones',
  open_flags: 'A concern is open',
  low_satisfaction: 'Low satisfaction',
  poor_fit: 'Poor pairing fit',
};

/** A pair as HR sees it: names and metadata, never what the pair wrote. */
export interface PairHealthView {
  matchId: string;
  mentor: { userId: string; displayName: string };
  mentee: { userId: string; displayName: string };
  activatedAt: string | null;
  sessionsHeld: number;
  lastSessionAt: string | null;
  /** When the next coordinator check-in is due (two in the first month, then monthly). */
  nextCheckInDue: string;
  checkInOverdue: boolean;
  checkIns: number;
  openFlags: number;
  risks: { reason: RiskReason; detail: string }[];
}

/** For the HR home: what needs action across the cohorts I run. */
export interface SupportSummary {
  atRiskPairs: number;
  checkInsDue: number;
  openFlags: number;
  /** The cohorts concerned, for links. */
  cohorts: {
    cohortId: string;
    programId: string;
    cohortName: string;
    programName: string;
    atRisk: number;
    checkInsDue: number;
    openFlags: number;
  }[];
}

// --- pulse check-ins ----------------------------------------------------------------------------

/** A pulse check-in for one side of a pair; answers go to HR only, never to the partner. */
export interface PulseView {
  id: string;
  matchId: string;
  /** The partner's name and the program, so the person knows which relationship it is about. */
  about: { partner: string; programName: string };
  dueOn: string;
  satisfaction: number | null;
  answeredAt: string | null;
}

/** HR's view of a pair's pulse answers. */
export interface PulseAnswerView {
  id: string;
  side: PairSide;
  dueOn: string;
  satisfaction: number | null;
  comment: string | null;
  answeredAt: string | null;
}

export interface AnswerPulseRequest {
  satisfaction: number;
  comment?: string;
}

/** A relationship at a glance, for the person's home card (their own pairs only). */
export interface PairGlance {
  matchId: string;
  mySide: PairSide;
  /** The next planned session, if any. */
  nextSessionAt: string | null;
  /** The last held session (or the start when none was held). */
  lastContactAt: string | null;
  daysSinceContact: number | null;
  /** Average progress of the pair's open goals (0–100), null without goals. */
  goalProgress: number | null;
  goals: number;
  overdueMilestones: number;
}

import type { FieldError } from './errors';
import type { PageQuery } from './paging';
import type { CohortState, MeetingMode, ProgramFormat } from './programs';
import type { SeniorityLevel } from './directory';
import type { PersonRef } from './users';

/** The two sides one applies as. */
export const PARTICIPANT_ROLES = ['mentor', 'mentee'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

// --- invitations ------------------------------------------------------------------------------

export const INVITATION_STATUSES = ['sent', 'opened', 'applied', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const INVITATION_STATUS_LABELS: Readonly<Record<InvitationStatus, string>> = {
  sent: 'Sent',
  opened: 'Opened',
  applied: 'Applied',
  declined: 'Declined',
};

export interface InvitationView {
  id: string;
  cohortId: string;
  person: PersonRef & { department: string | null };
  role: ParticipantRole;
  status: InvitationStatus;
  sentAt: string;
  openedAt: string | null;
  respondedAt: string | null;
  reminders: number;
  lastRemindedAt: string | null;
}

export interface InvitationListQuery extends PageQuery {
  status?: InvitationStatus;
  role?: ParticipantRole;
  search?: string;
}

export interface InvitePeopleRequest {
  role: ParticipantRole;
  userIds: string[];
}

export interface InviteDepartmentRequest {
  role: ParticipantRole;
  department: string;
}

export interface InviteResult {
  invited: number;
  /** People not invited, and why (already invited, deactivated…). */
  skipped: { person: PersonRef; reason: string }[];
}

export interface InvitationImportRequest {
  /** CSV with a header row: `email,role` (role: mentor or mentee). */
  csv: string;
  dryRun?: boolean;
}

export interface InvitationImportRow {
  line: number;
  email: string | null;
  role: string | null;
  action: 'invite' | 'skip' | 'error';
  errors: FieldError[];
}

export interface InvitationImportReport {
  dryRun: boolean;
  rows: InvitationImportRow[];
  summary: { invite: number; skip: number; error: number };
  fileErrors: string[];
}

export interface RemindRequest {
  /** Invitations to remind; omit to remind every invitation still sent or opened. */
  invitationIds?: string[];
}

export interface MailMessageView {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: 'queued' | 'sent' | 'failed';
  kind: string;
  createdAt: string;
  sentAt: string | null;
  error: string | null;
}

// --- application forms ---------------------------------------------------------------------------

export const QUESTION_TYPES = [
  'short_text',
  'long_text',
  'number',
  'single_choice',
  'multi_choice',
  'scale',
  'tags',
  'availability',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const QUESTION_TYPE_LABELS: Readonly<Record<QuestionType, string>> = {
  short_text: 'Short text',
  long_text: 'Long text',
  number: 'Number',
  single_choice: 'Single choice',
  multi_choice: 'Multiple choice',
  scale: 'Scale 1–5',
  tags: 'Skills / tags',
  availability: 'Availability grid',
};

/** Weekday × part of day, e.g. `tue-pm`. */
export const AVAILABILITY_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export const AVAILABILITY_PARTS = ['am', 'midday', 'pm'] as const;
export const AVAILABILITY_DAY_LABELS: Readonly<Record<(typeof AVAILABILITY_DAYS)[number], string>> =
  {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
  };
export const AVAILABILITY_PART_LABELS: Readonly<
  Record<(typeof AVAILABILITY_PARTS)[number], string>
> = {
  am: 'Morning',
  midday: 'Lunchtime',
  pm: 'Afternoon',
};
export const AVAILABILITY_SLOTS: readonly string[] = AVAILABILITY_DAYS.flatMap((d) =>
  AVAILABILITY_PARTS.map((p) => `${d}-${p}`),
);

/**
 * Keys the rest of the cycle understands (matching reads them). Custom questions HR adds use any
 * other key (`custom_…`).
 */
export const STANDARD_QUESTION_KEYS = [
  'goal',
  'target_skills',
  'expertise',
  'years_experience',
  'capacity',
  'languages',
  'availability',
  'meeting_modes',
  'avoid_topics',
  'preferred_seniority',
] as const;
export type StandardQuestionKey = (typeof STANDARD_QUESTION_KEYS)[number];

export interface QuestionOption {
  value: string;
  label: string;
}

export interface FormQuestion {
  key: string;
  type: QuestionType;
  label: string;
  help?: string;
  required: boolean;
  /** For choices. */
  options?: QuestionOption[];
  /** Text length or number range. */
  min?: number;
  max?: number;
  /** Suggestions for tags questions. */
  suggestions?: string[];
}

export interface FormDefinition {
  id: string;
  programId: string;
  role: ParticipantRole;
  version: number;
  questions: FormQuestion[];
  createdAt: string;
  createdBy: PersonRef | null;
}

export interface SaveFormRequest {
  questions: FormQuestion[];
}

/** One answer: text, number, choice value(s), tag list or availability slots. */
export type AnswerValue = string | number | string[] | null;
export type Answers = Record<string, AnswerValue>;

// --- recruitment settings (eligibility, goal screening) -----------------------------------------

export interface EligibilityRule {
  /** Lowest seniority allowed (1 Entry … 6 Executive), or null for any. */
  minSeniority: SeniorityLevel | null;
  maxSeniority: SeniorityLevel | null;
  /** Only people in these departments may apply (empty = any department). */
  departments: string[];
  /** Applicants must have a manager recorded (the reporting-line rule needs it). */
  requireManager: boolean;
}

export interface RecruitmentSettings {
  eligibility: Record<ParticipantRole, EligibilityRule>;
  /** A mentee goal shorter than this is flagged for a conversation. */
  minGoalLength: number;
}

export const DEFAULT_RECRUITMENT_SETTINGS: RecruitmentSettings = {
  eligibility: {
    mentor: { minSeniority: 3, maxSeniority: null, departments: [], requireManager: false },
    mentee: { minSeniority: null, maxSeniority: null, departments: [], requireManager: true },
  },
  minGoalLength: 80,
};

// --- applications ---------------------------------------------------------------------------------

export const APPLICATION_STATUSES = [
  'submitted',
  'approved',
  'rejected',
  'waitlisted',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = {
  submitted: 'To screen',
  approved: 'Approved',
  rejected: 'Not accepted',
  waitlisted: 'Waitlisted',
  withdrawn: 'Withdrawn',
};

export const DECISIONS = ['approve', 'reject', 'waitlist'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A mentee goal that needs a conversation before matching. */
export type GoalFlag = 'too_short' | 'generic';
export const GOAL_FLAG_LABELS: Readonly<Record<GoalFlag, string>> = {
  too_short: 'Goal too short',
  generic: 'Goal too generic',
};

export interface ApplicantProfile {
  department: string | null;
  title: string | null;
  location: string | null;
  seniorityLevel: SeniorityLevel | null;
  manager: PersonRef | null;
  languages: string[];
  timeZone: string | null;
}

export interface ApplicationSummary {
  id: string;
  cohortId: string;
  cohortName: string;
  programName: string;
  applicant: PersonRef;
  role: ParticipantRole;
  status: ApplicationStatus;
  goalFlag: GoalFlag | null;
  /** First words of the mentee goal or the mentor's expertise, for the queue. */
  highlight: string;
  department: string | null;
  seniorityLevel: SeniorityLevel | null;
  submittedAt: string;
  decidedAt: string | null;
}

export interface ApplicationDetail extends ApplicationSummary {
  programId: string;
  cohortState: CohortState;
  form: FormDefinition;
  answers: Answers;
  /** The directory profile when the application was submitted. */
  profile: ApplicantProfile;
  goalFlagReasons: string[];
  decisionReason: string | null;
  /** What the applicant was told with the decision. */
  decisionMessage: string | null;
  decidedBy: PersonRef | null;
  withdrawnAt: string | null;
  /** Can the applicant still change or withdraw it? */
  canEdit: boolean;
  canWithdraw: boolean;
}

export interface ApplicationListQuery extends PageQuery {
  role?: ParticipantRole;
  status?: ApplicationStatus;
  flagged?: boolean;
  department?: string;
  search?: string;
  sort?: 'submittedAt' | 'name';
  direction?: 'asc' | 'desc';
}

export interface SubmitApplicationRequest {
  role: ParticipantRole;
  answers: Answers;
}

export interface UpdateApplicationRequest {
  answers: Answers;
}

export interface DecisionRequest {
  decision: Decision;
  /** Required to reject (kept for HR, not shown to the applicant). */
  reason?: string;
  /** Sent to the applicant with the decision (required to reject). */
  message?: string;
}

export interface BulkDecisionRequest extends DecisionRequest {
  applicationIds: string[];
}

export interface BulkDecisionResult {
  decided: number;
  failed: { applicationId: string; message: string }[];
}

// --- applicant's view of open cohorts --------------------------------------------------------------

export interface OpenCohort {
  cohortId: string;
  cohortName: string;
  programId: string;
  programName: string;
  format: ProgramFormat;
  strategicDriver: string;
  outcomes: string[];
  startDate: string;
  endDate: string;
  cadenceWeeks: number;
  durationMonths: number;
  meetingModes: MeetingMode[];
  /** My invitation and application per role, if any. */
  mine: {
    role: ParticipantRole;
    invitationId: string | null;
    invitationStatus: InvitationStatus | null;
    applicationId: string | null;
    applicationStatus: ApplicationStatus | null;
  }[];
}

export interface EligibilityCheck {
  eligible: boolean;
  /** Plain-language reasons when not eligible. */
  reasons: string[];
}

export interface ApplicationFormView {
  cohort: OpenCohort;
  role: ParticipantRole;
  form: FormDefinition;
  eligibility: EligibilityCheck;
  /** Answers pre-filled from the directory profile (languages…), or my saved answers. */
  prefill: Answers;
  profile: ApplicantProfile;
  minGoalLength: number;
  existingApplicationId: string | null;
}

// --- funnel ----------------------------------------------------------------------------------------

export interface FunnelStage {
  stage: 'invited' | 'applied' | 'approved' | 'matched';
  /** Distinct people. */
  people: number;
  /** Share of the previous stage (null for the first). */
  conversion: number | null;
}

export interface CohortFunnel {
  cohortId: string;
  byRole: Record<ParticipantRole, FunnelStage[]>;
  /** Applications still waiting for a decision. */
  toScreen: number;
  waitlisted: number;
  withdrawn: number;
}

/** How senior a mentee would like their mentor to be, relative to themselves (matching reads it). */
export const PREFERRED_SENIORITY_OPTIONS: readonly QuestionOption[] = [
  { value: 'any', label: 'No preference' },
  { value: 'one_level_up', label: 'One level above me' },
  { value: 'two_levels_up', label: 'Two or more levels above me' },
  { value: 'senior_leader', label: 'A senior leader (director or executive)' },
];

export const YEARS_EXPERIENCE_OPTIONS: readonly QuestionOption[] = [
  { value: '0-2', label: 'Less than 3 years' },
  { value: '3-5', label: '3 to 5 years' },
  { value: '6-10', label: '6 to 10 years' },
  { value: '11-20', label: '11 to 20 years' },
  { value: '20+', label: 'More than 20 years' },
];

/** For the HR home: what waits for screening in each cohort I run. */
export interface ScreeningSummary {
  cohortId: string;
  cohortName: string;
  programId: string;
  programName: string;
  cohortState: CohortState;
  toScreen: number;
  /** Of those, mentee goals flagged for a conversation. */
  flagged: number;
  waitlisted: number;
}

import type { AssessmentStatus, ReadinessBand } from './programs';
import type { PersonRef } from './users';

export const READINESS_DIMENSIONS = ['structural', 'cultural', 'financial', 'purpose'] as const;
export type ReadinessDimension = (typeof READINESS_DIMENSIONS)[number];
export const READINESS_DIMENSION_LABELS: Readonly<Record<ReadinessDimension, string>> = {
  structural: 'Structural',
  cultural: 'Cultural',
  financial: 'Financial',
  purpose: 'Purpose',
};
export const READINESS_DIMENSION_HINTS: Readonly<Record<ReadinessDimension, string>> = {
  structural: 'Ownership, process and admin capacity',
  cultural: 'Leadership support, time to mentor, trust and safety nets',
  financial: 'Budget and time allowance',
  purpose: 'A defined strategic driver and measurable outcomes',
};

export const READINESS_BAND_LABELS: Readonly<Record<ReadinessBand, string>> = {
  not_ready: 'Not ready',
  ready: 'Ready',
  strong: 'Strong',
  exemplary: 'Exemplary',
};

/** A band is reached at `overall`% overall with every dimension at least `minimum`%. */
export interface BandThreshold {
  overall: number;
  minimum: number;
}
export type ReadinessThresholds = Record<Exclude<ReadinessBand, 'not_ready'>, BandThreshold>;

/** ISMCP-style award bands: 70/60 ready, 80/70 strong, 90/80 exemplary. */
export const DEFAULT_READINESS_THRESHOLDS: ReadinessThresholds = {
  ready: { overall: 70, minimum: 60 },
  strong: { overall: 80, minimum: 70 },
  exemplary: { overall: 90, minimum: 80 },
};

export const RESPONDENT_ROLES = ['hr', 'sponsor', 'manager', 'other'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];
export const RESPONDENT_ROLE_LABELS: Readonly<Record<RespondentRole, string>> = {
  hr: 'HR',
  sponsor: 'Sponsor',
  manager: 'Manager',
  other: 'Other',
};

export interface ReadinessItem {
  id: string;
  dimension: ReadinessDimension;
  text: string;
  helpText: string;
  /** What to do when this item scores low. */
  recommendation: string;
  /** True for the built-in bank, false for items an HR lead added to this program. */
  builtIn: boolean;
  active: boolean;
}

export interface CreateReadinessItemRequest {
  dimension: ReadinessDimension;
  text: string;
  helpText: string;
  recommendation: string;
}

export interface UpdateReadinessItemRequest extends Partial<CreateReadinessItemRequest> {
  active?: boolean;
}

export interface RespondentInput {
  userId: string;
  role: RespondentRole;
}

export interface CreateAssessmentRequest {
  title: string;
  /** The organisation or business unit assessed, e.g. "Whole organisation" or "Engineering". */
  scopeLabel: string;
  respondents: RespondentInput[];
  thresholds?: ReadinessThresholds;
}

export interface RespondentStatus {
  person: PersonRef;
  role: RespondentRole;
  answered: number;
  submittedAt: string | null;
}

export interface DimensionScore {
  dimension: ReadinessDimension;
  /** 0–100, or null when no item of the dimension was answered. */
  score: number | null;
  answeredItems: number;
  totalItems: number;
  /** Did the dimension reach each band's minimum? */
  meetsMinimumFor: Record<Exclude<ReadinessBand, 'not_ready'>, boolean>;
}

export interface ItemScore {
  itemId: string;
  dimension: ReadinessDimension;
  text: string;
  /** 0–100 from the mean answer ((mean − 1) / 4 × 100), or null when unanswered. */
  score: number | null;
  mean: number | null;
  answers: number;
  min: number | null;
  max: number | null;
  /** Respondents are two or more points apart on the 1–5 scale. */
  disagreement: boolean;
  /** Answers per respondent role, for the disagreement view. */
  byRole: { role: RespondentRole; mean: number; answers: number }[];
}

export interface Recommendation {
  itemId: string;
  dimension: ReadinessDimension;
  itemText: string;
  score: number;
  recommendation: string;
}

export interface ReadinessResult {
  overall: number | null;
  band: ReadinessBand;
  /** Why the band is not higher, in plain words (e.g. "Financial is below 60%"). */
  bandExplanation: string;
  dimensions: DimensionScore[];
  items: ItemScore[];
  recommendations: Recommendation[];
  respondentsAnswered: number;
}

export interface AssessmentSummary {
  id: string;
  programId: string;
  title: string;
  scopeLabel: string;
  status: AssessmentStatus;
  band: ReadinessBand;
  overall: number | null;
  respondents: number;
  respondentsSubmitted: number;
  createdAt: string;
  completedAt: string | null;
}

export interface AssessmentDetail extends AssessmentSummary {
  programName: string;
  thresholds: ReadinessThresholds;
  respondentStatus: RespondentStatus[];
  result: ReadinessResult;
  /** The previous assessment of the same program, for the side-by-side comparison. */
  previous: {
    id: string;
    title: string;
    completedAt: string | null;
    overall: number | null;
    band: ReadinessBand;
    dimensions: { dimension: ReadinessDimension; score: number | null }[];
  } | null;
}

export interface QuestionnaireItem {
  id: string;
  dimension: ReadinessDimension;
  text: string;
  helpText: string;
  /** Whether the respondent answered (a score, or "don't know"). */
  answered: boolean;
  /** 1–5; null for "don't know" (answered) or not answered yet. */
  score: number | null;
}

/** What a respondent sees and fills in. */
export interface Questionnaire {
  assessmentId: string;
  programName: string;
  title: string;
  scopeLabel: string;
  role: RespondentRole;
  status: AssessmentStatus;
  submittedAt: string | null;
  items: QuestionnaireItem[];
}

export interface QuestionnaireSummary {
  assessmentId: string;
  programName: string;
  title: string;
  answered: number;
  total: number;
  submittedAt: string | null;
}

export interface SaveAnswersRequest {
  answers: { itemId: string; score: number | null }[];
  /** Submit the questionnaire (it can still be changed until the assessment is completed). */
  submit?: boolean;
}

export const SCALE_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither',
  4: 'Agree',
  5: 'Strongly agree',
};

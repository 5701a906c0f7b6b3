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

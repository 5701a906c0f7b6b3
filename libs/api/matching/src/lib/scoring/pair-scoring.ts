import {
  Answers,
  CriterionScore,
  HardRule,
  MatchCriterion,
  MatchingSettings,
  PairScore,
  ProgramFormat,
  SeniorityLevel,
} from '@mentorbridge/shared-contracts';

/** One approved participant as matching sees them: answers, directory profile, reporting line. */
export interface MatchingCandidate {
  userId: string;
  answers: Answers;
  department: string | null;
  location: string | null;
  timeZone: string | null;
  seniorityLevel: SeniorityLevel | null;
  /** Languages from the application, else from the directory profile. */
  languages: string[];
  /** Everyone above this person in the reporting line (manager, their manager, …). */
  reportingLine: string[];
}

export interface ScoringContext {
  format: ProgramFormat;
  settings: MatchingSettings;
  /** `mentorId|menteeId` of pairs made in earlier cohorts of the program. */
  previousPairs: ReadonlySet<string>;
  /** `mentorId|menteeId` HR excluded for this cohort. */
  bans: ReadonlySet<string>;
  /** Time-zone offsets are compared at this moment (daylight saving). */
  at: Date;
}

export const pairKey = (mentorId: string, menteeId: string) => `${mentorId}|${menteeId}`;

/**
 * Scores one mentor–mentee pair: hard rules first (a forbidden pair has no score), then each
 * weighted criterion's value in [0, 1] (the no-go penalty in [−1, 0]). The score is
 * Σ weight × value ÷ Σ weights of the positive criteria × 100, rounded to 2 decimals — the exact
 * number the solver optimises and the UI shows.
 */
export function scorePair(
  mentor: MatchingCandidate,
  mentee: MatchingCandidate,
  ctx: ScoringContext,
): PairScore {
  const forbidden = hardRules(mentor, mentee, ctx);
  const values = criterionValues(mentor, mentee, ctx);
  const { weights } = ctx.settings;
  const positiveWeight = (Object.keys(values) as MatchCriterion[])
    .filter((c) => c !== 'avoid_topics')
    .reduce((sum, c) => sum + weights[c], 0);
  const criteria: CriterionScore[] = (Object.keys(values) as MatchCriterion[]).map((criterion) => {
    const { value, explanation } = values[criterion];
    const weight = weights[criterion];
    const points = positiveWeight > 0 ? round((weight * value * 100) / positiveWeight) : 0;
    return { criterion, value: round(value, 4), weight, points, explanation };
  });
  const score = round(criteria.reduce((sum, c) => sum + c.points, 0));
  return {
    mentorUserId: mentor.userId,
    menteeUserId: mentee.userId,
    score: forbidden.length > 0 ? null : score,
    forbidden,
    criteria,
  };
}

export function hardRules(
  mentor: MatchingCandidate,
  mentee: MatchingCandidate,
  ctx: ScoringContext,
): HardRule[] {
  const rules: HardRule[] = [];
  if (mentor.userId === mentee.userId) rules.push('same_person');
  if (mentee.reportingLine.includes(mentor.userId)) rules.push('reporting_line');
  const key = pairKey(mentor.userId, mentee.userId);
  if (!ctx.settings.allowRepeatPairs && ctx.previousPairs.has(key)) rules.push('previous_pair');
  if (ctx.settings.requireSharedLanguage && sharedLanguages(mentor, mentee).length === 0)
    rules.push('no_shared_language');
  if (ctx.bans.has(key)) rules.push('banned');
  return rules;
}

type Values = Record<MatchCriterion, { value: number; explanation: string }>;

function criterionValues(
  mentor: MatchingCandidate,
  mentee: MatchingCandidate,
  ctx: ScoringContext,
): Values {
  const targets = tags(mentee.answers['target_skills']);
  const expertise = tags(mentor.answers['expertise']);
  const covered = targets.filter((t) => expertise.some((e) => same(e, t)));
  const avoided = targets.filter((t) =>
    tags(mentor.answers['avoid_topics']).some((a) => same(a, t)),
  );
  const goalWords = words(typeof mentee.answers['goal'] === 'string' ? mentee.answers['goal'] : '');
  const inGoal = expertise.filter((e) => {
    const own = words(e);
    return (
      own.size > 0 && [...own].filter((w) => goalWords.has(w)).length >= Math.ceil(own.size / 2)
    );
  });
  const languages = sharedLanguages(mentor, mentee);
  const slots = intersect(
    tags(mentor.answers['availability']),
    tags(mentee.answers['availability']),
  );
  const modes = intersect(
    tags(mentor.answers['meeting_modes']),
    tags(mentee.answers['meeting_modes']),
  );
  return {
    skills: {
      value: targets.length ? covered.length / targets.length : 0,
      explanation: targets.length
        ? `${covered.length} of ${targets.length} target skills${covered.length ? `: ${covered.join(', ')}` : ''}`
        : 'The mentee named no target skills',
    },
    goal_keywords: {
      value: inGoal.length >= 2 ? 1 : inGoal.length === 1 ? 0.5 : 0,
      explanation: inGoal.length
        ? `The goal mentions ${inGoal.join(', ')}`
        : "The goal mentions none of the mentor's areas",
    },
    seniority: seniority(mentor, mentee, ctx.format),
    language: {
      value: languages.length ? 1 : 0,
      explanation: languages.length
        ? `Both speak ${languages.join(', ')}`
        : 'No language in common',
    },
    department: department(mentor, mentee, ctx.settings.departmentPreference),
    location: location(mentor, mentee, ctx.at),
    availability: {
      value: slots.length >= 3 ? 1 : slots.length === 2 ? 0.8 : slots.length === 1 ? 0.5 : 0,
      explanation: `${slots.length} common weekly slot${slots.length === 1 ? '' : 's'}`,
    },
    meeting_modes: {
      value: modes.length ? 1 : 0,
      explanation: modes.length
        ? `Both can meet by ${modes.join(', ').replace(/_/g, ' ')}`
        : 'No way of meeting in common',
    },
    avoid_topics: {
      value: avoided.length ? -avoided.length / targets.length : 0,
      explanation: avoided.length
        ? `The mentor would rather not mentor on ${avoided.join(', ')}`
        : 'No conflict with the mentor’s no-go topics',
    },
  };
}

function seniority(mentor: MatchingCandidate, mentee: MatchingCandidate, format: ProgramFormat) {
  const m = mentor.seniorityLevel;
  const e = mentee.seniorityLevel;
  if (m === null || e === null)
    return { value: 0.5, explanation: 'Seniority unknown for one of them' };
  const gap = m - e;
  const preference =
    typeof mentee.answers['preferred_seniority'] === 'string'
      ? mentee.answers['preferred_seniority']
      : 'any';
  let range: [number, number];
  let wanted: string;
  if (format === 'reverse')
    [range, wanted] = [[-5, -1], 'a more junior mentor (reverse mentoring)'];
  else if (format === 'peer') [range, wanted] = [[0, 0], 'a peer at the same level'];
  else if (preference === 'one_level_up') [range, wanted] = [[1, 1], 'one level above'];
  else if (preference === 'two_levels_up') [range, wanted] = [[2, 5], 'two or more levels above'];
  else if (preference === 'senior_leader') [range, wanted] = [[5 - e, 5], 'a senior leader'];
  else [range, wanted] = [[1, 5], 'someone more senior'];
  const outside = gap < range[0] ? range[0] - gap : gap > range[1] ? gap - range[1] : 0;
  const value = Math.max(0, 1 - 0.5 * outside);
  const signed =
    gap > 0
      ? `${gap} level${gap === 1 ? '' : 's'} above`
      : gap < 0
        ? `${-gap} level${gap === -1 ? '' : 's'} below`
        : 'the same level';
  return { value, explanation: `Mentor is ${signed}; wanted ${wanted}` };
}

function department(
  mentor: MatchingCandidate,
  mentee: MatchingCandidate,
  preference: MatchingSettings['departmentPreference'],
) {
  if (preference === 'none' || !mentor.department || !mentee.department) {
    return {
      value: 0,
      explanation: preference === 'none' ? 'No department preference' : 'Department unknown',
    };
  }
  const same = mentor.department === mentee.department;
  const wanted = preference === 'same' ? same : !same;
  return {
    value: wanted ? 1 : 0,
    explanation: same
      ? `Both in ${mentor.department}`
      : `${mentor.department} ↔ ${mentee.department}`,
  };
}

function location(mentor: MatchingCandidate, mentee: MatchingCandidate, at: Date) {
  if (mentor.location && mentor.location === mentee.location)
    return { value: 1, explanation: `Both in ${mentor.location}` };
  const a = offsetMinutes(mentor.timeZone, at);
  const b = offsetMinutes(mentee.timeZone, at);
  if (a === null || b === null) return { value: 0, explanation: 'Time zone unknown' };
  const hours = Math.abs(a - b) / 60;
  const value = hours <= 1 ? 0.7 : hours <= 3 ? 0.4 : 0;
  return { value, explanation: hours === 0 ? 'Same time zone' : `${hours} h apart` };
}

const offsets = new Map<string, number | null>();

/** Minutes east of UTC for an IANA zone at a moment, or null when unknown. */
export function offsetMinutes(zone: string | null, at: Date): number | null {
  if (!zone) return null;
  const key = `${zone}@${at.toISOString().slice(0, 10)}`;
  if (offsets.has(key)) return offsets.get(key) ?? null;
  let result: number | null = null;
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    const match = part?.match(/GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?/);
    if (match)
      result = match[1]
        ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0))
        : 0;
  } catch {
    result = null;
  }
  offsets.set(key, result);
  return result;
}

function sharedLanguages(a: MatchingCandidate, b: MatchingCandidate): string[] {
  return intersect(a.languages, b.languages);
}

function tags(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function intersect(a: string[], b: string[]): string[] {
  return a.filter((x) => b.some((y) => same(x, y)));
}

const STOP = new Set(
  'the and for with from into that this your you our their have has had want would like help learn grow more about over under what when where which while will can could should being been make made get got one two new next year years month months team teams work working role roles mentor mentoring skill skills management'.split(
    ' ',
  ),
);

/** Meaningful lower-case word stems (plural "s" dropped) of a text. */
export function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-zà-ÿ0-9]+/)
      .filter((w) => w.length > 3 && !STOP.has(w))
      .map((w) => (w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)),
  );
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

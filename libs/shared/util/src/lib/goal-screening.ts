import type { GoalFlag } from '@mentorbridge/shared-contracts';

export interface GoalAssessment {
  flag: GoalFlag | null;
  reasons: string[];
}

/** Words that carry no information about what the mentee wants to reach. */
const FILLER = new Set(
  (
    'a an the and or but to of in on for with about as at by from into over under up down out my me i ' +
    "i'm im we us our you your it its this that these those be am is are was were been being have has " +
    'had do does did so very really just more better also some any all can could would should will want ' +
    'wants wanted like get gain grow growth learn learning develop development improve improving ' +
    'myself career personal professional skills skill things new mentor mentoring help need hope ' +
    'experience knowledge become good great general overall next level etc'
  ).split(/\s+/),
);

/** Goals that say nothing specific, whatever their length. */
const GENERIC_PATTERNS = [
  /^(i )?(want|would like|hope) to (grow|learn|develop|improve)( myself| more| my career| my skills)?\.?$/i,
  /^(personal|professional|career) (growth|development)\.?$/i,
  /^(to )?(learn|grow|improve)( from (a|an) (mentor|experienced person))?\.?$/i,
];

/**
 * Flags a mentee goal that needs a conversation before matching: practitioners name "mentees who
 * cannot say why they want a mentor" as a top reason relationships fail.
 * - too short: fewer than `minLength` characters (after trimming);
 * - generic: a stock phrase, or fewer than 4 words that carry meaning once filler words
 *   ("grow", "learn", "career", "skills"…) are set aside.
 */
export function assessGoal(goal: string | null | undefined, minLength: number): GoalAssessment {
  const text = (goal ?? '').trim().replace(/\s+/g, ' ');
  const reasons: string[] = [];
  let flag: GoalFlag | null = null;
  if (text.length < minLength) {
    flag = 'too_short';
    reasons.push(
      `The goal has ${text.length} characters; the program asks for at least ${minLength}.`,
    );
  }
  const meaningful = new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9äöüßàâçéèêëîïôûùüÿñæœ'-]+/i)
      .filter((w) => w.length > 2 && !FILLER.has(w)),
  );
  if (GENERIC_PATTERNS.some((p) => p.test(text)) || meaningful.size < 4) {
    flag ??= 'generic';
    reasons.push(
      'The goal does not say what the mentee wants to reach or why a mentor helps: ask for a concrete outcome.',
    );
  }
  return { flag, reasons };
}

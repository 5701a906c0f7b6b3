import { CriterionScore, MatchPersonView } from '@mentorbridge/shared-contracts';

/**
 * Plain-words text for matching, shared by HR's review pages and the participants' homes.
 * Pure functions: no Angular, no locale state beyond the browser's.
 */

/** "Engineering manager · Engineering", or what is known of it. */
export function personLine(person: Pick<MatchPersonView, 'title' | 'department'>): string {
  return [person.title, person.department].filter(Boolean).join(' · ');
}

/** The criteria that added most to a pair's score, best first (the "why you were paired"). */
export function topReasons(criteria: readonly CriterionScore[], count = 3): CriterionScore[] {
  return criteria
    .filter((c) => c.points > 0 && c.explanation.trim() !== '')
    .sort((a, b) => b.points - a.points)
    .slice(0, count);
}

/** "reason is required when declining" → "Reason is required when declining." */
export function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

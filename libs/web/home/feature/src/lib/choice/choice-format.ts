import { MentorRequestView } from '@mentorbridge/shared-contracts';

const scoreFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** 71.6 → "72" in the person's locale (fit scores are out of 100). */
export function formatFitScore(score: number | null): string {
  return score === null ? '—' : scoreFormat.format(score);
}

/** A score as the length of its bar, 0–100 (penalties can push a score below 0). */
export function scoreBarWidth(score: number | null): number {
  return score === null ? 0 : Math.max(0, Math.min(100, Math.round(score)));
}

/** Same rules as the API: a reason of 3–1000 characters is required to decline a request. */
export const DECLINE_REQUEST_REASON = { min: 3, max: 1000, label: 'The reason' } as const;

/** A note to the mentor is optional; the API takes at most 1000 characters. */
export const REQUEST_MESSAGE_MAX = 1000;

/** How much of a mentee's goal a request card shows before "Show the full goal". */
export const GOAL_EXCERPT_LENGTH = 220;

/**
 * The start of a long text, cut at a word boundary with "…"; the text itself when it is short.
 * `clipped` says whether anything was left out.
 */
export function excerpt(
  text: string,
  max = GOAL_EXCERPT_LENGTH,
): { text: string; clipped: boolean } {
  const clean = text.trim();
  if (clean.length <= max) {
    return { text: clean, clipped: false };
  }
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const head = (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?–—-]+$/u, '');
  return { text: `${head}…`, clipped: true };
}

/** Requests the signed-in person received as mentor (the API also returns those sent as mentee). */
export function receivedAsMentor(
  requests: readonly MentorRequestView[],
  userId: string | null | undefined,
): MentorRequestView[] {
  return userId ? requests.filter((r) => r.mentor.userId === userId) : [];
}

/** Requests the signed-in person sent as mentee. */
export function sentAsMentee(
  requests: readonly MentorRequestView[],
  userId: string | null | undefined,
): MentorRequestView[] {
  return userId ? requests.filter((r) => r.mentee.userId === userId) : [];
}

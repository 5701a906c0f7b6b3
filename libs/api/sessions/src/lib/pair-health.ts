import type { RiskReason, SessionStatus } from '@mentorbridge/shared-contracts';

const DAY_MS = 86_400_000;

export interface PairFacts {
  activatedAt: Date;
  /** The program's expected meeting cadence. */
  cadenceWeeks: number;
  /** Sessions that happened or were missed, oldest first. */
  sessions: { at: Date; status: SessionStatus }[];
  checkIns: number;
  openFlags: number;
  overdueMilestones: number;
  /** Latest pulse satisfaction (1–5) from either side, when any. */
  lowestRecentSatisfaction?: number | null;
  /** Pairing-fit answers that say the pairing does not work (fit ≤ 2 or "no"). */
  poorFitAnswers?: { side: 'mentor' | 'mentee'; fit: number }[];
}

export interface PairHealth {
  sessionsHeld: number;
  lastSessionAt: Date | null;
  nextCheckInDue: Date;
  checkInOverdue: boolean;
  risks: { reason: RiskReason; detail: string }[];
}

/**
 * When the k-th coordinator check-in is due: two in the first month (day 14 and day 30), then one
 * a month (day 60, 90, …).
 */
export function checkInDue(activatedAt: Date, k: number): Date {
  const days = k === 1 ? 14 : 30 * (k - 1);
  return new Date(activatedAt.getTime() + days * DAY_MS);
}

/** A pair's health: what happened, what is due, and why it may be at risk. */
export function assessPair(facts: PairFacts, now: Date): PairHealth {
  const held = facts.sessions.filter((s) => s.status === 'held' && s.at <= now);
  const lastSessionAt = held.length ? held[held.length - 1].at : null;
  const nextCheckInDue = checkInDue(facts.activatedAt, facts.checkIns + 1);
  const risks: PairHealth['risks'] = [];

  // Quiet: no held session for 1.5 × the cadence (e.g. every 4 weeks → 42 days).
  const quietDays = Math.round(facts.cadenceWeeks * 7 * 1.5);
  const since = lastSessionAt ?? facts.activatedAt;
  const silent = Math.floor((now.getTime() - since.getTime()) / DAY_MS);
  if (silent > quietDays)
    risks.push({
      reason: 'no_recent_session',
      detail: lastSessionAt
        ? `No session for ${silent} days (the program expects one every ${facts.cadenceWeeks} weeks)`
        : `No session in the ${silent} days since the match started`,
    });

  const attended = facts.sessions.filter(
    (s) => (s.status === 'held' || s.status === 'no_show') && s.at <= now,
  );
  const lastTwo = attended.slice(-2);
  if (lastTwo.length === 2 && lastTwo.every((s) => s.status === 'no_show'))
    risks.push({ reason: 'two_no_shows', detail: 'The last two sessions were no-shows' });

  if (facts.overdueMilestones > 0)
    risks.push({
      reason: 'overdue_milestones',
      detail: `${facts.overdueMilestones} milestone${facts.overdueMilestones === 1 ? ' is' : 's are'} overdue`,
    });
  if (facts.openFlags > 0)
    risks.push({
      reason: 'open_flags',
      detail: `${facts.openFlags} concern${facts.openFlags === 1 ? '' : 's'} raised and not resolved`,
    });
  if (facts.lowestRecentSatisfaction != null && facts.lowestRecentSatisfaction <= 2)
    risks.push({
      reason: 'low_satisfaction',
      detail: `Satisfaction of ${facts.lowestRecentSatisfaction}/5 in the latest check-in`,
    });

  for (const answer of facts.poorFitAnswers ?? [])
    risks.push({
      reason: 'poor_fit',
      detail: `The ${answer.side} answered the pairing-fit check with ${answer.fit}/5 or asked to end`,
    });

  return {
    sessionsHeld: held.length,
    lastSessionAt,
    nextCheckInDue,
    checkInOverdue: now > nextCheckInDue,
    risks,
  };
}

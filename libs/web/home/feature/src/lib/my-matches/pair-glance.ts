import { PairGlance } from '@mentorbridge/shared-contracts';

/** Six weeks without contact: the card says it is time to get in touch. */
export const QUIET_AFTER_DAYS = 42;

/** What a home card says about an active relationship, in words. Pure, no Angular. */
export interface GlanceLines {
  nextSessionAt: string | null;
  /** "12 days since last contact", or null when nothing is known. */
  contact: string | null;
  /** Longer than QUIET_AFTER_DAYS without contact. */
  quiet: boolean;
  /** Average progress of the open goals, null without open goals. */
  progress: number | null;
  /** "Goal progress: 40%", "No goal yet"… */
  goals: string;
  hasGoals: boolean;
  /** "1 milestone overdue", or null. */
  overdue: string | null;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function glanceLines(glance: PairGlance): GlanceLines {
  const days = glance.daysSinceContact;
  const quiet = days !== null && days > QUIET_AFTER_DAYS;
  let contact: string | null = null;
  if (days !== null) {
    contact = days === 0 ? 'In touch today' : `${count(days, 'day')} since last contact`;
    if (quiet) {
      contact += ' — time to get in touch';
    }
  }
  const open = glance.goalProgress !== null;
  let goals: string;
  if (glance.goals === 0) {
    goals = 'No goal yet';
  } else if (!open) {
    goals = glance.goals === 1 ? 'The goal is closed' : `All ${glance.goals} goals are closed`;
  } else {
    goals = `Goal progress: ${glance.goalProgress}%`;
  }
  return {
    nextSessionAt: glance.nextSessionAt,
    contact,
    quiet,
    progress: glance.goalProgress,
    goals,
    hasGoals: glance.goals > 0,
    overdue: glance.overdueMilestones
      ? `${count(glance.overdueMilestones, 'milestone')} overdue`
      : null,
  };
}

import type { QueuedMail } from '@mentorbridge/api-core';
import type { CriterionScore } from '@mentorbridge/shared-contracts';

interface Person {
  id: string;
  email: string;
  displayName: string;
}

export interface MatchMailContext {
  publicUrl: string;
  cohortName: string;
  programName: string;
  respondBy: Date | null;
  criteria: CriterionScore[];
}

const first = (p: Person) => p.displayName.split(' ')[0];
const signature = '\n\n— MentorBridge, on behalf of your HR team';

/** Top reasons of a pair, in words both sides can read. */
function why(criteria: CriterionScore[]): string {
  return criteria
    .filter((c) => c.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((c) => `- ${c.explanation}`)
    .join('\n');
}

export function matchProposedMail(
  c: MatchMailContext,
  to: Person,
  partner: Person,
  side: 'mentor' | 'mentee',
): QueuedMail {
  const role = side === 'mentor' ? 'mentee' : 'mentor';
  const reasons = why(c.criteria);
  const answer = c.respondBy
    ? `Please accept or decline by ${c.respondBy.toISOString().slice(0, 10)}: ${c.publicUrl}/${side}`
    : `You can start right away: ${c.publicUrl}/${side}`;
  return {
    to: to.email,
    toUserId: to.id,
    kind: 'match-proposed',
    context: `match:${side}`,
    subject: `Your ${role} in ${c.programName}: ${partner.displayName}`,
    text:
      `Hello ${first(to)},\n\nFor ${c.programName} (${c.cohortName}) we propose ${partner.displayName} as your ${role}.` +
      (reasons ? `\n\nWhy you two:\n${reasons}` : '') +
      `\n\n${answer}` +
      signature,
  };
}

export function matchDeclinedMail(
  c: Pick<MatchMailContext, 'publicUrl' | 'programName' | 'cohortName'>,
  to: Person,
  side: 'mentor' | 'mentee',
): QueuedMail {
  return {
    to: to.email,
    toUserId: to.id,
    kind: 'match-declined',
    context: `match:${side}`,
    subject: `Your proposed match in ${c.programName} will not go ahead`,
    text:
      `Hello ${first(to)},\n\nThe match we proposed in ${c.programName} (${c.cohortName}) was declined. ` +
      'This is nobody’s fault: you are back in the pool and HR will propose someone new.' +
      `\n\n${c.publicUrl}/${side}` +
      signature,
  };
}

import type { QueuedMail } from '@mentorbridge/api-core';
import { CLOSURE_REASON_LABELS, ClosureReason, PairSide } from '@mentorbridge/shared-contracts';

export interface Person {
  id: string;
  email: string;
  name: string;
}

export interface PairMailContext {
  publicUrl: string;
  matchId: string;
  programName: string;
  cohortName: string;
}

const first = (p: Person) => p.name.split(' ')[0];
const signature = '\n\n— MentorBridge, on behalf of your HR team';
const pairLink = (c: PairMailContext) => `${c.publicUrl}/pairs/${c.matchId}`;

function mail(
  to: Person,
  kind: string,
  subject: string,
  text: string,
  c: PairMailContext,
): QueuedMail {
  return {
    to: to.email,
    toUserId: to.id,
    subject,
    text: text + signature,
    kind,
    context: c.matchId,
  };
}

/** To the other side of an early closure (the message is the sender's own words to them). */
export function earlyClosureMail(
  c: PairMailContext,
  to: Person,
  by: string,
  reason: ClosureReason,
  message: string | null,
): QueuedMail {
  const note = message ? `\n\nTheir message to you:\n"${message}"` : '';
  return mail(
    to,
    'closure.early',
    `Your mentoring relationship in ${c.programName} has ended`,
    `Hello ${first(to)},\n\n${by} ended your mentoring relationship in ${c.programName} (${c.cohortName}). ` +
      `Reason: ${CLOSURE_REASON_LABELS[reason].toLowerCase()}.${note}\n\n` +
      `Please take two minutes for the exit survey; it helps the program improve: ${pairLink(c)}`,
    c,
  );
}

/** To the program's HR leads when a pair ends early (no message content, only the facts). */
export function earlyClosureHrMail(
  c: PairMailContext,
  to: Person,
  pair: string,
  by: string,
  reason: ClosureReason,
): QueuedMail {
  return mail(
    to,
    'closure.early.hr',
    `A pair ended early in ${c.cohortName}`,
    `Hello ${first(to)},\n\n${pair} ended early (${CLOSURE_REASON_LABELS[reason].toLowerCase()}), ` +
      `started by ${by}. Closure documentation: ${c.publicUrl}/programs`,
    c,
  );
}

/** The exit survey request after a planned closure (or a chase from HR). */
export function exitSurveyMail(c: PairMailContext, to: Person, chase: boolean): QueuedMail {
  return mail(
    to,
    chase ? 'closure.survey.chase' : 'closure.survey',
    chase
      ? `Reminder: your exit survey for ${c.programName}`
      : `Your mentoring relationship in ${c.programName} is complete`,
    `Hello ${first(to)},\n\n` +
      (chase
        ? `We have not yet heard how your mentoring relationship in ${c.programName} went. `
        : `Your mentoring relationship in ${c.programName} (${c.cohortName}) is now complete. Thank you. `) +
      `Please answer the short exit survey and say whether you would like to stay in touch: ${pairLink(c)}`,
    c,
  );
}

export function endApproachingMail(
  c: PairMailContext,
  to: Person,
  end: string,
  days: number,
): QueuedMail {
  return mail(
    to,
    'closure.end_approaching',
    `Your mentoring relationship ends in ${days} days`,
    `Hello ${first(to)},\n\nYour mentoring relationship in ${c.programName} is planned to end on ${end}. ` +
      `Plan a final session, review your goals together and complete the closure checklist ` +
      `(or ask for an extension): ${pairLink(c)}`,
    c,
  );
}

export function retentionWarningMail(c: PairMailContext, to: Person, on: string): QueuedMail {
  return mail(
    to,
    'closure.retention_warning',
    `Your mentoring notes will be deleted on ${on}`,
    `Hello ${first(to)},\n\nUnder ${c.programName}'s data retention rule, the notes of your ended mentoring ` +
      `relationship will be deleted on ${on}. Copy anything you want to keep before then: ${pairLink(c)}`,
    c,
  );
}

export function extensionRequestedMail(
  c: PairMailContext,
  to: Person,
  pair: string,
  until: string,
): QueuedMail {
  return mail(
    to,
    'closure.extension_requested',
    `${pair} ask to extend until ${until}`,
    `Hello ${first(to)},\n\n${pair} ask to extend their mentoring relationship in ${c.cohortName} until ${until}. ` +
      `Decide on the cohort's closures page: ${c.publicUrl}/programs`,
    c,
  );
}

export function extensionDecidedMail(
  c: PairMailContext,
  to: Person,
  approved: boolean,
  until: string | null,
): QueuedMail {
  return mail(
    to,
    'closure.extension_decided',
    approved ? `Your extension was approved until ${until}` : 'Your extension request was declined',
    `Hello ${first(to)},\n\n` +
      (approved
        ? `Your mentoring relationship in ${c.programName} now ends on ${until}.`
        : `HR declined the request to extend your mentoring relationship in ${c.programName}.`) +
      ` Details: ${pairLink(c)}`,
    c,
  );
}

export const sideLabel = (
  side: PairSide | 'hr' | 'system',
  names: { mentor: string; mentee: string },
) => (side === 'hr' ? 'Your HR team' : side === 'system' ? 'The program' : names[side]);

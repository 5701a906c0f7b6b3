import type { QueuedMail } from '@mentorbridge/api-core';
import type { Decision, ParticipantRole } from '@mentorbridge/shared-contracts';

export interface MailContext {
  publicUrl: string;
  cohortId: string;
  cohortName: string;
  programName: string;
  strategicDriver: string;
}

interface Person {
  id: string;
  email: string;
  displayName: string;
}

const roleWord = (role: ParticipantRole) => (role === 'mentor' ? 'a mentor' : 'a mentee');
const applyUrl = (c: MailContext, role: ParticipantRole) =>
  `${c.publicUrl}/apply/${c.cohortId}?role=${role}`;
const greeting = (p: Person) => `Hello ${p.displayName.split(' ')[0]},`;
const signature = '\n\n— MentorBridge, on behalf of your HR team';

export function invitationMail(
  c: MailContext,
  to: Person,
  role: ParticipantRole,
  from: string,
): QueuedMail {
  return {
    to: to.email,
    toUserId: to.id,
    kind: 'invitation',
    context: `cohort:${c.cohortId}`,
    subject: `You are invited to join ${c.programName} as ${roleWord(role)}`,
    text:
      `${greeting(to)}\n\n${from} invites you to apply as ${roleWord(role)} to ${c.programName} ` +
      `(${c.cohortName}).\n\nWhy this program: ${c.strategicDriver}\n\n` +
      `Read more and apply: ${applyUrl(c, role)}\n\nIf this is not for you right now, you can decline on the same page.` +
      signature,
  };
}

export function reminderMail(c: MailContext, to: Person, role: ParticipantRole): QueuedMail {
  return {
    to: to.email,
    toUserId: to.id,
    kind: 'invitation-reminder',
    context: `cohort:${c.cohortId}`,
    subject: `Reminder: applications for ${c.programName} are open`,
    text:
      `${greeting(to)}\n\nA friendly reminder that you are invited to apply as ${roleWord(role)} to ` +
      `${c.programName} (${c.cohortName}).\n\nApply or decline: ${applyUrl(c, role)}` +
      signature,
  };
}

export function decisionMail(
  c: MailContext,
  to: Person,
  role: ParticipantRole,
  decision: Decision,
  message: string | null,
): QueuedMail {
  const subjects: Record<Decision, string> = {
    approve: `You are in: ${c.programName}`,
    waitlist: `You are on the waiting list for ${c.programName}`,
    reject: `About your application to ${c.programName}`,
  };
  const bodies: Record<Decision, string> = {
    approve: `your application as ${roleWord(role)} to ${c.programName} (${c.cohortName}) is approved. We will let you know when matching is done.`,
    waitlist: `your application as ${roleWord(role)} to ${c.programName} (${c.cohortName}) is on the waiting list. If a place opens up, we will tell you straight away.`,
    reject: `thank you for applying as ${roleWord(role)} to ${c.programName} (${c.cohortName}). We cannot offer you a place this time.`,
  };
  return {
    to: to.email,
    toUserId: to.id,
    kind: 'application-decision',
    context: `cohort:${c.cohortId}`,
    subject: subjects[decision],
    text:
      `${greeting(to)}\n\n${bodies[decision][0].toUpperCase()}${bodies[decision].slice(1)}` +
      (message ? `\n\nA note from your HR team:\n${message}` : '') +
      `\n\nYour applications: ${c.publicUrl}/applications` +
      signature,
  };
}

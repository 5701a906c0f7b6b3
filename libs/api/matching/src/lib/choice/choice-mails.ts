import type { QueuedMail } from '@mentorbridge/api-core';

interface Person {
  id: string;
  email: string;
  displayName: string;
}

interface Names {
  cohortName: string;
  programName: string;
}

const first = (p: Person) => p.displayName.split(' ')[0];
const signature = '\n\n— MentorBridge, on behalf of your HR team';
const where = (n: Names | undefined) => (n ? `${n.programName} (${n.cohortName})` : 'your program');

function mail(to: Person, kind: string, subject: string, body: string): QueuedMail {
  return {
    to: to.email,
    toUserId: to.id,
    kind,
    context: 'mentor-request',
    subject,
    text: `Hello ${first(to)},\n\n${body}${signature}`,
  };
}

/** Messages of mentee-choice mode (shortlists and requests). */
export const choiceMail = {
  shortlistReady: (url: string, to: Person, names: Names): QueuedMail =>
    mail(
      to,
      'shortlist-ready',
      `Choose your mentor in ${names.programName}`,
      `Your shortlist of mentors for ${where(names)} is ready. Read why each one could suit you and ask the one you prefer: ${url}/mentee`,
    ),
  requested: (
    url: string,
    to: Person,
    mentee: Person,
    names: Names | undefined,
    expiresAt: Date,
  ): QueuedMail =>
    mail(
      to,
      'mentor-request',
      `${mentee.displayName} would like you as their mentor`,
      `${mentee.displayName} asks you to be their mentor in ${where(names)}. Please accept or decline by ${expiresAt.toISOString().slice(0, 10)}: ${url}/mentor`,
    ),
  accepted: (
    url: string,
    to: Person,
    mentor: Person,
    names: Names | undefined,
    withdrawn: number,
  ): QueuedMail =>
    mail(
      to,
      'mentor-request-accepted',
      `${mentor.displayName} is your mentor`,
      `${mentor.displayName} accepted your request in ${where(names)}.` +
        (withdrawn
          ? ` Your ${withdrawn} other open request${withdrawn === 1 ? ' was' : 's were'} withdrawn automatically.`
          : '') +
        ` ${url}/mentee`,
    ),
  declined: (url: string, to: Person, mentor: Person, names: Names | undefined): QueuedMail =>
    mail(
      to,
      'mentor-request-declined',
      `About your request to ${mentor.displayName}`,
      `${mentor.displayName} cannot take you on in ${where(names)} this time. Your shortlist has other mentors to ask: ${url}/mentee`,
    ),
  withdrawnForMentor: (
    url: string,
    to: Person,
    mentee: Person,
    names: Names | undefined,
  ): QueuedMail =>
    mail(
      to,
      'mentor-request-withdrawn',
      `${mentee.displayName}'s request was withdrawn`,
      `${mentee.displayName} has found a mentor in ${where(names)}, so their request to you was withdrawn. Nothing to do. ${url}/mentor`,
    ),
  expired: (url: string, to: Person, mentor: Person, names: Names | undefined): QueuedMail =>
    mail(
      to,
      'mentor-request-expired',
      `Your request to ${mentor.displayName} expired`,
      `${mentor.displayName} did not answer your request in ${where(names)} in time. Ask another mentor from your shortlist: ${url}/mentee`,
    ),
};

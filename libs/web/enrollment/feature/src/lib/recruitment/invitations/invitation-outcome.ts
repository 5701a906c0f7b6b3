import { InvitationImportReport, InviteResult } from '@mentorbridge/shared-contracts';
import { plural } from '../shared/labels';

/** What the page says after an action on invitations. */
export interface InvitationNotice {
  tone: 'success' | 'warning' | 'info' | 'error';
  title: string;
  lines: string[];
}

/** "Invited 5 people." plus who was skipped and why. */
export function inviteNotice(result: InviteResult): InvitationNotice {
  const title = result.invited
    ? `Invited ${plural(result.invited, 'person', 'people')}.`
    : 'Nobody new was invited.';
  const lines = result.skipped.map(
    (skip) => `${skip.person.displayName} (${skip.person.email}) ${skip.reason}.`,
  );
  if (lines.length) {
    lines.unshift(`${plural(lines.length, 'person', 'people')} not invited:`);
  }
  return { tone: lines.length ? 'warning' : 'success', title, lines };
}

export function importNotice(report: InvitationImportReport): InvitationNotice {
  const { invite, skip, error } = report.summary;
  const lines: string[] = [];
  if (skip) lines.push(`${plural(skip, 'row')} skipped (already invited or repeated).`);
  if (error) lines.push(`${plural(error, 'row')} had errors and were not invited.`);
  return {
    tone: skip || error ? 'warning' : 'success',
    title: `Invited ${plural(invite, 'person', 'people')} from the CSV.`,
    lines,
  };
}

import {
  APPLICATION_STATUS_LABELS,
  ApplicationStatus,
  INVITATION_STATUS_LABELS,
  InvitationStatus,
  MailMessageView,
} from '@mentorbridge/shared-contracts';
import { StatusTone } from '@mentorbridge/web-shared-ui';

/** What a status chip shows: text first, then a colour and an icon (never colour alone). */
export interface EnrollmentChip {
  label: string;
  tone: StatusTone;
  icon: string;
}

/** The same colour and icon for an application status everywhere (HR queue, applicant pages). */
export const APPLICATION_STATUS_CHIPS: Readonly<
  Record<ApplicationStatus, Omit<EnrollmentChip, 'label'>>
> = {
  submitted: { tone: 'info', icon: 'pending' },
  approved: { tone: 'success', icon: 'check_circle' },
  rejected: { tone: 'danger', icon: 'cancel' },
  waitlisted: { tone: 'warning', icon: 'schedule' },
  withdrawn: { tone: 'neutral', icon: 'undo' },
};

export function applicationStatusChip(status: ApplicationStatus): EnrollmentChip {
  return { label: APPLICATION_STATUS_LABELS[status], ...APPLICATION_STATUS_CHIPS[status] };
}

export const INVITATION_STATUS_CHIPS: Readonly<
  Record<InvitationStatus, Omit<EnrollmentChip, 'label'>>
> = {
  sent: { tone: 'neutral', icon: 'outgoing_mail' },
  opened: { tone: 'info', icon: 'drafts' },
  applied: { tone: 'success', icon: 'how_to_reg' },
  declined: { tone: 'warning', icon: 'do_not_disturb_on' },
};

export function invitationStatusChip(status: InvitationStatus): EnrollmentChip {
  return { label: INVITATION_STATUS_LABELS[status], ...INVITATION_STATUS_CHIPS[status] };
}

const MAIL_STATUS_CHIPS: Readonly<Record<MailMessageView['status'], EnrollmentChip>> = {
  queued: { label: 'Queued', tone: 'neutral', icon: 'schedule_send' },
  sent: { label: 'Sent', tone: 'success', icon: 'mark_email_read' },
  failed: { label: 'Failed', tone: 'danger', icon: 'error' },
};

export function mailStatusChip(status: MailMessageView['status']): EnrollmentChip {
  return MAIL_STATUS_CHIPS[status];
}

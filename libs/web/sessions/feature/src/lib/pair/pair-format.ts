import {
  ATTENDANCE_LABELS,
  MEETING_MODE_LABELS,
  MeetingMode,
  PairSide,
  SessionView,
} from '@mentorbridge/shared-contracts';
import { StatusTone } from '@mentorbridge/web-shared-ui';

/** Plain-words text for the pair page. Pure functions, no Angular. */

export interface SessionChip {
  label: string;
  tone: StatusTone;
  icon: string;
}

/** A planned session whose time has passed: its attendance is still to be recorded. */
export function awaitsAttendance(session: SessionView, now = Date.now()): boolean {
  return session.status === 'scheduled' && Date.parse(session.scheduledAt) <= now;
}

/** Upcoming: planned and still ahead, soonest first. */
export function upcomingSessions(
  sessions: readonly SessionView[],
  now = Date.now(),
): SessionView[] {
  return sessions
    .filter((s) => s.status === 'scheduled' && Date.parse(s.scheduledAt) > now)
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
}

/** Past: everything else, newest first. */
export function pastSessions(sessions: readonly SessionView[], now = Date.now()): SessionView[] {
  return sessions
    .filter((s) => !(s.status === 'scheduled' && Date.parse(s.scheduledAt) > now))
    .sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));
}

/** The attendance chip: words first, then colour and icon (never colour alone). */
export function sessionChip(session: SessionView, now = Date.now()): SessionChip {
  switch (session.status) {
    case 'held':
      return { label: ATTENDANCE_LABELS.held, tone: 'success', icon: 'check_circle' };
    case 'cancelled':
      return {
        label:
          session.cancelledBy === 'mentor'
            ? ATTENDANCE_LABELS.cancelled_by_mentor
            : session.cancelledBy === 'mentee'
              ? ATTENDANCE_LABELS.cancelled_by_mentee
              : 'Cancelled',
        tone: 'neutral',
        icon: 'event_busy',
      };
    case 'no_show':
      return {
        label:
          session.noShowBy === 'mentor'
            ? ATTENDANCE_LABELS.no_show_mentor
            : session.noShowBy === 'mentee'
              ? ATTENDANCE_LABELS.no_show_mentee
              : 'No-show',
        tone: 'danger',
        icon: 'person_off',
      };
    default:
      return awaitsAttendance(session, now)
        ? { label: 'Attendance to record', tone: 'warning', icon: 'pending_actions' }
        : { label: 'Planned', tone: 'info', icon: 'event' };
  }
}

export function modeLabel(mode: MeetingMode): string {
  return MEETING_MODE_LABELS[mode];
}

/** A location that is a web address becomes a link. */
export function isLink(location: string | null): boolean {
  return location !== null && /^https?:\/\//i.test(location.trim());
}

/** YYYY-MM-DD and HH:mm of a moment, in the person's own time zone. */
export function localParts(iso: string): { date: string; time: string } {
  const at = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** A local date and time (from form fields) as an ISO moment, or null when incomplete. */
export function toIsoMoment(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) {
    return null;
  }
  const at = new Date(`${date}T${time}:00`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** Today as YYYY-MM-DD in the person's own time zone. */
export function todayLocal(now = new Date()): string {
  return localParts(now.toISOString()).date;
}

/** A goal's target date passed while it is still open. */
export function goalOverdue(
  goal: { targetDate: string | null; status: string },
  today = todayLocal(),
): boolean {
  return goal.status === 'open' && goal.targetDate !== null && goal.targetDate < today;
}

/** How long before the planned start a session was cancelled, in plain words (null: unknown). */
export function cancelNotice(hours: number | null): string | null {
  if (hours === null) {
    return null;
  }
  if (hours < 0) {
    return 'after it was due to start';
  }
  if (hours < 1) {
    return 'less than an hour before';
  }
  if (hours < 48) {
    const whole = Math.round(hours);
    return whole === 1 ? '1 hour before' : `${whole} hours before`;
  }
  return `${Math.round(hours / 24)} days before`;
}

/** "Cancelled by you 3 days before." / "Cancelled by Mia Tanaka less than an hour before." */
export function cancelledLine(
  session: Pick<SessionView, 'cancelledBy' | 'cancelNoticeHours'>,
  mySide: PairSide | null,
  partner: string,
): string {
  const by =
    session.cancelledBy === null
      ? null
      : session.cancelledBy === mySide
        ? 'you'
        : mySide
          ? partner
          : `the ${session.cancelledBy}`;
  const notice = cancelNotice(session.cancelNoticeHours);
  return `${['Cancelled', by ? `by ${by}` : null, notice].filter(Boolean).join(' ')}.`;
}

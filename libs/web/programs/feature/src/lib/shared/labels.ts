import {
  GoalTemplate,
  MATCHING_MODE_LABELS,
  MatchingMode,
  PROGRAM_FORMAT_LABELS,
  ProgramFormat,
  PulseSchedule,
} from '@mentorbridge/shared-contracts';

/** One line per format, so an HR lead picks the one that fits the program. */
export const PROGRAM_FORMAT_HINTS: Readonly<Record<ProgramFormat, string>> = {
  one_on_one: 'One mentor and one mentee meet regularly around the mentee’s goals.',
  group: 'One mentor guides a small group of mentees together.',
  peer: 'Colleagues at a similar level mentor each other.',
  reverse: 'Junior people mentor senior ones, e.g. on new tools or perspectives.',
  flash: 'One-off, short conversations without a long-term relationship.',
  developmental: 'Anyone can mentor anyone, at any level, for long-term growth.',
};

export const MATCHING_MODE_HINTS: Readonly<Record<MatchingMode, string>> = {
  admin_bulk:
    'You run a match across everyone, review each proposed pair with its scores and publish.',
  mentee_choice: 'Mentees pick a mentor from ranked suggestions; mentors accept or decline.',
  manual: 'You pair people one by one. Suits small or sensitive programs.',
};

export function formatLabel(format: ProgramFormat): string {
  return PROGRAM_FORMAT_LABELS[format];
}

export function matchingLabel(mode: MatchingMode): string {
  return MATCHING_MODE_LABELS[mode];
}

/** "1 week" / "4 weeks". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The organisation's pulse schedule, which a program without its own follows. */
export const PULSE_DEFAULT: Readonly<PulseSchedule> = { firstDay: 30, everyDays: 60 };

function pulseDays(schedule: PulseSchedule): string {
  return `first on day ${schedule.firstDay}, then every ${plural(schedule.everyDays, 'day')}`;
}

/** When pulse check-ins go out, in words; null is the organisation's default. */
export function pulseScheduleText(schedule: PulseSchedule | null): string {
  if (!schedule) {
    return `The organisation default: ${pulseDays(PULSE_DEFAULT)}`;
  }
  const days = pulseDays(schedule);
  return days.charAt(0).toUpperCase() + days.slice(1);
}

/** "Target: 30 days after the pair starts", or null without a target. */
export function goalTemplateTarget(template: Pick<GoalTemplate, 'targetDays'>): string | null {
  return template.targetDays === undefined
    ? null
    : `Target: ${plural(template.targetDays, 'day')} after the pair starts`;
}

/** "Target: 30 days after the pair starts · 2 milestones", or null when there is neither. */
export function goalTemplateDetails(
  template: Pick<GoalTemplate, 'targetDays' | 'milestones'>,
): string | null {
  const count = template.milestones?.length ?? 0;
  const parts = [goalTemplateTarget(template), count ? plural(count, 'milestone') : null];
  return parts.filter((part) => part !== null).join(' · ') || null;
}

import {
  MATCHING_MODE_LABELS,
  MatchingMode,
  PROGRAM_FORMAT_LABELS,
  ProgramFormat,
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

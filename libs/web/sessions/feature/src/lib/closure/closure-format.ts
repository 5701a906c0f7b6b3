import {
  CLOSURE_REASON_LABELS,
  MATCH_STATE_LABELS,
  MatchState,
  ClosureInitiator,
  ClosureReason,
  CONTACT_OPTION_LABELS,
  ExtensionView,
  PairSide,
  SideDocumentation,
} from '@mentorbridge/shared-contracts';
import { formatLocalDate, StatusTone } from '@mentorbridge/web-shared-ui';

/** Plain-words text for closures (pair page and HR). Pure functions, no Angular. */

export interface ClosureChip {
  label: string;
  tone: StatusTone;
  icon: string;
}

/** How well the pairing works, 1–5. */
export const FIT_SCALE: readonly { value: number; label: string }[] = [
  { value: 1, label: 'Poorly' },
  { value: 2, label: 'Not so well' },
  { value: 3, label: 'Fine' },
  { value: 4, label: 'Well' },
  { value: 5, label: 'Very well' },
];

/** Overall satisfaction with the relationship, 1–5. */
export const SATISFACTION_SCALE: readonly { value: number; label: string }[] = [
  { value: 1, label: 'Very dissatisfied' },
  { value: 2, label: 'Dissatisfied' },
  { value: 3, label: 'Neutral' },
  { value: 4, label: 'Satisfied' },
  { value: 5, label: 'Very satisfied' },
];

/** 0–10 for "would you recommend this program". */
export const RECOMMEND_SCALE: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The reason as people read it, with the free text of "other". */
export function reasonText(reason: ClosureReason, text: string | null): string {
  const label = CLOSURE_REASON_LABELS[reason];
  return reason === 'other' && text ? `${label}: ${text}` : label;
}

/** Who ended a relationship, from the reader's point of view. */
export function initiatorLabel(
  initiatedBy: ClosureInitiator,
  names: { mentor: string; mentee: string },
  mySide: PairSide | null = null,
): string {
  if (initiatedBy === mySide) {
    return 'You';
  }
  switch (initiatedBy) {
    case 'mentor':
      return names.mentor ? `${names.mentor} (mentor)` : 'The mentor';
    case 'mentee':
      return names.mentee ? `${names.mentee} (mentee)` : 'The mentee';
    case 'hr':
      return 'HR';
    default:
      return 'Automatically, at the planned end';
  }
}

/** One side's documentation of an ending, in words with an icon (never colour alone). */
export function documentationChip(doc: SideDocumentation | null): ClosureChip {
  if (!doc) {
    return { label: 'Not closed yet', tone: 'neutral', icon: 'remove' };
  }
  if (doc.surveyAnswered) {
    return { label: 'Survey answered', tone: 'success', icon: 'check_circle' };
  }
  if (doc.chasedAt) {
    return {
      label: `Chased ${formatLocalDate(doc.chasedAt)}`,
      tone: 'warning',
      icon: 'forward_to_inbox',
    };
  }
  return { label: 'Survey missing', tone: 'danger', icon: 'pending_actions' };
}

/** The contact preference one side recorded, or that the safe default was applied. */
export function contactText(doc: SideDocumentation | null): string {
  if (!doc) {
    return '';
  }
  if (doc.contactPreference) {
    const label = CONTACT_OPTION_LABELS[doc.contactPreference];
    return doc.contactDefaulted ? `${label} (default applied)` : label;
  }
  return 'Contact preference not given';
}

/** An extension request's state for its chip. */
export function extensionChip(extension: ExtensionView): ClosureChip {
  switch (extension.state) {
    case 'approved':
      return {
        label: `Approved: ends ${formatLocalDate(extension.approvedEnd ?? extension.requestedEnd)}`,
        tone: 'success',
        icon: 'event_available',
      };
    case 'declined':
      return { label: 'Declined', tone: 'neutral', icon: 'event_busy' };
    default:
      return { label: 'Waiting for HR', tone: 'warning', icon: 'hourglass_top' };
  }
}

/** "1 pair" / "3 pairs". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A match state (as a cohort's closure rows carry it) as a chip. */
export function matchStateChipOf(state: string): ClosureChip {
  const label = (MATCH_STATE_LABELS as Readonly<Record<string, string>>)[state] ?? state;
  switch (state as MatchState) {
    case 'active':
      return { label, tone: 'info', icon: 'handshake' };
    case 'completed':
      return { label, tone: 'success', icon: 'task_alt' };
    case 'closed_early':
      return { label, tone: 'neutral', icon: 'logout' };
    default:
      return { label, tone: 'neutral', icon: 'remove' };
  }
}

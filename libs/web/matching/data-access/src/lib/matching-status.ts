import {
  MATCH_RUN_STATE_LABELS,
  MATCH_STATE_LABELS,
  MatchResponse,
  MatchRunState,
  MatchRunSummary,
  MatchState,
  MatchView,
  MENTOR_REQUEST_STATE_LABELS,
  MentorRequestState,
} from '@mentorbridge/shared-contracts';

/** The colour families of `mb-status-chip` (same names as the shared UI's `StatusTone`). */
export type MatchChipTone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

/** What a status chip shows: text first, then a colour and an icon (never colour alone). */
export interface MatchStatusChip {
  label: string;
  tone: MatchChipTone;
  icon: string;
}

/** The same colour and icon for a match run state everywhere (lists, pages, homes). */
export const MATCH_RUN_STATE_CHIPS: Readonly<
  Record<MatchRunState, Omit<MatchStatusChip, 'label'>>
> = {
  running: { tone: 'info', icon: 'autorenew' },
  draft: { tone: 'warning', icon: 'rate_review' },
  failed: { tone: 'danger', icon: 'error' },
  published: { tone: 'success', icon: 'send' },
  discarded: { tone: 'neutral', icon: 'delete' },
};

export function matchRunStateChip(state: MatchRunState): MatchStatusChip {
  return { label: MATCH_RUN_STATE_LABELS[state], ...MATCH_RUN_STATE_CHIPS[state] };
}

/**
 * "Proven optimal" while the solver's answer is untouched; "Edited by hand" once HR swapped
 * pairs (the total may then be below the best possible). Null until the run has finished.
 */
export function runOptimalityChip(
  run: Pick<MatchRunSummary, 'objective' | 'edits'>,
): MatchStatusChip | null {
  if (!run.objective) {
    return null;
  }
  if (run.edits > 0 || !run.objective.optimal) {
    return { label: 'Edited by hand', tone: 'warning', icon: 'edit' };
  }
  return { label: 'Proven optimal', tone: 'success', icon: 'verified' };
}

export const MATCH_PHASE_LABELS: Readonly<Record<MatchRunSummary['progress']['phase'], string>> = {
  loading: 'Loading applications',
  scoring: 'Scoring every pair',
  solving: 'Finding the best pairs',
  saving: 'Saving the proposal',
  done: 'Done',
};

/** The viewer's answer and the partner's answer of a match (mentor's view when no side). */
export function matchResponses(match: MatchView): { mine: MatchResponse; partner: MatchResponse } {
  return match.mySide === 'mentee'
    ? { mine: match.menteeResponse, partner: match.mentorResponse }
    : { mine: match.mentorResponse, partner: match.menteeResponse };
}

/** Whether the viewer still has to answer this match. */
export function awaitsMyAnswer(match: MatchView): boolean {
  return match.state === 'proposed' && !!match.mySide && matchResponses(match).mine === 'pending';
}

const MATCH_STATE_CHIPS: Readonly<Record<MatchState, Omit<MatchStatusChip, 'label'>>> = {
  proposed: { tone: 'info', icon: 'hourglass_top' },
  active: { tone: 'success', icon: 'handshake' },
  declined: { tone: 'danger', icon: 'block' },
  expired: { tone: 'neutral', icon: 'timer_off' },
  cancelled: { tone: 'neutral', icon: 'cancel' },
  completed: { tone: 'success', icon: 'task_alt' },
  closed_early: { tone: 'neutral', icon: 'logout' },
};

/**
 * A match's chip as its participant reads it: "Your answer is needed", "Waiting for your partner"
 * (I accepted, they have not answered yet), "Active", "Declined"…
 */
export function matchStateChip(match: MatchView): MatchStatusChip {
  if (match.state === 'proposed' && match.mySide) {
    const { mine } = matchResponses(match);
    if (mine === 'pending') {
      return { label: 'Your answer is needed', tone: 'warning', icon: 'pending_actions' };
    }
    if (mine === 'accepted') {
      return { label: 'Waiting for your partner', tone: 'info', icon: 'hourglass_top' };
    }
  }
  return { label: MATCH_STATE_LABELS[match.state], ...MATCH_STATE_CHIPS[match.state] };
}

const MENTOR_REQUEST_STATE_CHIPS: Readonly<
  Record<MentorRequestState, Omit<MatchStatusChip, 'label'>>
> = {
  open: { tone: 'info', icon: 'hourglass_top' },
  accepted: { tone: 'success', icon: 'handshake' },
  declined: { tone: 'danger', icon: 'block' },
  expired: { tone: 'neutral', icon: 'timer_off' },
  withdrawn: { tone: 'neutral', icon: 'undo' },
};

/** The same chip for a mentee-choice request everywhere (HR's table, the participants' homes). */
export function mentorRequestStateChip(state: MentorRequestState): MatchStatusChip {
  return { label: MENTOR_REQUEST_STATE_LABELS[state], ...MENTOR_REQUEST_STATE_CHIPS[state] };
}

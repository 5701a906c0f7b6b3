import {
  COHORT_STATE_LABELS,
  CohortState,
  READINESS_BAND_LABELS,
  ReadinessBand,
  ReadinessSummary,
} from '@mentorbridge/shared-contracts';

/** The colour families of `mb-status-chip` (same names as the shared UI's `StatusTone`). */
export type ChipTone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

/** What a status chip shows: text first, then a colour and an icon (never colour alone). */
export interface StatusChip {
  label: string;
  tone: ChipTone;
  icon: string;
}

/** The same colour and icon for a cohort state everywhere (lists, pages, homes). */
export const COHORT_STATE_CHIPS: Readonly<Record<CohortState, Omit<StatusChip, 'label'>>> = {
  draft: { tone: 'neutral', icon: 'edit_note' },
  recruiting: { tone: 'info', icon: 'campaign' },
  matching: { tone: 'warning', icon: 'join_inner' },
  active: { tone: 'success', icon: 'play_circle' },
  closing: { tone: 'warning', icon: 'hourglass_bottom' },
  closed: { tone: 'neutral', icon: 'inventory_2' },
};

export function cohortStateChip(state: CohortState): StatusChip {
  return { label: COHORT_STATE_LABELS[state], ...COHORT_STATE_CHIPS[state] };
}

/** The same colour and icon for a readiness band everywhere. */
export const READINESS_BAND_CHIPS: Readonly<Record<ReadinessBand, Omit<StatusChip, 'label'>>> = {
  not_ready: { tone: 'danger', icon: 'report' },
  ready: { tone: 'success', icon: 'check_circle' },
  strong: { tone: 'success', icon: 'verified' },
  exemplary: { tone: 'success', icon: 'workspace_premium' },
};

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** `74` → "74%" in the person's locale. */
export function formatPercent(value: number): string {
  return percent.format(value / 100);
}

/**
 * The readiness chip of a program: the band of the latest completed assessment with its overall
 * score ("Ready · 74%"), "Assessment open" while the first one is still collecting answers, or
 * "Not assessed".
 */
export function readinessChip(summary: ReadinessSummary | null): StatusChip {
  if (!summary) {
    return { label: 'Not assessed', tone: 'neutral', icon: 'help' };
  }
  if (summary.status !== 'completed') {
    return { label: 'Assessment open', tone: 'info', icon: 'pending' };
  }
  const band = READINESS_BAND_LABELS[summary.band];
  const label = summary.overall === null ? band : `${band} · ${formatPercent(summary.overall)}`;
  return { label, ...READINESS_BAND_CHIPS[summary.band] };
}

/**
 * Whether the readiness gate lets a draft cohort open recruitment: the latest completed
 * assessment is Ready or better. (The API has the last word: see `CohortDetail.nextSteps`.)
 */
export function readinessGatePasses(summary: ReadinessSummary | null): boolean {
  return !!summary && summary.status === 'completed' && summary.band !== 'not_ready';
}

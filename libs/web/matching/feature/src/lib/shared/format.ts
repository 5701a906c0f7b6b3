import {
  HARD_RULE_LABELS,
  HardRule,
  MATCH_CRITERION_INFO,
  MatchCriterion,
} from '@mentorbridge/shared-contracts';

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const signedFormat = new Intl.NumberFormat(undefined, {
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const percentFormat = new Intl.NumberFormat(undefined, {
  style: 'percent',
  maximumFractionDigits: 0,
});

/** 72.456 → "72.5" in the person's locale. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : numberFormat.format(score);
}

/** Points or score changes with their sign: "+12.5", "−3", "0". */
export function formatSigned(value: number): string {
  return signedFormat.format(value);
}

/** 0.5 → "50%" (a criterion's value; a penalty reads "−50%"). */
export function formatShare(value: number): string {
  return percentFormat.format(value);
}

/** "1 pair" / "3 pairs". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${new Intl.NumberFormat().format(count)} ${count === 1 ? singular : pluralForm}`;
}

/** 850 → "850 ms", 4200 → "4.2 s", 65000 → "1 min 5 s". */
export function formatDuration(ms: number | null): string {
  if (ms === null) {
    return '—';
  }
  if (ms < 1000) {
    return `${Math.round(ms)} ms`;
  }
  if (ms < 60_000) {
    return `${numberFormat.format(Math.round(ms / 100) / 10)} s`;
  }
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

export function criterionLabel(criterion: MatchCriterion): string {
  return MATCH_CRITERION_INFO[criterion].label;
}

export function hardRuleLabel(rule: HardRule): string {
  return HARD_RULE_LABELS[rule];
}

/** Case- and accent-insensitive text for filtering. */
export function searchable(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** How a pair's score is computed, for the "how is this computed?" tooltips. */
export const SCORE_HELP =
  'Each criterion gives a value from 0 to 1 (a penalty from −1 to 0), weighted by the program’s matching settings; the points add up to a score out of 100. A pair that breaks a hard rule is never proposed.';

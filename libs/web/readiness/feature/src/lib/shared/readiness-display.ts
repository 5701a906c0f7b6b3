import { formatNumber } from '@angular/common';
import {
  AssessmentDetail,
  AssessmentStatus,
  ItemScore,
  READINESS_BAND_LABELS,
  READINESS_DIMENSION_LABELS,
  READINESS_DIMENSIONS,
  ReadinessBand,
  ReadinessDimension,
  ReadinessThresholds,
  RESPONDENT_ROLE_LABELS,
  SCALE_LABELS,
} from '@mentorbridge/shared-contracts';
import { ChartSeries, ChartThreshold, StatusTone } from '@mentorbridge/web-shared-ui';

export interface ChipStyle {
  label: string;
  tone: StatusTone;
  icon: string;
}

/** The same colour, icon and words for a band everywhere. */
export function bandChip(band: ReadinessBand): ChipStyle {
  const styles: Record<ReadinessBand, Omit<ChipStyle, 'label'>> = {
    not_ready: { tone: 'danger', icon: 'block' },
    ready: { tone: 'success', icon: 'check_circle' },
    strong: { tone: 'success', icon: 'verified' },
    exemplary: { tone: 'success', icon: 'workspace_premium' },
  };
  return { label: READINESS_BAND_LABELS[band], ...styles[band] };
}

export function statusChip(status: AssessmentStatus): ChipStyle {
  return status === 'open'
    ? { label: 'Open', tone: 'info', icon: 'edit_note' }
    : { label: 'Completed', tone: 'neutral', icon: 'task_alt' };
}

/** Launch needs the latest completed assessment to be Ready or better. */
export function passesLaunchGate(band: ReadinessBand): boolean {
  return band !== 'not_ready';
}

export const LAUNCH_GATE_RULE =
  'A cohort can open recruitment only when the latest completed assessment is Ready or better.';

/** "72.5%", or "—" when there is no score. */
export function percent(value: number | null | undefined, locale: string): string {
  return value === null || value === undefined ? '—' : `${formatNumber(value, locale, '1.0-1')}%`;
}

export interface DimensionRow {
  dimension: ReadinessDimension;
  label: string;
  score: number | null;
  previous: number | null;
  answeredItems: number;
  totalItems: number;
  /** Percentage points since the previous cycle, or null when either side has no score. */
  change: number | null;
  meetsReadyMinimum: boolean;
}

/** One row per dimension of this assessment, with the previous cycle's score beside it. */
export function dimensionRows(detail: AssessmentDetail): DimensionRow[] {
  return detail.result.dimensions.map((d) => {
    const previous =
      detail.previous?.dimensions.find((p) => p.dimension === d.dimension)?.score ?? null;
    const change =
      d.score !== null && previous !== null ? Math.round((d.score - previous) * 10) / 10 : null;
    return {
      dimension: d.dimension,
      label: READINESS_DIMENSION_LABELS[d.dimension],
      score: d.score,
      previous,
      answeredItems: d.answeredItems,
      totalItems: d.totalItems,
      change,
      meetsReadyMinimum: d.meetsMinimumFor.ready,
    };
  });
}

export interface ChangeText {
  symbol: '▲' | '▼' | '=' | '';
  text: string;
  direction: 'up' | 'down' | 'same' | 'none';
}

/** "▲ up 12.5 points": direction by symbol and words, never by colour alone. */
export function changeText(
  change: number | null,
  locale: string,
  hasPrevious: boolean,
): ChangeText {
  if (change === null) {
    return {
      symbol: '',
      text: hasPrevious ? 'Not comparable' : 'First assessment',
      direction: 'none',
    };
  }
  const points = (value: number) =>
    `${formatNumber(Math.abs(value), locale, '1.0-1')} ${Math.abs(value) === 1 ? 'point' : 'points'}`;
  if (change > 0) {
    return { symbol: '▲', text: `up ${points(change)}`, direction: 'up' };
  }
  if (change < 0) {
    return { symbol: '▼', text: `down ${points(change)}`, direction: 'down' };
  }
  return { symbol: '=', text: 'no change', direction: 'same' };
}

/** The two chart series: this cycle and, when there is one, the previous cycle. */
export function chartSeries(detail: AssessmentDetail, rows = dimensionRows(detail)): ChartSeries[] {
  const series: ChartSeries[] = [{ label: 'This cycle', values: rows.map((r) => r.score) }];
  if (detail.previous) {
    series.push({
      label: `Previous: ${detail.previous.title}`,
      values: rows.map((r) => r.previous),
    });
  }
  return series;
}

/** The lines drawn on the bar chart: the Ready minimum per dimension and the Ready overall. */
export function chartThresholds(thresholds: ReadinessThresholds): ChartThreshold[] {
  return [
    { value: thresholds.ready.minimum, label: 'minimum per dimension (Ready)' },
    { value: thresholds.ready.overall, label: 'overall (Ready)' },
  ];
}

export function dimensionLabel(dimension: ReadinessDimension): string {
  return READINESS_DIMENSION_LABELS[dimension];
}

/** "4 (Agree)" for a 1–5 answer, or "—". */
export function scaleLabel(value: number | null): string {
  if (value === null) {
    return '—';
  }
  const label = SCALE_LABELS[value as 1 | 2 | 3 | 4 | 5];
  return label ? `${value} (${label})` : String(value);
}

/** "HR 4.5 (2), Manager 2 (1)": per-role means with the number of answers. */
export function byRoleText(item: ItemScore, locale: string): string {
  return item.byRole
    .map(
      (r) =>
        `${RESPONDENT_ROLE_LABELS[r.role]} ${formatNumber(r.mean, locale, '1.0-2')} (${r.answers} ${r.answers === 1 ? 'answer' : 'answers'})`,
    )
    .join(' · ');
}

export type ItemOrder = 'bank' | 'lowest' | 'highest';

/** Item scores grouped by dimension (dimensions in their usual order), sorted as asked. */
export function itemsByDimension(
  items: readonly ItemScore[],
  order: ItemOrder,
): { dimension: ReadinessDimension; label: string; items: ItemScore[] }[] {
  const sorted = [...items];
  if (order !== 'bank') {
    const sign = order === 'lowest' ? 1 : -1;
    // Unanswered items go last either way.
    sorted.sort((a, b) => {
      if (a.score === null || b.score === null) {
        return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
      }
      return sign * (a.score - b.score);
    });
  }
  return READINESS_DIMENSIONS.map((dimension) => ({
    dimension,
    label: READINESS_DIMENSION_LABELS[dimension],
    items: sorted.filter((item) => item.dimension === dimension),
  })).filter((group) => group.items.length > 0);
}

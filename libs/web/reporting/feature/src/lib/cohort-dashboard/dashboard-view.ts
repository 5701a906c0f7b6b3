import {
  Cell,
  CLOSURE_REASON_LABELS,
  CohortDashboard,
  CONFORMANCE_BAND_LABELS,
  ConformanceBand,
  MetricDefinition,
  MetricKey,
  RISK_REASON_LABELS,
} from '@mentorbridge/shared-contracts';
import {
  definitionFor,
  formatMetric,
  hasNoData,
  isNoData,
  METRIC_GROUPS,
  MetricGroup,
  monthAxisLabels,
  monthName,
  targetMet,
  targetText,
} from '@mentorbridge/web-reporting-data-access';
import { CellSeries, ChartItem, StatusTone } from '@mentorbridge/web-shared-ui';

/** Metrics from well-being answers: hidden under the larger threshold. */
const WELLBEING_METRICS: ReadonlySet<MetricKey> = new Set<MetricKey>(['satisfaction']);

const NO_CELL: Cell = { value: null, suppressed: true };

/** Everything one metric tile shows. */
export interface MetricTileView {
  key: MetricKey;
  definition: MetricDefinition;
  cell: Cell;
  /** The value in its unit ("72 %"), null when hidden or without data. */
  text: string | null;
  /** A rate over nobody: nothing to show yet. */
  noData: boolean;
  /** How many distinct people it is computed over; null for plain counts. */
  base: Cell | null;
  target: string | null;
  met: boolean | null;
  /** The privacy threshold this figure is hidden under. */
  threshold: number;
}

export interface MetricGroupView {
  id: MetricGroup['id'];
  label: string;
  tiles: MetricTileView[];
}

export function metricCell(dashboard: CohortDashboard, key: MetricKey): Cell | null {
  return dashboard.metrics.find((metric) => metric.key === key)?.cell ?? null;
}

export function thresholdFor(dashboard: CohortDashboard, key: MetricKey): number {
  return WELLBEING_METRICS.has(key)
    ? dashboard.suppression.wellbeingThreshold
    : dashboard.suppression.threshold;
}

export function tileView(dashboard: CohortDashboard, key: MetricKey): MetricTileView {
  const definition = definitionFor(key, dashboard.definitions);
  const metric = dashboard.metrics.find((m) => m.key === key);
  const cell = metric?.cell ?? NO_CELL;
  const base = metric?.base ?? NO_CELL;
  const noData = !cell.suppressed && (!metric || hasNoData(definition.unit, cell, base));
  return {
    key,
    definition,
    cell,
    text: noData || cell.value === null ? null : formatMetric(cell.value, definition.unit),
    noData,
    base: definition.unit === 'count' || !metric || noData || isNoData(base) ? null : base,
    target: targetText(definition),
    met: noData ? null : targetMet(definition, cell),
    threshold: thresholdFor(dashboard, key),
  };
}

/** The tiles, grouped (Funnel, Engagement, Quality, Standards, Risk). */
export function metricGroups(dashboard: CohortDashboard): MetricGroupView[] {
  return METRIC_GROUPS.map((group) => ({
    id: group.id,
    label: group.label,
    tiles: group.keys.map((key) => tileView(dashboard, key)),
  }));
}

export function funnelItems(dashboard: CohortDashboard): ChartItem[] {
  return dashboard.funnel.map((stage) => ({
    label: definitionFor(stage.stage, dashboard.definitions).label,
    cell: stage.people,
  }));
}

export interface EngagementView {
  categories: string[];
  axisLabels: string[];
  series: CellSeries[];
}

export function engagementView(dashboard: CohortDashboard): EngagementView {
  const months = dashboard.engagement.map((point) => point.month);
  return {
    categories: months.map(monthName),
    axisLabels: monthAxisLabels(months),
    series: [
      { label: 'Active pairs', cells: dashboard.engagement.map((p) => p.activeMatches) },
      { label: 'Sessions held', cells: dashboard.engagement.map((p) => p.sessionsHeld) },
    ],
  };
}

export function binItems(bins: CohortDashboard['satisfaction']): ChartItem[] {
  return bins.map((bin) => ({ label: bin.label, cell: bin.count }));
}

export function riskItems(dashboard: CohortDashboard): ChartItem[] {
  return dashboard.risks.map((risk) => ({
    label: RISK_REASON_LABELS[risk.reason] ?? risk.reason,
    cell: risk.pairs,
  }));
}

export function earlyClosureItems(dashboard: CohortDashboard): ChartItem[] {
  return dashboard.earlyClosures.map((closure) => ({
    label: CLOSURE_REASON_LABELS[closure.reason] ?? closure.reason,
    cell: closure.pairs,
  }));
}

export interface BandChip {
  label: string;
  tone: StatusTone;
  icon: string;
}

const BAND_CHIPS: Readonly<Record<ConformanceBand, Omit<BandChip, 'label'>>> = {
  excellent: { tone: 'success', icon: 'workspace_premium' },
  good: { tone: 'success', icon: 'verified' },
  meets: { tone: 'info', icon: 'check_circle' },
  below: { tone: 'warning', icon: 'report' },
};

/** The conformance band as a chip: its words first, then colour and icon. */
export function bandChip(band: ConformanceBand | null): BandChip {
  return band
    ? { label: CONFORMANCE_BAND_LABELS[band], ...BAND_CHIPS[band] }
    : { label: 'No band yet', tone: 'neutral', icon: 'remove' };
}

/** Whether the dashboard has nothing to show: no figure above zero and nothing hidden. */
export function hasNoFigures(dashboard: CohortDashboard): boolean {
  const cells: Cell[] = [
    ...dashboard.metrics.map((metric) => metric.cell),
    ...dashboard.funnel.map((stage) => stage.people),
    ...dashboard.engagement.flatMap((point) => [point.activeMatches, point.sessionsHeld]),
  ];
  return cells.every((cell) => !cell.suppressed && (cell.value === 0 || cell.value === null));
}

import { ChartSeries, ChartThreshold, clamp, round2 } from './chart-support';

export interface BarChartLayoutInput {
  width: number;
  categories: readonly string[];
  series: readonly ChartSeries[];
  thresholds: readonly ChartThreshold[];
  max: number;
}

export interface BarGeometry {
  series: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number | null;
  /** Where the value's text starts (just after the bar). */
  textX: number;
  textY: number;
}

export interface BarRowGeometry {
  label: string;
  /** Baseline of the category label, centred on the group of bars. */
  labelY: number;
  bars: BarGeometry[];
}

export interface BarChartLayout {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  plotTop: number;
  plotBottom: number;
  labelX: number;
  rows: BarRowGeometry[];
  ticks: { x: number; value: number }[];
  thresholds: { x: number; value: number; label: string; labelY: number; index: number }[];
  axisLabelY: number;
}

export const BAR_HEIGHT = 16;
const BAR_GAP = 4;
const GROUP_GAP = 16;
const THRESHOLD_ROW = 16;
const AXIS_HEIGHT = 24;
const VALUE_ROOM = 52;

/**
 * Geometry of a grouped horizontal bar chart: one row per category, one bar per series, a value
 * axis from 0 to `max` and vertical lines at the thresholds. A value v is drawn v / max of the plot
 * width long (values outside 0…max are clipped to the axis).
 */
export function barChartLayout(input: BarChartLayoutInput): BarChartLayout {
  const { width, categories, series, thresholds, max } = input;
  const labelWidth = clamp(Math.round(width * 0.28), 72, 150);
  const plotX = labelWidth;
  const plotWidth = Math.max(40, width - labelWidth - VALUE_ROOM);
  const plotTop = thresholds.length * THRESHOLD_ROW + 8;
  const groupHeight = series.length * BAR_HEIGHT + Math.max(0, series.length - 1) * BAR_GAP;
  const scale = (value: number) => plotX + (clamp(value, 0, max) / max) * plotWidth;

  const rows = categories.map((label, row) => {
    const top = plotTop + GROUP_GAP / 2 + row * (groupHeight + GROUP_GAP);
    const bars = series.map((s, index) => {
      const value = s.values[row] ?? null;
      const y = top + index * (BAR_HEIGHT + BAR_GAP);
      const barWidth = value === null ? 0 : scale(value) - plotX;
      return {
        series: index,
        x: plotX,
        y: round2(y),
        width: round2(barWidth),
        height: BAR_HEIGHT,
        value,
        textX: round2(plotX + barWidth + 6),
        textY: round2(y + BAR_HEIGHT / 2),
      };
    });
    return { label, labelY: round2(top + groupHeight / 2), bars };
  });

  const plotBottom = plotTop + categories.length * (groupHeight + GROUP_GAP);
  const step = max / 5;
  const ticks = Array.from({ length: 6 }, (_, i) => ({
    value: round2(i * step),
    x: round2(scale(i * step)),
  }));
  return {
    width,
    height: plotBottom + AXIS_HEIGHT,
    plotX,
    plotWidth: round2(plotWidth),
    plotTop,
    plotBottom,
    labelX: plotX - 8,
    rows,
    ticks,
    thresholds: thresholds.map((t, index) => ({
      ...t,
      index,
      x: round2(scale(t.value)),
      labelY: (index + 1) * THRESHOLD_ROW - 4,
    })),
    axisLabelY: plotBottom + 16,
  };
}

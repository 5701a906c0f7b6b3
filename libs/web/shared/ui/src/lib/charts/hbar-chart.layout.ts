import { ChartItem, cellNumber } from './chart-cells';
import { round2 } from './chart-support';

export interface HbarRow {
  label: string;
  /** Baseline of the label, above its bar. */
  labelY: number;
  barY: number;
  /** Drawn length (0 for a zero, a hidden or a missing value). */
  width: number;
  value: number | null;
  suppressed: boolean;
  /** Where the value's text starts (after the bar, or after the hidden marker). */
  textX: number;
  textY: number;
  /** Share of the previous row, in % (funnels only; null when a side is hidden or zero). */
  shareOfPrevious: number | null;
}

export interface HbarLayout {
  width: number;
  height: number;
  plotWidth: number;
  barHeight: number;
  /** Width of the dashed box marking a hidden value. */
  hiddenWidth: number;
  max: number;
  rows: HbarRow[];
}

export const HBAR_BAR_HEIGHT = 18;
const LABEL_HEIGHT = 18;
const ROW_GAP = 12;
const HIDDEN_WIDTH = 28;

/**
 * Geometry of a horizontal bar chart with the label above each bar (long labels stay readable on
 * a phone). Bars start at 0 and a value v is v / max of the plot long, max being the largest
 * value shown. A hidden value gets a small dashed box instead of a bar: its size is unknown.
 */
export function hbarLayout(input: {
  width: number;
  items: readonly ChartItem[];
  /** Room kept right of the longest bar for its text. */
  valueRoom: number;
  funnel: boolean;
}): HbarLayout {
  const { width, items, valueRoom, funnel } = input;
  const plotWidth = Math.max(40, width - valueRoom);
  const values = items.map((item) => cellNumber(item.cell) ?? 0);
  const max = Math.max(1, ...values);
  const rowHeight = LABEL_HEIGHT + HBAR_BAR_HEIGHT + ROW_GAP;

  const rows = items.map((item, index): HbarRow => {
    const value = cellNumber(item.cell);
    const suppressed = item.cell.suppressed === true;
    const top = index * rowHeight;
    const barWidth = value === null ? 0 : (Math.max(0, value) / max) * plotWidth;
    const previous = index > 0 ? cellNumber(items[index - 1]?.cell) : null;
    const shareOfPrevious =
      funnel && value !== null && previous !== null && previous > 0
        ? Math.round((value / previous) * 100)
        : null;
    return {
      label: item.label,
      labelY: top + 13,
      barY: top + LABEL_HEIGHT,
      width: round2(barWidth),
      value,
      suppressed,
      textX: round2((suppressed ? HIDDEN_WIDTH : barWidth) + 6),
      textY: top + LABEL_HEIGHT + HBAR_BAR_HEIGHT / 2,
      shareOfPrevious,
    };
  });

  return {
    width,
    height: Math.max(rowHeight, items.length * rowHeight - ROW_GAP),
    plotWidth: round2(plotWidth),
    barHeight: HBAR_BAR_HEIGHT,
    hiddenWidth: HIDDEN_WIDTH,
    max,
    rows,
  };
}

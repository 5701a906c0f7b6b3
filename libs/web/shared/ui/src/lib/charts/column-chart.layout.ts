import { CellSeries, cellNumber, niceMax } from './chart-cells';
import { round2 } from './chart-support';

export interface ColumnGeometry {
  series: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number | null;
  suppressed: boolean;
  /** Centre of the column, for its value text. */
  textX: number;
  textY: number;
}

export interface ColumnGroupGeometry {
  /** Centre of the group, for the category label. */
  labelX: number;
  /** Whether this category's label is written (every n-th one when space is short). */
  labelled: boolean;
  columns: ColumnGeometry[];
}

export interface ColumnChartLayout {
  width: number;
  height: number;
  plotX: number;
  plotTop: number;
  plotBottom: number;
  plotWidth: number;
  max: number;
  ticks: { value: number; y: number }[];
  groups: ColumnGroupGeometry[];
  /** Whether columns are wide enough for their value above them. */
  showValues: boolean;
  labelY: number;
}

export const COLUMN_PLOT_HEIGHT = 180;
const AXIS_ROOM = 40;
const TOP_ROOM = 20;
const BOTTOM_ROOM = 40;
const MAX_COLUMN = 32;
const MIN_LABEL_ROOM = 40;
/** Height of the dashed box marking a hidden value (its size is unknown). */
export const HIDDEN_COLUMN_HEIGHT = 12;

/**
 * Geometry of a column chart: one group per category (e.g. month), one column per series, a
 * count axis from 0 to a round maximum. A value v is v / max of the plot tall. Hidden values get
 * a short dashed box on the baseline instead of a column.
 */
export function columnChartLayout(input: {
  width: number;
  series: readonly CellSeries[];
  categoryCount: number;
}): ColumnChartLayout {
  const { width, series, categoryCount } = input;
  const plotX = AXIS_ROOM;
  const plotWidth = Math.max(60, width - AXIS_ROOM - 8);
  const plotTop = TOP_ROOM;
  const plotBottom = TOP_ROOM + COLUMN_PLOT_HEIGHT;
  const values = series.flatMap((s) => s.cells.map((cell) => cellNumber(cell) ?? 0));
  const max = niceMax(Math.max(0, ...values));
  const groupWidth = plotWidth / Math.max(1, categoryCount);
  const perSeries = Math.max(1, series.length);
  const columnWidth = Math.min(MAX_COLUMN, (groupWidth * 0.8) / perSeries);
  const labelEvery = Math.max(1, Math.ceil(MIN_LABEL_ROOM / groupWidth));
  const scale = (value: number) => (Math.max(0, Math.min(value, max)) / max) * COLUMN_PLOT_HEIGHT;

  const groups = Array.from({ length: categoryCount }, (_, index): ColumnGroupGeometry => {
    const centre = plotX + groupWidth * (index + 0.5);
    const left = centre - (columnWidth * perSeries) / 2;
    const columns = series.map((s, seriesIndex): ColumnGeometry => {
      const cell = s.cells[index];
      const value = cellNumber(cell);
      const suppressed = cell?.suppressed === true;
      const height = suppressed ? HIDDEN_COLUMN_HEIGHT : value === null ? 0 : scale(value);
      const x = left + seriesIndex * columnWidth;
      return {
        series: seriesIndex,
        x: round2(x + 1),
        y: round2(plotBottom - height),
        width: round2(Math.max(1, columnWidth - 2)),
        height: round2(height),
        value,
        suppressed,
        textX: round2(x + columnWidth / 2),
        textY: round2(plotBottom - height - 4),
      };
    });
    return { labelX: round2(centre), labelled: index % labelEvery === 0, columns };
  });

  return {
    width,
    height: plotBottom + BOTTOM_ROOM,
    plotX,
    plotTop,
    plotBottom,
    plotWidth: round2(plotWidth),
    max,
    ticks: [0, 1, 2, 3, 4].map((step) => ({
      value: (max * step) / 4,
      y: round2(plotBottom - scale((max * step) / 4)),
    })),
    groups,
    showValues: columnWidth >= 16,
    labelY: plotBottom + 16,
  };
}

import { ChartCell, cellNumber } from './chart-cells';
import { clamp, round2 } from './chart-support';

export interface SparklinePoint {
  x: number;
  /** Null when there is nothing to draw (hidden or no data). */
  y: number | null;
  value: number | null;
  suppressed: boolean;
  last: boolean;
}

export interface SparklineLayout {
  width: number;
  height: number;
  /** `points` attributes of the drawn stretches; a hidden or missing value breaks the line. */
  segments: string[];
  points: SparklinePoint[];
  /** Where a hidden value is marked (on the baseline). */
  baselineY: number;
}

const PAD = 4;

/**
 * Geometry of a sparkline: values spread evenly from left to right on a min…max scale (higher is
 * up). A hidden or missing value leaves a gap rather than guessing a number.
 */
export function sparklineLayout(input: {
  width: number;
  height: number;
  cells: readonly ChartCell[];
  min: number;
  max: number;
}): SparklineLayout {
  const { width, height, cells, min, max } = input;
  const span = max - min || 1;
  const step = cells.length > 1 ? (width - 2 * PAD) / (cells.length - 1) : 0;
  const baselineY = height - PAD;
  const points = cells.map((cell, index): SparklinePoint => {
    const value = cellNumber(cell);
    const x = round2(cells.length > 1 ? PAD + index * step : width / 2);
    const y =
      value === null
        ? null
        : round2(baselineY - ((clamp(value, min, max) - min) / span) * (height - 2 * PAD));
    return { x, y, value, suppressed: cell.suppressed === true, last: index === cells.length - 1 };
  });

  const segments: string[] = [];
  let current: string[] = [];
  for (const point of points) {
    if (point.y === null) {
      if (current.length > 1) {
        segments.push(current.join(' '));
      }
      current = [];
    } else {
      current.push(`${point.x},${point.y}`);
    }
  }
  if (current.length > 1) {
    segments.push(current.join(' '));
  }
  return { width, height, segments, points, baselineY };
}

import { ChartSeries, ChartThreshold, clamp, round2 } from './chart-support';

export interface RadarLayoutInput {
  width: number;
  axes: readonly string[];
  series: readonly ChartSeries[];
  thresholds: readonly ChartThreshold[];
  max: number;
}

export interface RadarPoint {
  x: number;
  y: number;
}

export interface RadarLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  axes: {
    label: string;
    end: RadarPoint;
    labelX: number;
    labelY: number;
    anchor: 'start' | 'middle' | 'end';
    /** Shift of the label block so labels below the centre grow down and above it grow up. */
    firstLineDy: number;
  }[];
  /** Background rings at every fifth of `max`, as polygons. */
  rings: { value: number; points: string; labelX: number; labelY: number }[];
  thresholds: { value: number; label: string; index: number; points: string }[];
  series: {
    index: number;
    points: string;
    markers: (RadarPoint & { value: number | null })[];
  }[];
}

const LABEL_ROOM_X = 84;
const LABEL_ROOM_Y = 40;
const MAX_RADIUS = 150;

/** Angle of axis i of n: the first axis points up, the others follow clockwise. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (index * 2 * Math.PI) / count;
}

/** The point of value v on axis i: v / max of the radius away from the centre (clipped). */
export function radarPoint(
  cx: number,
  cy: number,
  radius: number,
  index: number,
  count: number,
  value: number,
  max: number,
): RadarPoint {
  const angle = axisAngle(index, count);
  const distance = (clamp(value, 0, max) / max) * radius;
  return { x: round2(cx + distance * Math.cos(angle)), y: round2(cy + distance * Math.sin(angle)) };
}

function polygon(points: RadarPoint[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

/**
 * Geometry of a radar (spider) chart with one axis per category and one polygon per series. A
 * missing value sits at the centre.
 */
export function radarLayout(input: RadarLayoutInput): RadarLayout {
  const { width, axes, series, thresholds, max } = input;
  const count = Math.max(axes.length, 1);
  const radius = round2(clamp((width - 2 * LABEL_ROOM_X) / 2, 60, MAX_RADIUS));
  const cx = round2(width / 2);
  const cy = LABEL_ROOM_Y + radius;
  const at = (index: number, value: number) => radarPoint(cx, cy, radius, index, count, value, max);
  const ring = (value: number) => polygon(axes.map((_, index) => at(index, value)));

  return {
    width,
    height: round2(cy + radius + LABEL_ROOM_Y),
    cx,
    cy,
    radius,
    axes: axes.map((label, index) => {
      const angle = axisAngle(index, count);
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
      return {
        label,
        end: at(index, max),
        labelX: round2(cx + (radius + 10) * cos),
        labelY: round2(cy + (radius + 10) * sin),
        anchor,
        firstLineDy: sin < -0.3 ? -18 : sin > 0.3 ? 12 : -4,
      };
    }),
    rings: [1, 2, 3, 4, 5].map((step) => {
      const value = (max * step) / 5;
      return { value, points: ring(value), labelX: cx + 4, labelY: at(0, value).y };
    }),
    thresholds: thresholds.map((t, index) => ({ ...t, index, points: ring(t.value) })),
    series: series.map((s, index) => {
      const markers = axes.map((_, axis) => {
        const value = s.values[axis] ?? null;
        return { ...at(axis, value ?? 0), value };
      });
      return { index, points: polygon(markers), markers };
    }),
  };
}

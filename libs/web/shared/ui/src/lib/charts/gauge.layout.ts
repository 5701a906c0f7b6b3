import { clamp, round2 } from './chart-support';

export interface GaugePoint {
  x: number;
  y: number;
}

/** The gauge's fixed drawing box; the SVG scales it to the size asked for. */
export const GAUGE_BOX = { width: 200, height: 128, cx: 100, cy: 100, radius: 80 } as const;

/**
 * Where value v (0…max) sits on a half-circle gauge that runs from the left end (0) over the top
 * to the right end (max).
 */
export function gaugePoint(value: number, max: number, radius: number = GAUGE_BOX.radius) {
  const angle = Math.PI * (1 - clamp(value, 0, max) / max);
  return {
    x: round2(GAUGE_BOX.cx + radius * Math.cos(angle)),
    y: round2(GAUGE_BOX.cy - radius * Math.sin(angle)),
  };
}

/** The SVG path of the arc from 0 to `value` (empty for 0). */
export function gaugeArc(value: number, max: number, radius: number = GAUGE_BOX.radius): string {
  if (!(value > 0)) {
    return '';
  }
  const start = gaugePoint(0, max, radius);
  const end = gaugePoint(value, max, radius);
  // Never more than half a circle: the small arc, clockwise on screen.
  return `M ${start.x} ${start.y} A ${radius} ${radius} 0 0 1 ${end.x} ${end.y}`;
}

/** A short tick across the track at `value` (e.g. a target), from inside to outside. */
export function gaugeTick(
  value: number,
  max: number,
  reach = 13,
): { from: GaugePoint; to: GaugePoint } {
  return {
    from: gaugePoint(value, max, GAUGE_BOX.radius - reach),
    to: gaugePoint(value, max, GAUGE_BOX.radius + reach),
  };
}

import { formatNumber } from '@angular/common';
import {
  afterNextRender,
  DestroyRef,
  ElementRef,
  inject,
  LOCALE_ID,
  Signal,
  signal,
} from '@angular/core';

/** One series of a chart: a name for the legend and one value per category (null = no data). */
export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
}

/** A reference value drawn across the chart, e.g. "60% minimum per dimension". */
export interface ChartThreshold {
  value: number;
  label: string;
}

/** Width a chart is laid out for before (or without) measuring, e.g. in unit tests. */
export const DEFAULT_CHART_WIDTH = 640;

let nextChartId = 0;

/** A page-unique id prefix, for SVG patterns and `aria-controls`. */
export function chartId(kind: string): string {
  return `mb-${kind}-${nextChartId++}`;
}

/** Rounds SVG coordinates to two decimals (stable attributes, small DOM). */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The host's width in CSS pixels, kept current with a ResizeObserver. Charts lay out in real
 * pixels so their text keeps its size on a phone; the SVG still scales (viewBox) when printed.
 */
export function hostWidth(fallback = DEFAULT_CHART_WIDTH): Signal<number> {
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  const width = signal(fallback);
  const destroyRef = inject(DestroyRef);
  afterNextRender(() => {
    if (typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) {
        width.set(measured);
      }
    });
    observer.observe(host.nativeElement);
    destroyRef.onDestroy(() => observer.disconnect());
  });
  return width.asReadonly();
}

/** Formats chart values for the user's locale: `72.5%`, or the text for "no data". */
export function valueFormatter(
  unit: () => string,
  missing: () => string,
): (value: number | null) => string {
  const locale = inject(LOCALE_ID);
  return (value) =>
    value === null ? missing() : `${formatNumber(value, locale, '1.0-1')}${unit()}`;
}

/** "Structural: This cycle 72%, Previous cycle 55%" for every category, for `aria-label`. */
export function describeValues(
  categories: readonly string[],
  series: readonly ChartSeries[],
  format: (value: number | null) => string,
): string {
  return categories
    .map((category, index) => {
      const values = series.map((s) => `${s.label} ${format(s.values[index] ?? null)}`);
      return `${category}: ${values.join(', ')}`;
    })
    .join('; ');
}

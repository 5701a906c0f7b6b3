import { formatNumber } from '@angular/common';
import { inject, LOCALE_ID } from '@angular/core';

/**
 * A figure that may be hidden to protect privacy: a number, no data (`null`), or suppressed
 * (fewer people than the threshold). The reporting contract's `Cell` fits this shape.
 */
export interface ChartCell {
  value: number | null;
  suppressed?: boolean;
}

/** One labelled figure: a funnel stage, a reason, a bin of a distribution. */
export interface ChartItem {
  label: string;
  cell: ChartCell;
}

/** One series of cells, one per category (e.g. per month). */
export interface CellSeries {
  label: string;
  cells: readonly ChartCell[];
}

/** The smallest group of people a report may show (DOMAIN: "suppress any cell under 5"). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** What a suppressed cell shows: "<5". */
export function suppressedLabel(threshold: number): string {
  return `<${threshold}`;
}

/** Why a cell is hidden, in plain words (hover text and screen readers). */
export function suppressionHint(threshold: number): string {
  return `Fewer than ${threshold} people: hidden to protect privacy`;
}

export function isSuppressed(cell: ChartCell | null | undefined): boolean {
  return cell?.suppressed === true;
}

/** The number to draw, or null when the cell is hidden or has no data. */
export function cellNumber(cell: ChartCell | null | undefined): number | null {
  if (!cell || cell.suppressed) {
    return null;
  }
  return cell.value;
}

/** A plain default for a shown number: "12", or "No data". */
export function chartCellText(value: number | null): string {
  return value === null ? 'No data' : String(value);
}

/**
 * Whether a chart has anything worth drawing: a number above zero or a hidden cell. All zeros (or
 * no data) get the chart's empty message instead of bare axes.
 */
export function hasAnyCell(cells: readonly ChartCell[]): boolean {
  return cells.some(
    (cell) => cell.suppressed === true || (cell.value !== null && cell.value !== 0),
  );
}

/** Formats cells for the screen ("<5", "12", "No data") and for screen readers. */
export interface CellFormat {
  /** Short text next to a bar or in a table. */
  text(cell: ChartCell | null | undefined): string;
  /** Words for an accessible summary ("fewer than 5 (hidden to protect privacy)"). */
  spoken(cell: ChartCell | null | undefined): string;
  /** A plain number with the unit, in the person's locale. */
  number(value: number): string;
}

/**
 * A cell formatter for the person's locale (call in an injection context, e.g. a field
 * initialiser). The arguments are read on every call, so they may be signal inputs.
 */
export function cellFormat(
  unit: () => string,
  missing: () => string,
  threshold: () => number,
): CellFormat {
  const locale = inject(LOCALE_ID);
  const number = (value: number) => `${formatNumber(value, locale, '1.0-1')}${unit()}`;
  return {
    number,
    text: (cell) => {
      if (cell?.suppressed) {
        return suppressedLabel(threshold());
      }
      return cell?.value === null || cell?.value === undefined ? missing() : number(cell.value);
    },
    spoken: (cell) => {
      if (cell?.suppressed) {
        return `fewer than ${threshold()} (hidden to protect privacy)`;
      }
      return cell?.value === null || cell?.value === undefined ? missing() : number(cell.value);
    },
  };
}

/**
 * A round axis maximum for counts, with `steps` whole-number ticks: 37 → 40 (0, 10, 20, 30, 40).
 */
export function niceMax(max: number, steps = 4): number {
  if (!(max > 0)) {
    return steps;
  }
  const raw = max / steps;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw) ??
    10 * magnitude;
  return Math.max(steps, Math.ceil(step) * steps);
}

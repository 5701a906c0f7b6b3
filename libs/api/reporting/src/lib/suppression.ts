import type { Cell } from '@mentorbridge/shared-contracts';

/**
 * Small-cell suppression for executives. A count of people under the threshold k (but above
 * zero) is hidden; a rate or average over fewer than k people is hidden; and within a partition
 * whose total is published, a lone hidden cell takes the next smallest cell with it, so that no
 * hidden cell can be recovered by subtracting the others from the total.
 */
export const published = (value: number): Cell => ({ value, suppressed: false });
export const hidden = (): Cell => ({ value: null, suppressed: true });
/** No data yet (not a privacy matter): shown as a dash. */
export const noData = (): Cell => ({ value: null, suppressed: false });

export interface SuppressionPolicy {
  /** Apply suppression at all (false for HR leads of the program). */
  apply: boolean;
  /** The program's threshold, at least 5. */
  k: number;
}

/** A count of distinct people. */
export function countCell(people: number, policy: SuppressionPolicy): Cell {
  if (!policy.apply) return published(people);
  return people > 0 && people < policy.k ? hidden() : published(people);
}

/**
 * A figure computed over `base` distinct people (a rate, an average, a count of events among
 * them). Hidden when that base is under k; `value` null means "no data".
 */
export function figureCell(
  value: number | null,
  base: number,
  policy: SuppressionPolicy,
  parts?: [number, number],
): Cell | null {
  if (value === null) return null;
  // A figure about nobody (a count of 0) gives nothing away and must read the same everywhere.
  if (policy.apply && base > 0 && base < policy.k) return hidden();
  if (policy.apply && parts) {
    // A share gives away the size of the group counted, and of the rest.
    const [counted, of] = parts;
    const small = (n: number) => n > 0 && n < policy.k;
    if (small(counted) || small(of - counted)) return hidden();
  }
  return published(value);
}

/**
 * Cells of a partition (each unit in exactly one cell) whose total is published: hide every cell
 * in (0, k), then, while exactly one cell is hidden, also hide the smallest remaining cell (zeros
 * included: a hidden zero is indistinguishable from a hidden small count).
 */
export function partitionCells(counts: readonly number[], policy: SuppressionPolicy): Cell[] {
  if (!policy.apply) return counts.map(published);
  const hide = counts.map((n) => n > 0 && n < policy.k);
  if (hide.filter(Boolean).length === 1) {
    let smallest = -1;
    counts.forEach((n, i) => {
      if (!hide[i] && (smallest < 0 || n < counts[smallest])) smallest = i;
    });
    if (smallest >= 0) hide[smallest] = true;
  }
  return counts.map((n, i) => (hide[i] ? hidden() : published(n)));
}

/** The number a cell publishes (for arithmetic on already-published figures), else null. */
export const valueOf = (cell: Cell | null | undefined): number | null => cell?.value ?? null;

import fc from 'fast-check';
import { countCell, figureCell, partitionCells } from './suppression';

const K = 5;
const on = { apply: true, k: K };

describe('suppression', () => {
  it('hides counts of 1 to k−1 people, shows zero and k or more', () => {
    expect(countCell(0, on)).toEqual({ value: 0, suppressed: false });
    expect(countCell(4, on)).toEqual({ value: null, suppressed: true });
    expect(countCell(5, on)).toEqual({ value: 5, suppressed: false });
    expect(countCell(3, { apply: false, k: K })).toEqual({ value: 3, suppressed: false });
  });

  it('hides a rate or average computed over fewer than k people', () => {
    expect(figureCell(4.5, 4, on)).toEqual({ value: null, suppressed: true });
    expect(figureCell(4.5, 5, on)).toEqual({ value: 4.5, suppressed: false });
    expect(figureCell(null, 50, on)).toBeNull();
  });

  it('hides a share when the people counted, or the rest, are a small group', () => {
    // 1 of 10 pairs ended early: 2 people.
    expect(figureCell(10, 20, on, [2, 20])).toEqual({ value: null, suppressed: true });
    // 9 of 10 pairs met the cadence: the 2 people who did not would be given away.
    expect(figureCell(90, 20, on, [18, 20])).toEqual({ value: null, suppressed: true });
    expect(figureCell(50, 20, on, [10, 20])).toEqual({ value: 50, suppressed: false });
    expect(figureCell(0, 20, on, [0, 20])).toEqual({ value: 0, suppressed: false });
  });

  it('hides a second cell when one hidden cell could be recovered from the total', () => {
    // 12 people answered: 3 gave 5/5 (hidden); without a second hidden cell 12 − 9 = 3.
    const cells = partitionCells([0, 0, 2 + 7, 0, 3], on);
    expect(cells.map((c) => c.suppressed)).toEqual([true, false, false, false, true]);
  });

  it('publishes no partition cell under k and never a lone hidden cell (random partitions)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 5, max: 12 }),
        (counts, k) => {
          const cells = partitionCells(counts, { apply: true, k });
          cells.forEach((cell, i) => {
            if (!cell.suppressed) expect(counts[i] === 0 || counts[i] >= k).toBe(true);
          });
          const hiddenCells = cells.filter((c) => c.suppressed);
          // Zero hidden cells, or at least two: the total minus the published ones is a sum of
          // two or more unknowns, never one person's group on its own.
          expect(hiddenCells.length === 0 || hiddenCells.length >= 2).toBe(true);
          // And a hidden count is never alone: with two or more unknowns summing to
          // total − published, each one could be anything from 0 to that sum.
          if (counts.some((n, i) => cells[i].suppressed && n > 0))
            expect(hiddenCells.length).toBeGreaterThanOrEqual(2);
        },
      ),
    );
  });
});

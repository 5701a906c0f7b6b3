import { bruteForce } from './testing/brute-force';
import { MATCHING_FORMAT, MatchingInstance, MatchingResult } from './types';
import { solveMatching, toContractJson, verifyOptimal } from './matching';

const format = MATCHING_FORMAT;

function instance(
  mentors: [string, number][],
  mentees: [string, number?][],
  pairs: [string, string, number][],
): MatchingInstance {
  return {
    format,
    mentors: mentors.map(([id, capacity]) => ({ id, capacity })),
    mentees: mentees.map(([id, capacity]) => (capacity === undefined ? { id } : { id, capacity })),
    pairs,
    scores: null,
  };
}

function pairsOf(result: MatchingResult): string[] {
  return result.assignments.map((a) => `${a.mentor}-${a.mentee}`).sort();
}

function expectProven(inst: MatchingInstance, result: MatchingResult): void {
  const check = verifyOptimal(inst, result);
  expect(check.problems).toEqual([]);
  expect(check.optimal).toBe(true);
  const { certificate: _certificate, ...plain } = result;
  expect(verifyOptimal(inst, plain).optimal).toBe(true);
}

describe('solveMatching scenarios', () => {
  it('prefers more pairs over a higher total (cardinality first)', () => {
    // A and B take one mentee each. {A-x} alone: 1 pair, total 10.
    // {A-y, B-x}: 2 pairs, total 1 + 1 = 2. Two pairs win although 2 < 10.
    const inst = instance(
      [
        ['A', 1],
        ['B', 1],
      ],
      [['x'], ['y']],
      [
        ['A', 'x', 10],
        ['A', 'y', 1],
        ['B', 'x', 1],
      ],
    );
    const result = solveMatching(inst);
    expect(pairsOf(result)).toEqual(['A-y', 'B-x']);
    expect(result.objective).toEqual({ matched: 2, totalScore: 2 });
    expect(result.optimal).toBe(true);
    expect(result.unmatchedMentees).toEqual([]);
    expectProven(inst, result);
  });

  it('then maximises the total among matchings with the most pairs', () => {
    // Both matchings have 2 pairs: {A-x, B-y} = 5 + 4 = 9, {A-y, B-x} = 3 + 3 = 6 → 9.
    const inst = instance(
      [
        ['A', 1],
        ['B', 1],
      ],
      [['x'], ['y']],
      [
        ['A', 'x', 5],
        ['A', 'y', 3],
        ['B', 'x', 3],
        ['B', 'y', 4],
      ],
    );
    const result = solveMatching(inst);
    expect(pairsOf(result)).toEqual(['A-x', 'B-y']);
    expect(result.objective.totalScore).toBe(9);
    expectProven(inst, result);
  });

  it('never uses a forbidden pair (null in the matrix)', () => {
    // x would score 9 with A, but the pair is forbidden: x-B (1) + y-A (2) = 3.
    const inst: MatchingInstance = {
      format,
      mentors: [
        { id: 'A', capacity: 1 },
        { id: 'B', capacity: 1 },
      ],
      mentees: [{ id: 'x' }, { id: 'y' }],
      scores: [
        [null, 1],
        [2, null],
      ],
      pairs: null,
    };
    const result = solveMatching(inst);
    expect(pairsOf(result)).toEqual(['A-y', 'B-x']);
    expect(result.objective).toEqual({ matched: 2, totalScore: 3 });
    expectProven(inst, result);
  });

  it('handles capacity > 1 on both sides without repeating a pair', () => {
    // Group mentee g (capacity 2) may take A and B once each, never A twice although A has
    // capacity 2. Slots: A 2, B 1; demand: g 2, h 1 → at most 3 pairs.
    // The only 3-pair matching: A-g 0.9 + A-h 0.8 + B-g 0.5 = 2.2
    // (with B-h 0.7, g's second partner could only be A again, which is not allowed).
    const inst = instance(
      [
        ['A', 2],
        ['B', 1],
      ],
      [
        ['g', 2],
        ['h', 1],
      ],
      [
        ['A', 'g', 0.9],
        ['A', 'h', 0.8],
        ['B', 'g', 0.5],
        ['B', 'h', 0.7],
      ],
    );
    const result = solveMatching(inst);
    expect(pairsOf(result)).toEqual(['A-g', 'A-h', 'B-g']);
    expect(result.objective.matched).toBe(3);
    expect(result.objective.totalScore).toBeCloseTo(2.2, 12);
    expect(new Set(pairsOf(result)).size).toBe(3);
    expectProven(inst, result);
  });

  it('counts a negative-score pair toward the number of pairs first', () => {
    // The only allowed pair scores −3: matching it gives 1 pair (better than 0 pairs).
    const inst = instance([['A', 1]], [['x'], ['y']], [['A', 'x', -3]]);
    const result = solveMatching(inst);
    expect(result.objective).toEqual({ matched: 1, totalScore: -3 });
    expect(result.unmatchedMentees).toEqual(['y']);
    expectProven(inst, result);
  });

  it('prefers the less negative pair when the count is equal', () => {
    // A can take one of x (−1) and y (−0.25): −0.25 wins.
    const inst = instance(
      [['A', 1]],
      [['x'], ['y']],
      [
        ['A', 'x', -1],
        ['A', 'y', -0.25],
      ],
    );
    expect(pairsOf(solveMatching(inst))).toEqual(['A-y']);
  });

  it('is optimal under ties (any of the equal matchings)', () => {
    // Every pair scores 0.5; 2 mentors × capacity 1, 3 mentees: 2 pairs, total 1.
    const inst = instance(
      [
        ['A', 1],
        ['B', 1],
      ],
      [['x'], ['y'], ['z']],
      ['x', 'y', 'z'].flatMap((e) => [
        ['A', e, 0.5] as [string, string, number],
        ['B', e, 0.5] as [string, string, number],
      ]),
    );
    const result = solveMatching(inst);
    expect(result.objective).toEqual({ matched: 2, totalScore: 1 });
    expect(result.unmatchedMentees).toHaveLength(1);
    expectProven(inst, result);
  });

  it('respects zero capacities', () => {
    // A has no room and x wants nobody: only B-y (0.4) is possible.
    const inst = instance(
      [
        ['A', 0],
        ['B', 1],
      ],
      [['x', 0], ['y']],
      [
        ['A', 'y', 0.9],
        ['B', 'x', 0.8],
        ['B', 'y', 0.4],
      ],
    );
    const result = solveMatching(inst);
    expect(pairsOf(result)).toEqual(['B-y']);
    expect(result.unmatchedMentees).toEqual(['x']);
    expectProven(inst, result);
  });

  it('solves empty instances', () => {
    const none = instance([], [], []);
    expect(JSON.parse(toContractJson(solveMatching(none)))).toEqual({
      assignments: [],
      unmatchedMentees: [],
      objective: { matched: 0, totalScore: 0 },
      optimal: true,
    });
    const noMentors: MatchingInstance = {
      format,
      mentors: [],
      mentees: [{ id: 'x' }],
      scores: [[]],
    };
    expect(solveMatching(noMentors).unmatchedMentees).toEqual(['x']);
  });

  it('accepts capacities far above the number of pairs', () => {
    const inst = instance(
      [['A', 1e12]],
      [['x', 1e9], ['y']],
      [
        ['A', 'x', 1],
        ['A', 'y', 2],
      ],
    );
    expect(solveMatching(inst).objective).toEqual({ matched: 2, totalScore: 3 });
  });

  it('reports scores exactly as given and the total to 1e-9', () => {
    // 0.1 + 0.2 is not 0.3 in binary floating point; the total is computed exactly from the
    // decimals (integer-scaled) and each assignment keeps the given number.
    const inst = instance(
      [
        ['A', 1],
        ['B', 1],
      ],
      [['x'], ['y']],
      [
        ['A', 'x', 0.1],
        ['B', 'y', 0.2],
      ],
    );
    const result = solveMatching(inst);
    expect(result.assignments.map((a) => a.score).sort()).toEqual([0.1, 0.2]);
    expect(result.objective.totalScore).toBe(0.3);
    expect(result.stats?.decimals).toBe(1);
  });

  it('has a heuristic mode that says it is not optimal', () => {
    // Greedy takes A-x (10) first and strands y: 1 pair where 2 were possible.
    const inst = instance(
      [
        ['A', 1],
        ['B', 1],
      ],
      [['x'], ['y']],
      [
        ['A', 'x', 10],
        ['A', 'y', 1],
        ['B', 'x', 1],
      ],
    );
    const greedy = solveMatching(inst, { mode: 'greedy' });
    expect(greedy.optimal).toBe(false);
    expect(greedy.objective.matched).toBe(1);
    expect(verifyOptimal(inst, greedy).optimal).toBe(false);
    expect(verifyOptimal(inst, greedy).feasible).toBe(true);
  });

  it('agrees with brute force on a mixed instance', () => {
    const inst = instance(
      [
        ['A', 2],
        ['B', 1],
        ['C', 0],
      ],
      [['x', 2], ['y'], ['z', 3]],
      [
        ['A', 'x', 0.3],
        ['A', 'y', -0.2],
        ['B', 'x', 0.9],
        ['B', 'z', 0.1],
        ['C', 'z', 5],
        ['A', 'z', 0.05],
      ],
    );
    const result = solveMatching(inst);
    const exact = bruteForce(inst);
    expect(result.objective.matched).toBe(exact.matched);
    expect(result.objective.totalScore).toBeCloseTo(exact.totalScore, 12);
    expectProven(inst, result);
  });
});

describe('verifyOptimal', () => {
  const inst = instance(
    [
      ['A', 1],
      ['B', 1],
    ],
    [['x'], ['y']],
    [
      ['A', 'x', 5],
      ['A', 'y', 3],
      ['B', 'x', 3],
      ['B', 'y', 4],
    ],
  );
  const base = (assignments: [string, string, number][]): MatchingResult => ({
    assignments: assignments.map(([mentor, mentee, score]) => ({ mentor, mentee, score })),
    unmatchedMentees: ['x', 'y'].filter((e) => !assignments.some((a) => a[1] === e)),
    objective: {
      matched: assignments.length,
      totalScore: assignments.reduce((s, a) => s + a[2], 0),
    },
    optimal: true,
  });

  it('proves an optimal matching without a certificate (shortest-path duals)', () => {
    const check = verifyOptimal(
      inst,
      base([
        ['A', 'x', 5],
        ['B', 'y', 4],
      ]),
    );
    expect(check).toMatchObject({ feasible: true, optimal: true, method: 'shortest-paths' });
  });

  it('rejects a feasible but worse matching', () => {
    // {A-y, B-x} = 6 < 9.
    const check = verifyOptimal(
      inst,
      base([
        ['A', 'y', 3],
        ['B', 'x', 3],
      ]),
    );
    expect(check.feasible).toBe(true);
    expect(check.optimal).toBe(false);
    expect(check.scoreGapBound).toBeGreaterThanOrEqual(3 - 1e-9);
  });

  it('rejects infeasible results', () => {
    expect(
      verifyOptimal(
        inst,
        base([
          ['A', 'x', 5],
          ['A', 'y', 3],
        ]),
      ).feasible,
    ).toBe(false);
    expect(verifyOptimal(inst, base([['A', 'x', 6]])).feasible).toBe(false);
    expect(verifyOptimal(inst, base([['C', 'x', 5]])).feasible).toBe(false);
    const wrongTotal = base([
      ['A', 'x', 5],
      ['B', 'y', 4],
    ]);
    wrongTotal.objective.totalScore = 10;
    expect(verifyOptimal(inst, wrongTotal).feasible).toBe(false);
  });
});

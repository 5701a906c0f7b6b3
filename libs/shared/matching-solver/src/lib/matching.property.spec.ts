import fc from 'fast-check';
import { parseInstanceBytes } from './parse/parse-bytes';
import { parseInstance } from './parse/parse-instance';
import { bruteForce } from './testing/brute-force';
import { MATCHING_FORMAT, MatchingInstance, SolveOptions } from './types';
import { solveMatching, verifyOptimal } from './matching';

/** Random instances up to 6 mentees × 5 mentors, capacities 0–3, forbidden pairs, and scores
 * that are random doubles, small decimals with duplicates, or negative integers. */
const instances = fc
  .record({
    n: fc.integer({ min: 0, max: 6 }),
    m: fc.integer({ min: 0, max: 5 }),
    kind: fc.constantFrom('double', 'decimal', 'integer'),
    asPairs: fc.boolean(),
    seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 80, maxLength: 80 }),
    cells: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 30, maxLength: 30 }),
  })
  .map(({ n, m, kind, asPairs, seed, cells }) => {
    let k = 0;
    const next = (): number => seed[k++ % seed.length];
    const mentors = Array.from({ length: m }, (_, j) => ({ id: `m${j}`, capacity: next() % 4 }));
    const mentees = Array.from({ length: n }, (_, i) =>
      next() % 5 === 0 ? { id: `e${i}` } : { id: `e${i}`, capacity: next() % 4 },
    );
    const scores = Array.from({ length: n }, (_, i) =>
      Array.from({ length: m }, (_, j) => {
        if (next() % 4 === 0) return null;
        const x = cells[(i * m + j) % cells.length];
        if (kind === 'decimal') return Math.round(x * 4) / 4;
        if (kind === 'integer') return Math.round(x * 3);
        return x;
      }),
    );
    const instance: MatchingInstance = {
      format: MATCHING_FORMAT,
      mentors,
      mentees,
      pairs: null,
      scores,
    };
    if (asPairs) {
      instance.scores = null;
      instance.pairs = scores.flatMap((row, i) =>
        row.flatMap((s, j) =>
          s === null ? [] : [[`m${j}`, `e${i}`, s] as [string, string, number]],
        ),
      );
    }
    return instance;
  });

const options = fc.constantFrom<SolveOptions>(
  {},
  { warmStart: false },
  { candidatesPerMentee: 0, candidatesPerMentorSlot: -100 },
  { candidatesPerMentee: 1, candidatesPerMentorSlot: -1, prePricing: 1 },
  { candidatesPerMentee: 2, warmStart: false, auctionEpsilon: 0.1 },
);

describe('solveMatching (property: equals brute force)', () => {
  it('respects capacities and forbidden pairs, and reaches the exact optimum', () => {
    fc.assert(
      fc.property(instances, options, (instance, opts) => {
        const result = solveMatching(instance, opts);
        const exact = bruteForce(instance);
        expect(result.optimal).toBe(true);
        expect(result.objective.matched).toBe(exact.matched);
        expect(Math.abs(result.objective.totalScore - exact.totalScore)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(exact.totalScore)),
        );
        const problem = parseInstance(instance);
        const mentorLoad = new Map<string, number>();
        const menteeLoad = new Map<string, number>();
        const seen = new Set<string>();
        for (const a of result.assignments) {
          const i = problem.menteeIds.indexOf(a.mentee);
          const j = problem.mentorIds.indexOf(a.mentor);
          const allowed = instance.scores
            ? instance.scores[i][j]
            : (instance.pairs ?? []).find((p) => p[0] === a.mentor && p[1] === a.mentee)?.[2];
          expect(allowed).toBe(a.score);
          expect(seen.has(`${a.mentor}/${a.mentee}`)).toBe(false);
          seen.add(`${a.mentor}/${a.mentee}`);
          mentorLoad.set(a.mentor, (mentorLoad.get(a.mentor) ?? 0) + 1);
          menteeLoad.set(a.mentee, (menteeLoad.get(a.mentee) ?? 0) + 1);
        }
        instance.mentors.forEach((p) =>
          expect(mentorLoad.get(p.id) ?? 0).toBeLessThanOrEqual(p.capacity),
        );
        instance.mentees.forEach((p) =>
          expect(menteeLoad.get(p.id) ?? 0).toBeLessThanOrEqual(p.capacity ?? 1),
        );
        expect(result.unmatchedMentees).toEqual(
          instance.mentees.filter((p) => !menteeLoad.has(p.id)).map((p) => p.id),
        );
        // Independent proofs: the solver's dual certificate, and duals found by shortest paths.
        expect(verifyOptimal(instance, result).problems).toEqual([]);
        const { certificate: _certificate, ...plain } = result;
        expect(verifyOptimal(instance, plain).optimal).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('greedy is feasible, says optimal: false, and is never better than the optimum', () => {
    fc.assert(
      fc.property(instances, (instance) => {
        const greedy = solveMatching(instance, { mode: 'greedy' });
        const exact = bruteForce(instance);
        expect(greedy.optimal).toBe(false);
        expect(verifyOptimal(instance, greedy).feasible).toBe(true);
        const worse =
          greedy.objective.matched < exact.matched ||
          greedy.objective.totalScore <= exact.totalScore + 1e-9;
        expect(worse).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseInstanceBytes (property: same as parseInstance(JSON.parse))', () => {
  const encoder = new TextEncoder();
  const chunked = (bytes: Uint8Array, size: number) => {
    let at = 0;
    return (target: Uint8Array): number => {
      const count = Math.min(size, target.length, bytes.length - at);
      target.set(bytes.subarray(at, at + count));
      at += count;
      return count;
    };
  };

  it('reads any valid instance identically, whatever the spacing and chunk size', () => {
    fc.assert(
      fc.property(
        instances,
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        (instance, chunk, pretty) => {
          const text = JSON.stringify(instance, null, pretty ? 2 : undefined);
          const expected = parseInstance(JSON.parse(text));
          const actual = parseInstanceBytes(chunked(encoder.encode(text), chunk));
          expect(actual.mentorIds).toEqual(expected.mentorIds);
          expect(actual.menteeIds).toEqual(expected.menteeIds);
          expect(actual.mentorCapacity).toEqual(expected.mentorCapacity);
          expect(actual.menteeCapacity).toEqual(expected.menteeCapacity);
          expect(actual.dense).toEqual(expected.dense);
          expect(actual.sparse).toEqual(expected.sparse);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('parses numbers exactly like JSON.parse', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 20 }),
        (xs) => {
          const instance = {
            format: MATCHING_FORMAT,
            mentors: xs.map((_, j) => ({ id: `m${j}`, capacity: 1 })),
            mentees: [{ id: 'e' }],
            scores: [xs],
          };
          const problem = parseInstanceBytes(encoder.encode(JSON.stringify(instance)));
          expect(Array.from(problem.dense ?? [])).toEqual(
            xs.map((x) => JSON.parse(JSON.stringify(x))),
          );
        },
      ),
      { numRuns: 300 },
    );
    for (const literal of [
      '1e22',
      '1.7976931348623157e308',
      '5e-324',
      '0.1',
      '-0',
      '123456789012345678901',
      '1E+2',
      '9007199254740993',
    ]) {
      const doc = `{"format":"${MATCHING_FORMAT}","mentors":[{"id":"m","capacity":1}],"mentees":[{"id":"e"}],"scores":[[${literal}]]}`;
      expect(parseInstanceBytes(encoder.encode(doc)).dense?.[0]).toBe(JSON.parse(literal));
    }
  });
});

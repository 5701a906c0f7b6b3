import { CompensatedSum, MatchingProblem, emptyRowView, rowView } from '../problem';
import type { Assignment, MatchingResult } from '../types';

const BUCKETS = 4096;

/**
 * Heuristic: take pairs by decreasing score while both sides have room. Not optimal (neither in
 * pairs nor in score), so the result says `optimal: false`. Pairs are bucket-sorted by score and
 * each bucket is sorted only when reached; it stops once one side is full.
 */
export function solveGreedy(p: MatchingProblem): MatchingResult {
  const n = p.menteeIds.length;
  const m = p.mentorIds.length;
  let lo = Infinity;
  let hi = -Infinity;
  let count = 0;
  forEachOpenPair(p, (_q, s) => {
    count++;
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  });
  const span = hi > lo ? hi - lo : 1;
  const bucketOf = (s: number): number =>
    Math.min(BUCKETS - 1, Math.floor(((hi - s) / span) * BUCKETS));
  const bucketStart = new Int32Array(BUCKETS + 1);
  forEachOpenPair(p, (q, s) => bucketStart[bucketOf(s) + 1]++);
  for (let c = 0; c < BUCKETS; c++) bucketStart[c + 1] += bucketStart[c];
  const fill = bucketStart.slice(0, BUCKETS);
  // order holds positions in the score store (dense cell or sparse entry).
  const order = new Int32Array(count);
  forEachOpenPair(p, (q, s) => (order[fill[bucketOf(s)]++] = q));
  const values = p.dense ?? (p.sparse as NonNullable<MatchingProblem['sparse']>).score;
  const menteeOf = p.dense ? null : sparseRows(p);
  const entryMentee = (q: number): number => (menteeOf ? menteeOf[q] : Math.floor(q / m));
  const entryMentor = (q: number): number =>
    p.dense ? q % m : (p.sparse as NonNullable<MatchingProblem['sparse']>).mentor[q];

  const roomA = Float64Array.from(p.menteeCapacity);
  const roomB = Float64Array.from(p.mentorCapacity);
  let openA = 0;
  for (let i = 0; i < n; i++) if (roomA[i] > 0) openA++;
  let openB = 0;
  for (let j = 0; j < m; j++) if (roomB[j] > 0) openB++;
  const chosen: number[] = [];
  for (let c = 0; c < BUCKETS && openA > 0 && openB > 0; c++) {
    const bucket = Array.from(order.subarray(bucketStart[c], bucketStart[c + 1]));
    bucket.sort((x, y) => values[y] - values[x] || x - y);
    for (const e of bucket) {
      const i = entryMentee(e);
      const j = entryMentor(e);
      if (roomA[i] === 0 || roomB[j] === 0) continue;
      chosen.push(e);
      if (--roomA[i] === 0) openA--;
      if (--roomB[j] === 0) openB--;
    }
  }
  chosen.sort((x, y) => entryMentee(x) - entryMentee(y) || entryMentor(x) - entryMentor(y));
  const assignments: Assignment[] = [];
  const total = new CompensatedSum();
  const hasPartner = new Uint8Array(n);
  for (const e of chosen) {
    const i = entryMentee(e);
    assignments.push({
      mentor: p.mentorIds[entryMentor(e)],
      mentee: p.menteeIds[i],
      score: values[e],
    });
    hasPartner[i] = 1;
    total.add(values[e]);
  }
  const unmatchedMentees = p.menteeIds.filter((_, i) => !hasPartner[i]);
  const totalScore = total.value();
  return {
    assignments,
    unmatchedMentees,
    objective: { matched: assignments.length, totalScore: totalScore === 0 ? 0 : totalScore },
    optimal: false,
  };
}

/** Calls fn(position, score) for allowed pairs whose two sides both have capacity. */
function forEachOpenPair(p: MatchingProblem, fn: (q: number, s: number) => void): void {
  const view = emptyRowView();
  for (let i = 0; i < p.menteeIds.length; i++) {
    if (p.menteeCapacity[i] === 0) continue;
    const { cols, values, start, end } = rowView(p, i, view);
    for (let q = start; q < end; q++) {
      const s = values[q];
      if (s === s && p.mentorCapacity[cols === null ? q - start : cols[q]] > 0) fn(q, s);
    }
  }
}

function sparseRows(p: MatchingProblem): Int32Array {
  const s = p.sparse as NonNullable<MatchingProblem['sparse']>;
  const rows = new Int32Array(s.mentor.length);
  for (let i = 0; i < p.menteeIds.length; i++) rows.fill(i, s.rowStart[i], s.rowStart[i + 1]);
  return rows;
}

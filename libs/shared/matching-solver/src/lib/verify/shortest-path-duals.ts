import { MatchingProblem, emptyRowView, rowView } from '../problem';
import type { DualCertificate } from '../types';

/**
 * Dual prices for a given matching without trusting the solver: Bellman–Ford (queue-based) in the
 * residual graph of the matching, lexicographic costs (−1, −s) on unused pairs, (1, s) back along
 * used pairs, 0 on "stays unmatched" and capacity arcs. When the matching is optimal there is no
 * negative cycle and the distances are a feasible dual; otherwise the search is cut off and the
 * (then infeasible) prices make the bound check fail.
 */
export function dualsByShortestPaths(
  p: MatchingProblem,
  a: Int32Array,
  b: Int32Array,
  matchedPairs: number[],
): DualCertificate {
  const n = p.menteeIds.length;
  const m = p.mentorIds.length;
  const sink = n + m;
  const nodes = n + m + 1;
  const menteeLoad = new Int32Array(n);
  const mentorLoad = new Int32Array(m);
  const byMentor: number[][] = Array.from({ length: m }, () => []);
  const byMentee: number[][] = Array.from({ length: n }, () => []);
  let maxAbs = 0;
  for (let k = 0; k < matchedPairs.length; k += 2) {
    const i = matchedPairs[k];
    const j = matchedPairs[k + 1];
    menteeLoad[i]++;
    mentorLoad[j]++;
    byMentor[j].push(i);
    byMentee[i].push(j);
  }
  const da = new Float64Array(nodes);
  const db = new Float64Array(nodes);
  const queue = new Int32Array(nodes + 1);
  const inQueue = new Uint8Array(nodes).fill(1);
  const visits = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < nodes; v++) queue[tail++] = v;
  let queued = nodes;
  const view = emptyRowView();
  const stamp = new Int32Array(m);
  const scoreOf = (i: number, j: number): number => {
    if (p.dense) return p.dense[i * m + j];
    const { cols, values, start, end } = rowView(p, i, view);
    for (let q = start; q < end; q++) if ((cols as Int32Array)[q] === j) return values[q];
    return NaN;
  };
  for (let i = 0; i < n; i++) {
    if (a[i] === 0) continue;
    const { cols, values, start, end } = rowView(p, i, view);
    for (let q = start; q < end; q++) {
      const j = cols === null ? q - start : cols[q];
      if (values[q] === values[q] && b[j] > 0) maxAbs = Math.max(maxAbs, Math.abs(values[q]));
    }
  }
  // Improvements below eps are ignored (float noise could otherwise cycle); the duals are then
  // off by at most eps per arc of a path, far below the verifier's 1e-9 relative tolerance.
  const eps = 1e-15 * maxAbs;
  let negativeCycle = false;
  const relax = (v: number, ca: number, cb: number, u: number): void => {
    const na = da[u] + ca;
    const nb = db[u] + cb;
    if (na < da[v] || (na === da[v] && nb < db[v] - eps)) {
      da[v] = na;
      db[v] = nb;
      if (!inQueue[v]) {
        if (++visits[v] > nodes + 1) {
          negativeCycle = true;
          return;
        }
        inQueue[v] = 1;
        queue[tail] = v;
        tail = tail === nodes ? 0 : tail + 1;
        queued++;
      }
    }
  };
  while (queued > 0 && !negativeCycle) {
    const u = queue[head];
    head = head === nodes ? 0 : head + 1;
    queued--;
    inQueue[u] = 0;
    if (u < n) {
      if (a[u] === 0) continue;
      for (const j of byMentee[u]) stamp[j] = u + 1;
      const { cols, values, start, end } = rowView(p, u, view);
      for (let q = start; q < end; q++) {
        const s = values[q];
        if (s !== s) continue;
        const j = cols === null ? q - start : cols[q];
        if (b[j] === 0 || stamp[j] === u + 1) continue;
        relax(n + j, -1, -s, u);
      }
      for (const j of byMentee[u]) stamp[j] = 0;
      relax(sink, 0, 0, u);
    } else if (u < sink) {
      const j = u - n;
      for (const i of byMentor[j]) relax(i, 1, scoreOf(i, j), u);
      if (mentorLoad[j] < b[j]) relax(sink, 0, 0, u);
    } else {
      for (let j = 0; j < m; j++) if (mentorLoad[j] > 0) relax(n + j, 0, 0, u);
      for (let i = 0; i < n; i++) if (menteeLoad[i] < a[i]) relax(i, 0, 0, u);
    }
  }
  const cert: DualCertificate = {
    menteeCount: new Float64Array(n),
    menteeScore: new Float64Array(n),
    mentorCount: new Float64Array(m),
    mentorScore: new Float64Array(m),
  };
  for (let i = 0; i < n; i++) {
    cert.menteeCount[i] = da[i] - da[sink];
    cert.menteeScore[i] = db[i] - db[sink];
  }
  for (let j = 0; j < m; j++) {
    cert.mentorCount[j] = da[sink] - da[n + j];
    cert.mentorScore[j] = db[sink] - db[n + j];
  }
  return cert;
}

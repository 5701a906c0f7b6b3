import type { CandidateArcs, SubgraphFlow } from './flow';

/**
 * Starts from estimated mentor prices v ≥ 0 instead of zero flow: every slot of a mentor the
 * auction filled is reserved (flow mentor→sink at capacity, so the mentor is a deficit to fill),
 * its potential is p(sink) − (0, v_j) (others keep v = 0), and each mentee's potential is raised
 * until its arcs have non-negative reduced costs. All invariants hold for any v ≥ 0; good prices
 * make the searches short. Reservations that turn out surplus flow back from the sink.
 */
export function warmStart(
  flow: SubgraphFlow,
  prices: Float64Array,
  load: Int32Array,
  first: Uint8Array,
): void {
  const { n, m, pa, pb, sink, excess, mentorCap } = flow;
  const { start, mentor, weight } = flow.arcs;
  pa[sink] = 0;
  pb[sink] = 0;
  let supply = 0;
  for (let i = 0; i < n; i++) supply += flow.menteeCap[i];
  let reserved = 0;
  for (let j = 0; j < m; j++) {
    const r = load[j] >= mentorCap[j] && prices[j] > 0 ? mentorCap[j] : 0;
    const v = r > 0 ? prices[j] : 0;
    pa[n + j] = 0;
    pb[n + j] = -v;
    flow.sinkFlow[j] = r;
    excess[n + j] = -r;
    reserved += r;
  }
  excess[sink] = reserved - supply;
  // Route first the mentees the auction placed at full mentors: they fill the reservations,
  // leaving the sink's deficit to the others (a balanced sink is an expensive hub).
  let q = 0;
  for (let i = 0; i < n; i++) if (first[i]) flow.order[q++] = i;
  for (let i = 0; i < n; i++) if (!first[i]) flow.order[q++] = i;
  for (let i = 0; i < n; i++) {
    let a = 0;
    let b = 0;
    for (let e = start[i]; e < start[i + 1]; e++) {
      const j = n + mentor[e];
      const needB = pb[j] + weight[e];
      if (a < 1 || needB > b) {
        a = 1;
        b = needB;
      }
    }
    pa[i] = a;
    pb[i] = b;
  }
}

/**
 * Adds arcs that violate the optimality conditions. Each affected mentee first gives back all
 * its flow (its mentors become deficits), so it has no incoming residual arc and its potential
 * can be raised until every arc leaving it has a non-negative reduced cost again.
 */
export function addArcs(flow: SubgraphFlow, extra: CandidateArcs): void {
  const { n, pa, pb, sink } = flow;
  const old = flow.arcs;
  for (let i = 0; i < n; i++) {
    if (extra.start[i + 1] > extra.start[i]) unroute(flow, i);
  }
  const total = old.mentor.length + extra.mentor.length;
  const merged: CandidateArcs = {
    start: new Int32Array(n + 1),
    mentor: new Int32Array(total),
    weight: new Float64Array(total),
    score: new Float64Array(total),
  };
  const used = new Uint8Array(total);
  let q = 0;
  for (let i = 0; i < n; i++) {
    merged.start[i] = q;
    for (let e = old.start[i]; e < old.start[i + 1]; e++, q++) {
      merged.mentor[q] = old.mentor[e];
      merged.weight[q] = old.weight[e];
      merged.score[q] = old.score[e];
      used[q] = flow.arcFlow[e];
    }
    for (let e = extra.start[i]; e < extra.start[i + 1]; e++, q++) {
      merged.mentor[q] = extra.mentor[e];
      merged.weight[q] = extra.weight[e];
      merged.score[q] = extra.score[e];
    }
  }
  merged.start[n] = q;
  flow.arcs = merged;
  flow.indexArcs();
  for (let e = 0; e < total; e++) {
    if (used[e] === 0) continue;
    flow.arcFlow[e] = 1;
    flow.addToList(merged.mentor[e], e);
  }
  for (let i = 0; i < n; i++) {
    if (extra.start[i + 1] === extra.start[i]) continue;
    let a = Math.max(pa[i], pa[sink]);
    let b = pa[i] > pa[sink] ? pb[i] : pa[i] < pa[sink] ? pb[sink] : Math.max(pb[i], pb[sink]);
    for (let e = merged.start[i]; e < merged.start[i + 1]; e++) {
      const j = n + merged.mentor[e];
      const needA = pa[j] + 1;
      const needB = pb[j] + merged.weight[e];
      if (needA > a || (needA === a && needB > b)) {
        a = needA;
        b = needB;
      }
    }
    pa[i] = a;
    pb[i] = b;
    flow.dirty[i] = 1;
  }
}

function unroute(flow: SubgraphFlow, i: number): void {
  const { n, arcs, pa, pb, sink } = flow;
  for (let e = arcs.start[i]; e < arcs.start[i + 1]; e++) {
    if (flow.arcFlow[e] === 0) continue;
    const j = arcs.mentor[e];
    flow.arcFlow[e] = 0;
    flow.removeFromList(j, e);
    flow.excess[i]++;
    // A mentor priced like the sink (not full) also gives the slot back: the deficit then sits
    // at the sink, a cheap target, instead of at the mentor. The mentor→sink arc keeps a
    // non-negative reduced cost (equal potentials), the reverse arc too while flow remains.
    const equal = pa[n + j] === pa[sink] && pb[n + j] === pb[sink];
    const above = pa[n + j] > pa[sink] || (pa[n + j] === pa[sink] && pb[n + j] > pb[sink]);
    if (equal || (above && flow.sinkFlow[j] === 1)) {
      flow.sinkFlow[j]--;
      flow.excess[sink]--;
    } else {
      flow.excess[n + j]--;
    }
  }
  flow.excess[i] += flow.unmatchedFlow[i];
  flow.excess[flow.sink] -= flow.unmatchedFlow[i];
  flow.unmatchedFlow[i] = 0;
}

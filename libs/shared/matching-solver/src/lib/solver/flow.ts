import { LexHeap } from './lex-heap';

/**
 * Min-cost flow on a candidate subgraph, solved by successive shortest paths with potentials.
 *
 * Nodes: mentees 0..n-1, mentors n..n+m-1, sink T = n+m. Arcs: mentee→mentor (capacity 1, cost
 * (-1, -w)), mentor→T (capacity = mentor capacity, cost 0) and mentee→T, the "stays unmatched"
 * arc (unbounded, cost 0). Every mentee unit reaches T, so a min-cost flow minimises the pair
 * (−pairs, −score) lexicographically: the lexicographic optimum, with no big-M.
 *
 * Costs and potentials are pairs (count part, score part) kept in two Float64Arrays and compared
 * lexicographically; the count part is integral, so cardinality decisions are exact.
 *
 * Invariant: every residual arc has reduced cost c + p(u) − p(v) ≥ 0 (lexicographically).
 */
export interface CandidateArcs {
  /** Row i (mentee) owns arcs start[i] .. start[i + 1] - 1. */
  start: Int32Array;
  mentor: Int32Array;
  /** Working score (integer-scaled when exact arithmetic is possible). */
  weight: Float64Array;
  /** Score as given. */
  score: Float64Array;
}

const MENTOR_BY_ARC = 1;
const MENTEE_BY_REVERSE_ARC = 2;
const SINK_BY_MENTOR = 3;
const SINK_BY_MENTEE = 4;
const MENTOR_FROM_SINK = 5;
const MENTEE_FROM_SINK = 6;

export class SubgraphFlow {
  readonly n: number;
  readonly m: number;
  readonly sink: number;
  arcs: CandidateArcs;
  arcMentee: Int32Array;
  arcFlow: Uint8Array;
  private arcPos: Int32Array;
  /** Matched arcs per mentor: listArc[listStart[j] .. listStart[j] + listLen[j]). */
  private readonly listStart: Int32Array;
  private readonly listLen: Int32Array;
  private readonly listArc: Int32Array;
  readonly sinkFlow: Int32Array;
  readonly unmatchedFlow: Int32Array;
  readonly excess: Int32Array;
  readonly pa: Float64Array;
  readonly pb: Float64Array;
  private readonly da: Float64Array;
  private readonly db: Float64Array;
  private readonly state: Uint8Array;
  private readonly predKind: Uint8Array;
  private readonly predRef: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly heap: LexHeap;
  /** Order in which mentees are routed. */
  private readonly order: Int32Array;
  searches = 0;

  constructor(
    readonly menteeCap: Int32Array,
    readonly mentorCap: Int32Array,
    arcs: CandidateArcs,
  ) {
    const n = menteeCap.length;
    const m = mentorCap.length;
    const nodes = n + m + 1;
    this.n = n;
    this.m = m;
    this.sink = n + m;
    this.arcs = arcs;
    this.arcMentee = new Int32Array(0);
    this.arcFlow = new Uint8Array(0);
    this.arcPos = new Int32Array(0);
    this.listStart = new Int32Array(m);
    this.listLen = new Int32Array(m);
    let slots = 0;
    for (let j = 0; j < m; j++) {
      this.listStart[j] = slots;
      slots += mentorCap[j];
    }
    this.listArc = new Int32Array(slots);
    this.sinkFlow = new Int32Array(m);
    this.unmatchedFlow = new Int32Array(n);
    this.excess = new Int32Array(nodes);
    this.pa = new Float64Array(nodes);
    this.pb = new Float64Array(nodes);
    this.da = new Float64Array(nodes);
    this.db = new Float64Array(nodes);
    this.state = new Uint8Array(nodes);
    this.predKind = new Uint8Array(nodes);
    this.predRef = new Int32Array(nodes);
    this.touched = new Int32Array(nodes);
    this.heap = new LexHeap(nodes, this.da, this.db);
    this.order = new Int32Array(n);
    for (let i = 0; i < n; i++) this.order[i] = i;
    this.indexArcs();
    let supply = 0;
    for (let i = 0; i < n; i++) {
      this.excess[i] = menteeCap[i];
      supply += menteeCap[i];
    }
    this.excess[this.sink] = -supply;
    this.initialPotentials();
  }

  /** Shortest-path labels from a virtual root joined to every mentee: all reduced costs ≥ 0. */
  private initialPotentials(): void {
    const { n, m, pa, pb, sink } = this;
    const { mentor, weight } = this.arcs;
    const best = new Float64Array(m).fill(-Infinity);
    for (let e = 0; e < mentor.length; e++)
      if (weight[e] > best[mentor[e]]) best[mentor[e]] = weight[e];
    let sinkA = 0;
    let sinkB = 0;
    for (let j = 0; j < m; j++) {
      if (best[j] === -Infinity) continue;
      pa[n + j] = -1;
      pb[n + j] = -best[j];
      if (-1 < sinkA || (sinkA === -1 && -best[j] < sinkB)) {
        sinkA = -1;
        sinkB = -best[j];
      }
    }
    pa[sink] = sinkA;
    pb[sink] = sinkB;
  }

  private indexArcs(): void {
    const { start } = this.arcs;
    const count = this.arcs.mentor.length;
    this.arcMentee = new Int32Array(count);
    this.arcFlow = new Uint8Array(count);
    this.arcPos = new Int32Array(count);
    for (let i = 0; i < this.n; i++) this.arcMentee.fill(i, start[i], start[i + 1]);
  }

  /**
   * Starts from estimated mentor prices v ≥ 0 instead of zero flow: every slot of a mentor the
   * auction filled is reserved (flow mentor→sink at capacity, so the mentor is a deficit to fill),
   * its potential is p(sink) − (0, v_j) (others keep v = 0), and each mentee's potential is raised
   * until its arcs have non-negative reduced costs. All invariants hold for any v ≥ 0; good prices
   * make the searches short. Reservations that turn out surplus flow back from the sink.
   */
  warmStart(prices: Float64Array, load: Int32Array, first: Uint8Array): void {
    const { n, m, pa, pb, sink, excess, mentorCap } = this;
    const { start, mentor, weight } = this.arcs;
    pa[sink] = 0;
    pb[sink] = 0;
    let supply = 0;
    for (let i = 0; i < n; i++) supply += this.menteeCap[i];
    let reserved = 0;
    for (let j = 0; j < m; j++) {
      const r = load[j] >= mentorCap[j] && prices[j] > 0 ? mentorCap[j] : 0;
      const v = r > 0 ? prices[j] : 0;
      pa[n + j] = 0;
      pb[n + j] = -v;
      this.sinkFlow[j] = r;
      excess[n + j] = -r;
      reserved += r;
    }
    excess[sink] = reserved - supply;
    // Route first the mentees the auction placed at full mentors: they fill the reservations,
    // leaving the sink's deficit to the others (a balanced sink is an expensive hub).
    let q = 0;
    for (let i = 0; i < n; i++) if (first[i]) this.order[q++] = i;
    for (let i = 0; i < n; i++) if (!first[i]) this.order[q++] = i;
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

  /** Routes every unit of excess to a deficit along shortest paths. */
  run(): void {
    const { n, excess, sink, order } = this;
    for (let q = 0; q < n; q++) {
      const k = order[q];
      while (excess[k] > 0) this.routeOneUnit(k);
    }
    while (excess[sink] > 0) this.routeOneUnit(sink);
  }

  private label(v: number, a: number, b: number, kind: number, ref: number): void {
    const state = this.state[v];
    if (state === 0) {
      this.da[v] = a;
      this.db[v] = b;
      this.predKind[v] = kind;
      this.predRef[v] = ref;
      this.state[v] = 1;
      this.touched[this.touchedCount++] = v;
      this.heap.push(v);
    } else if (state === 1 && (a < this.da[v] || (a === this.da[v] && b < this.db[v]))) {
      this.da[v] = a;
      this.db[v] = b;
      this.predKind[v] = kind;
      this.predRef[v] = ref;
      this.heap.update(v);
    }
  }

  /** One Dijkstra from k (a mentee or the sink), stopped at the first deficit node; then update
   * the potentials of the settled nodes and augment one unit. */
  private routeOneUnit(k: number): void {
    const { n, m, sink, pa, pb, da, db, state, excess, heap } = this;
    const { start, mentor, weight } = this.arcs;
    const { arcFlow, arcMentee, listStart, listLen, listArc, sinkFlow, mentorCap } = this;
    this.searches++;
    this.label(k, 0, 0, 0, -1);
    let target = -1;
    while (heap.size > 0) {
      const v = heap.pop();
      state[v] = 2;
      if (excess[v] < 0) {
        target = v;
        break;
      }
      const dav = da[v];
      const dbv = db[v];
      const pav = pa[v];
      const pbv = pb[v];
      if (v < n) {
        for (let e = start[v], end = start[v + 1]; e < end; e++) {
          if (arcFlow[e] !== 0) continue;
          const w = n + mentor[e];
          if (state[w] === 2) continue;
          this.label(w, dav - 1 + pav - pa[w], dbv - weight[e] + pbv - pb[w], MENTOR_BY_ARC, e);
        }
        if (state[sink] !== 2) {
          this.label(sink, dav + pav - pa[sink], dbv + pbv - pb[sink], SINK_BY_MENTEE, v);
        }
      } else if (v < sink) {
        const j = v - n;
        for (let q = listStart[j], end = q + listLen[j]; q < end; q++) {
          const e = listArc[q];
          const u = arcMentee[e];
          if (state[u] === 2) continue;
          this.label(
            u,
            dav + 1 + pav - pa[u],
            dbv + weight[e] + pbv - pb[u],
            MENTEE_BY_REVERSE_ARC,
            e,
          );
        }
        if (sinkFlow[j] < mentorCap[j] && state[sink] !== 2) {
          this.label(sink, dav + pav - pa[sink], dbv + pbv - pb[sink], SINK_BY_MENTOR, j);
        }
      } else {
        // The sink is balanced (repair phase): leave it backwards along used arcs.
        for (let j = 0; j < m; j++) {
          const w = n + j;
          if (sinkFlow[j] > 0 && state[w] !== 2) {
            this.label(w, dav + pav - pa[w], dbv + pbv - pb[w], MENTOR_FROM_SINK, j);
          }
        }
        for (let u = 0; u < n; u++) {
          if (this.unmatchedFlow[u] > 0 && state[u] !== 2) {
            this.label(u, dav + pav - pa[u], dbv + pbv - pb[u], MENTEE_FROM_SINK, u);
          }
        }
      }
    }
    if (target < 0)
      throw new Error('internal: no deficit reachable (the unmatched arc is missing)');
    const ta = da[target];
    const tb = db[target];
    const touched = this.touched;
    for (let q = 0; q < this.touchedCount; q++) {
      const v = touched[q];
      if (state[v] === 2) {
        pa[v] += da[v] - ta;
        pb[v] += db[v] - tb;
      }
      state[v] = 0;
    }
    this.touchedCount = 0;
    heap.clear();
    this.augment(k, target);
  }

  private augment(source: number, target: number): void {
    const { n, sink, predKind, predRef, arcs } = this;
    this.excess[source]--;
    this.excess[target]++;
    let v = target;
    while (v !== source) {
      const ref = predRef[v];
      switch (predKind[v]) {
        case MENTOR_BY_ARC:
          this.arcFlow[ref] = 1;
          this.addToList(arcs.mentor[ref], ref);
          v = this.arcMentee[ref];
          break;
        case MENTEE_BY_REVERSE_ARC:
          this.arcFlow[ref] = 0;
          this.removeFromList(arcs.mentor[ref], ref);
          v = n + arcs.mentor[ref];
          break;
        case SINK_BY_MENTOR:
          this.sinkFlow[ref]++;
          v = n + ref;
          break;
        case SINK_BY_MENTEE:
          this.unmatchedFlow[ref]++;
          v = ref;
          break;
        case MENTOR_FROM_SINK:
          this.sinkFlow[ref]--;
          v = sink;
          break;
        case MENTEE_FROM_SINK:
          this.unmatchedFlow[ref]--;
          v = sink;
          break;
        default:
          throw new Error('internal: broken predecessor chain');
      }
    }
  }

  private addToList(j: number, e: number): void {
    const q = this.listStart[j] + this.listLen[j]++;
    this.listArc[q] = e;
    this.arcPos[e] = q;
  }

  private removeFromList(j: number, e: number): void {
    const last = this.listStart[j] + --this.listLen[j];
    const q = this.arcPos[e];
    const moved = this.listArc[last];
    this.listArc[q] = moved;
    this.arcPos[moved] = q;
  }

  /**
   * Adds arcs that violate the optimality conditions. Each affected mentee first gives back all
   * its flow (its mentors become deficits), so it has no incoming residual arc and its potential
   * can be raised until every arc leaving it has a non-negative reduced cost again.
   */
  addArcs(extra: CandidateArcs): void {
    const { n, pa, pb, sink } = this;
    const old = this.arcs;
    for (let i = 0; i < n; i++) {
      if (extra.start[i + 1] > extra.start[i]) this.unroute(i);
    }
    const total = old.mentor.length + extra.mentor.length;
    const merged: CandidateArcs = {
      start: new Int32Array(n + 1),
      mentor: new Int32Array(total),
      weight: new Float64Array(total),
      score: new Float64Array(total),
    };
    const flow = new Uint8Array(total);
    let q = 0;
    for (let i = 0; i < n; i++) {
      merged.start[i] = q;
      for (let e = old.start[i]; e < old.start[i + 1]; e++, q++) {
        merged.mentor[q] = old.mentor[e];
        merged.weight[q] = old.weight[e];
        merged.score[q] = old.score[e];
        flow[q] = this.arcFlow[e];
      }
      for (let e = extra.start[i]; e < extra.start[i + 1]; e++, q++) {
        merged.mentor[q] = extra.mentor[e];
        merged.weight[q] = extra.weight[e];
        merged.score[q] = extra.score[e];
      }
    }
    merged.start[n] = q;
    this.arcs = merged;
    this.indexArcs();
    this.listLen.fill(0);
    for (let e = 0; e < total; e++) {
      if (flow[e] === 0) continue;
      this.arcFlow[e] = 1;
      this.addToList(merged.mentor[e], e);
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
    }
  }

  private unroute(i: number): void {
    const { n, arcs } = this;
    for (let e = arcs.start[i]; e < arcs.start[i + 1]; e++) {
      if (this.arcFlow[e] === 0) continue;
      this.arcFlow[e] = 0;
      this.removeFromList(arcs.mentor[e], e);
      this.excess[i]++;
      this.excess[n + arcs.mentor[e]]--;
    }
    this.excess[i] += this.unmatchedFlow[i];
    this.excess[this.sink] -= this.unmatchedFlow[i];
    this.unmatchedFlow[i] = 0;
  }

  /** Partners routed to mentee i (its real arcs with flow). */
  matchedCount(i: number): number {
    let c = 0;
    for (let e = this.arcs.start[i]; e < this.arcs.start[i + 1]; e++) c += this.arcFlow[e];
    return c;
  }
}

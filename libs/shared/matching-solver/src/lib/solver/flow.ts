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
  private listArc = new Int32Array(0);
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
  /** Nodes whose potential changed since the last `clearDirty()` (for incremental pricing). */
  readonly dirty: Uint8Array;
  /** Order in which mentees are routed. */
  readonly order: Int32Array;
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
    this.dirty = new Uint8Array(nodes).fill(1);
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

  /** Per-arc arrays, and room in each mentor's list for min(capacity, candidate arcs) entries. */
  indexArcs(): void {
    const { start, mentor } = this.arcs;
    const count = mentor.length;
    this.arcMentee = new Int32Array(count);
    this.arcFlow = new Uint8Array(count);
    this.arcPos = new Int32Array(count);
    for (let i = 0; i < this.n; i++) this.arcMentee.fill(i, start[i], start[i + 1]);
    const indegree = new Int32Array(this.m);
    for (let e = 0; e < count; e++) indegree[mentor[e]]++;
    let slots = 0;
    for (let j = 0; j < this.m; j++) {
      this.listStart[j] = slots;
      slots += Math.min(this.mentorCap[j], indegree[j]);
    }
    this.listArc = new Int32Array(slots);
    this.listLen.fill(0);
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
      if (state[v] === 2 && (da[v] !== ta || db[v] !== tb)) {
        pa[v] += da[v] - ta;
        pb[v] += db[v] - tb;
        this.dirty[v] = 1;
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

  addToList(j: number, e: number): void {
    const q = this.listStart[j] + this.listLen[j]++;
    this.listArc[q] = e;
    this.arcPos[e] = q;
  }

  removeFromList(j: number, e: number): void {
    const last = this.listStart[j] + --this.listLen[j];
    const q = this.arcPos[e];
    const moved = this.listArc[last];
    this.listArc[q] = moved;
    this.arcPos[moved] = q;
  }

  /** Partners routed to mentee i (its real arcs with flow). */
}

import { CompensatedSum, MatchingProblem } from '../problem';
import type { Assignment, DualCertificate, MatchingResult, SolveOptions } from '../types';
import { auctionPrices } from './auction';
import { scanAndSelect } from './candidates';
import { SubgraphFlow } from './flow';
import { addArcs, warmStart } from './flow-updates';
import { PricingContext, priceAllPairs } from './pricing';
import { decimalsOf, maxExactScore, scaleOf, weightsOf } from './scaling';

const DEFAULT_PER_MENTEE = 8;
const DEFAULT_PER_MENTOR_SLOT = 4;
/** Violating arcs added per mentee and pricing round. */
const ADD_PER_MENTEE = 8;
/** Relative tolerance of the pricing check when scores are not integer-scalable. */
const FLOAT_TOLERANCE = 1e-12;
/** Bid budget of the auction per mentee unit (it only estimates prices; see auction.ts). */
const AUCTION_BIDS_PER_UNIT = 200;
/** Pairs per mentee added by pricing at the auction's prices (contended instances). */
const PRE_PRICING = 8;
/** Final auction increment relative to the score range (prices only; see auction.ts). */
const AUCTION_EPSILON = 1e-3;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

interface InternalOptions extends SolveOptions {
  /** Force floating arithmetic (used when a score turns out not to be k/10^d). */
  floating?: boolean;
}

/**
 * Exact lexicographic optimum (most pairs, then highest total score) by successive shortest
 * paths on a candidate subgraph, priced over all pairs until certified. See docs/matching.md.
 */
export function solveExact(p: MatchingProblem, options: InternalOptions = {}): MatchingResult {
  const t0 = now();
  const n = p.menteeIds.length;
  const m = p.mentorIds.length;
  const scan = scanAndSelect(p, {
    perMentee: options.candidatesPerMentee ?? DEFAULT_PER_MENTEE,
    perMentorSlot: options.candidatesPerMentorSlot ?? DEFAULT_PER_MENTOR_SLOT,
  });
  const t1 = now();
  const cap = capacities(p, scan.groupDegree);
  let maxAbs = 0;
  for (let e = 0; e < scan.score.length; e++) maxAbs = Math.max(maxAbs, Math.abs(scan.score[e]));
  const decimals = options.floating ? -1 : decimalsOf(scan.score, maxAbs, n + m + 2);
  const scale = scaleOf(decimals);
  const tolerance = decimals >= 0 ? 0 : FLOAT_TOLERANCE * maxAbs;
  const pricing: PricingContext = {
    p,
    menteeCap: cap.mentee,
    mentorCap: cap.mentor,
    rowBound: scan.rowBound,
    decimals,
    scale,
    tolerance,
    maxExactScore: maxExactScore(decimals, n + m + 2),
  };
  const arcs = {
    start: scan.start,
    mentor: scan.mentor,
    score: scan.score,
    weight: weightsOf(scan.score, decimals),
  };
  let flow = new SubgraphFlow(cap.mentee, cap.mentor, arcs);
  let bids = 0;
  if (options.warmStart !== false) {
    const auctionOptions = {
      finalEpsilon: options.auctionEpsilon ?? AUCTION_EPSILON,
      startEpsilon: options.auctionEpsilon ?? AUCTION_EPSILON,
      factor: 8,
      maxBids: AUCTION_BIDS_PER_UNIT * (cap.supply + m) + 100000,
    };
    // Prices only need to be ≥ 0; in integer mode they are rounded down to stay integers.
    const run = (graph: typeof arcs) => {
      const out = auctionPrices(cap.mentee, cap.mentor, graph, auctionOptions);
      if (decimals >= 0) for (let j = 0; j < m; j++) out.prices[j] = Math.floor(out.prices[j]);
      return out;
    };
    let auction = run(arcs);
    bids = auction.bids;
    warmStart(flow, auction.prices, auction.load, auction.first);
    // When the auction saw competition (more than two bids per unit), prices differ enough from
    // zero that pairs chosen by raw score miss good ones: add the best pairs at these prices and
    // re-run the auction on the larger subgraph.
    const prePricing = options.prePricing ?? (bids > 2 * cap.supply ? PRE_PRICING : 0);
    if (prePricing > 0) {
      const pre = priceAllPairs(pricing, flow, prePricing);
      if (pre.nonIntegral) return solveExact(p, { ...options, floating: true });
      if (pre.extra) {
        addArcs(flow, pre.extra);
        flow = new SubgraphFlow(cap.mentee, cap.mentor, flow.arcs);
        auction = run(flow.arcs);
        bids += auction.bids;
        warmStart(flow, auction.prices, auction.load, auction.first);
      }
    }
  }
  const t2 = now();
  let rounds = 0;
  let flowMs = 0;
  let pricingMs = 0;
  for (;;) {
    const a = now();
    flow.run();
    const b = now();
    flowMs += b - a;
    rounds++;
    const priced = priceAllPairs(pricing, flow, ADD_PER_MENTEE);
    pricingMs += now() - b;
    if (priced.nonIntegral) return solveExact(p, { ...options, floating: true });
    if (!priced.extra) break;
    addArcs(flow, priced.extra);
  }

  const assignments: Assignment[] = [];
  const unmatchedMentees: string[] = [];
  let integerTotal = 0;
  const floatTotal = new CompensatedSum();
  const { start, mentor, score, weight } = flow.arcs;
  const mine: number[] = [];
  for (let i = 0; i < n; i++) {
    mine.length = 0;
    for (let e = start[i]; e < start[i + 1]; e++) if (flow.arcFlow[e]) mine.push(e);
    if (mine.length === 0) unmatchedMentees.push(p.menteeIds[i]);
    mine.sort((x, y) => mentor[x] - mentor[y]);
    for (const e of mine) {
      assignments.push({ mentor: p.mentorIds[mentor[e]], mentee: p.menteeIds[i], score: score[e] });
      if (decimals >= 0) integerTotal += weight[e];
      else floatTotal.add(score[e]);
    }
  }
  const totalScore = decimals >= 0 ? integerTotal / scale : floatTotal.value();
  return {
    assignments,
    unmatchedMentees,
    objective: { matched: assignments.length, totalScore: totalScore === 0 ? 0 : totalScore },
    optimal: true,
    certificate: dualsFromPotentials(flow, n, m, scale),
    stats: {
      subgraphPairs: flow.arcs.mentor.length,
      rounds,
      searches: flow.searches,
      decimals,
      tolerance: tolerance / scale,
      millis: now() - t0,
      scanMs: t1 - t0,
      auctionMs: t2 - t1,
      bids,
      flowMs,
      pricingMs,
    },
  };
}

/**
 * Capacities that can bind: a mentee never gets more partners than allowed pairs, a mentor never
 * more than all mentee units together (equivalent constraints, smaller numbers).
 */
function capacities(
  p: MatchingProblem,
  groupDegree: Int32Array,
): { mentee: Int32Array; mentor: Int32Array; supply: number } {
  const mentee = new Int32Array(p.menteeIds.length);
  let supply = 0;
  for (let i = 0; i < mentee.length; i++) {
    const c = p.menteeCapacity[i];
    mentee[i] = c <= 1 ? c : Math.min(c, groupDegree[i]);
    supply += mentee[i];
  }
  const mentor = new Int32Array(p.mentorIds.length);
  for (let j = 0; j < mentor.length; j++) mentor[j] = Math.min(p.mentorCapacity[j], supply);
  return { mentee, mentor, supply };
}

/** u_i = p(i) − p(sink), v_j = p(sink) − p(j), in score units. */
function dualsFromPotentials(
  flow: SubgraphFlow,
  n: number,
  m: number,
  scale: number,
): DualCertificate {
  const { pa, pb, sink } = flow;
  const cert: DualCertificate = {
    menteeCount: new Float64Array(n),
    menteeScore: new Float64Array(n),
    mentorCount: new Float64Array(m),
    mentorScore: new Float64Array(m),
  };
  for (let i = 0; i < n; i++) {
    cert.menteeCount[i] = pa[i] - pa[sink];
    cert.menteeScore[i] = (pb[i] - pb[sink]) / scale;
  }
  for (let j = 0; j < m; j++) {
    cert.mentorCount[j] = pa[sink] - pa[n + j];
    cert.mentorScore[j] = (pb[sink] - pb[n + j]) / scale;
  }
  return cert;
}

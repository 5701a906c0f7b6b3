import { CompensatedSum, MatchingProblem, effectiveCapacities } from '../problem';
import type { Assignment, DualCertificate, MatchingResult, SolveOptions } from '../types';
import { scanAndSelect, workingScale } from './candidates';
import { auctionPrices } from './auction';
import { SubgraphFlow } from './flow';
import { priceAllPairs } from './pricing';

const DEFAULT_PER_MENTEE = 10;
const DEFAULT_PER_MENTOR_SLOT = 4;
/** Violating arcs added per mentee and pricing round. */
const ADD_PER_MENTEE = 8;
/** Relative tolerance of the pricing check when scores are not integer-scalable. */
const FLOAT_TOLERANCE = 1e-12;
/** Bid budget of the auction per mentee unit (it only estimates prices; see auction.ts). */
const AUCTION_BIDS_PER_UNIT = 200;
/** Final auction increment relative to the score range (prices only; see auction.ts). */
const AUCTION_EPSILON = 1e-3;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Exact lexicographic optimum (most pairs, then highest total score) by successive shortest
 * paths on a candidate subgraph, priced over all pairs until certified. See docs/matching.md.
 */
export function solveExact(p: MatchingProblem, options: SolveOptions = {}): MatchingResult {
  const t0 = now();
  const n = p.menteeIds.length;
  const m = p.mentorIds.length;
  const scan = scanAndSelect(p, {
    perMentee: options.candidatesPerMentee ?? DEFAULT_PER_MENTEE,
    perMentorSlot: options.candidatesPerMentorSlot ?? DEFAULT_PER_MENTOR_SLOT,
  });
  const cap = effectiveCapacities(p, { mentee: scan.degMentee, mentor: scan.degMentor });
  const scale = workingScale(scan.decimals);
  const t1 = now();
  const tolerance = scan.decimals >= 0 ? 0 : FLOAT_TOLERANCE * scan.maxAbsScore;
  const flow = new SubgraphFlow(cap.mentee, cap.mentor, scan.arcs);
  let bids = 0;
  if (options.warmStart !== false) {
    const auction = auctionPrices(cap.mentee, cap.mentor, scan.arcs, {
      finalEpsilon: options.auctionEpsilon ?? AUCTION_EPSILON,
      startEpsilon: options.auctionEpsilon ?? AUCTION_EPSILON,
      factor: 8,
      maxBids: AUCTION_BIDS_PER_UNIT * (totalUnits(cap.mentee) + m) + 100000,
    });
    bids = auction.bids;
    flow.warmStart(auction.prices, auction.load, auction.first);
    const prePricing = options.prePricing ?? 0;
    if (prePricing > 0) {
      const pre = priceAllPairs(
        p,
        flow,
        cap.mentee,
        cap.mentor,
        scan.decimals,
        scale,
        tolerance,
        prePricing,
      );
      if (pre.extra) flow.addArcs(pre.extra);
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
    const priced = priceAllPairs(
      p,
      flow,
      cap.mentee,
      cap.mentor,
      scan.decimals,
      scale,
      tolerance,
      ADD_PER_MENTEE,
    );
    pricingMs += now() - b;
    if (!priced.extra) break;
    flow.addArcs(priced.extra);
  }

  const assignments: Assignment[] = [];
  const unmatchedMentees: string[] = [];
  const exactSum = scan.decimals >= 0;
  let integerTotal = 0;
  const floatTotal = new CompensatedSum();
  const { start, mentor, score, weight } = flow.arcs;
  const mine: number[] = [];
  for (let i = 0; i < n; i++) {
    mine.length = 0;
    for (let e = start[i]; e < start[i + 1]; e++) if (flow.arcFlow[e]) mine.push(e);
    if (mine.length === 0) unmatchedMentees.push(p.menteeIds[i]);
    mine.sort((a, b) => mentor[a] - mentor[b]);
    for (const e of mine) {
      assignments.push({ mentor: p.mentorIds[mentor[e]], mentee: p.menteeIds[i], score: score[e] });
      if (exactSum) integerTotal += weight[e];
      else floatTotal.add(score[e]);
    }
  }
  const totalScore = exactSum ? integerTotal / scale : floatTotal.value();

  const certificate = dualsFromPotentials(flow, n, m, scale);
  return {
    assignments,
    unmatchedMentees,
    objective: { matched: assignments.length, totalScore: totalScore === 0 ? 0 : totalScore },
    optimal: true,
    certificate,
    stats: {
      subgraphPairs: flow.arcs.mentor.length,
      rounds,
      searches: flow.searches,
      decimals: scan.decimals,
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

function totalUnits(cap: Int32Array): number {
  let total = 0;
  for (let i = 0; i < cap.length; i++) total += cap[i];
  return total;
}

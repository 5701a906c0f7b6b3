import type { CandidateArcs } from './flow';

/**
 * Full mentors' prices are lowered by this many final increments: reservations then look slightly
 * cheaper than free slots, so mentees fill them first and the sink stays a target (a balanced
 * sink is an expensive hub for the searches).
 */
const PRICE_DISCOUNT = 10;

export interface AuctionOptions {
  /** Final bidding increment relative to the score range (coarse: exactness comes later). */
  finalEpsilon: number;
  /** First bidding increment relative to the score range (= finalEpsilon: one phase). */
  startEpsilon: number;
  /** Increment divisor between scaling phases. */
  factor: number;
  /** Give up after this many bids (a safety net; prices are only a warm start). */
  maxBids: number;
}

/**
 * ε-scaling forward auction on the candidate arcs, used ONLY to estimate mentor prices (the
 * exact solve then starts from them; any prices ≥ 0 are a valid start). Each mentor has one price
 * per slot; a mentee unit bids for its best mentor (score − price), raising the cheapest slot by
 * the gap to its second-best option plus ε, and displaces that slot's holder. A unit gives up
 * when every option is worth less than `floor`, so infeasible demand cannot bid forever.
 */
export function auctionPrices(
  menteeCap: Int32Array,
  mentorCap: Int32Array,
  arcs: CandidateArcs,
  options: AuctionOptions,
): { prices: Float64Array; load: Int32Array; first: Uint8Array; bids: number } {
  const n = menteeCap.length;
  const m = mentorCap.length;
  const { start, mentor, weight } = arcs;
  let lo = Infinity;
  let hi = -Infinity;
  for (let e = 0; e < weight.length; e++) {
    if (weight[e] < lo) lo = weight[e];
    if (weight[e] > hi) hi = weight[e];
  }
  const prices = new Float64Array(m);
  const load = new Int32Array(m);
  const first = new Uint8Array(n);
  if (weight.length === 0) return { prices, load, first, bids: 0 };
  const range = hi > lo ? hi - lo : Math.abs(hi) || 1;
  const floor = lo - 2 * range;
  // Slots: a min-heap of slot prices per mentor, with the arc holding each slot (-1 = free).
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j] + mentorCap[j];
  const slotPrice = new Float64Array(slotStart[m]);
  const slotArc = new Int32Array(slotStart[m]);
  const held = new Uint8Array(weight.length);
  const queue = new Int32Array(menteeCap.reduce((s, c) => s + c, 0) + 1);
  let bids = 0;
  let lastEps = 0;
  for (let eps = range * options.startEpsilon; bids < options.maxBids; eps /= options.factor) {
    const last = eps <= range * options.finalEpsilon;
    lastEps = eps;
    slotArc.fill(-1);
    held.fill(0);
    let head = 0;
    let tail = 0;
    let queued = 0;
    for (let i = 0; i < n; i++) {
      for (let u = 0; u < menteeCap[i]; u++) {
        queue[tail++] = i;
        queued++;
      }
    }
    const size = queue.length;
    while (queued > 0 && bids < options.maxBids) {
      const i = queue[head];
      head = head + 1 === size ? 0 : head + 1;
      queued--;
      let best = -Infinity;
      let second = -Infinity;
      let bestArc = -1;
      for (let e = start[i]; e < start[i + 1]; e++) {
        if (held[e] !== 0) continue;
        const j = mentor[e];
        const value = weight[e] - prices[j];
        if (value > best) {
          second = best;
          best = value;
          bestArc = e;
        } else if (value > second) {
          second = value;
        }
      }
      if (bestArc < 0 || best < floor) continue;
      if (second < floor) second = floor;
      bids++;
      const j = mentor[bestArc];
      const base = slotStart[j];
      const count = slotStart[j + 1] - base;
      const displaced = slotArc[base];
      if (displaced >= 0) {
        held[displaced] = 0;
        queue[tail] = menteeOf(start, displaced);
        tail = tail + 1 === size ? 0 : tail + 1;
        queued++;
      }
      held[bestArc] = 1;
      siftDown(slotPrice, slotArc, base, count, prices[j] + (best - second) + eps, bestArc);
      prices[j] = slotPrice[base];
    }
    if (last) break;
  }
  // A mentor left with a free slot should have price 0 (complementary slackness); stale prices
  // from earlier phases would only reserve slots that are not needed.
  for (let j = 0; j < m; j++) {
    for (let q = slotStart[j]; q < slotStart[j + 1]; q++) {
      if (slotArc[q] < 0) prices[j] = 0;
      else load[j]++;
    }
    if (load[j] === mentorCap[j]) {
      prices[j] = Math.max(0, prices[j] - PRICE_DISCOUNT * lastEps);
      for (let q = slotStart[j]; q < slotStart[j + 1]; q++) first[menteeOf(start, slotArc[q])] = 1;
    }
  }
  return { prices, load, first, bids };
}

/** Replaces the root slot (the cheapest) and restores the min-heap. */
function siftDown(
  price: Float64Array,
  arc: Int32Array,
  base: number,
  count: number,
  p: number,
  a: number,
): void {
  let k = 0;
  for (;;) {
    let child = 2 * k + 1;
    if (child >= count) break;
    if (child + 1 < count && price[base + child + 1] < price[base + child]) child++;
    if (price[base + child] >= p) break;
    price[base + k] = price[base + child];
    arc[base + k] = arc[base + child];
    k = child;
  }
  price[base + k] = p;
  arc[base + k] = a;
}

function menteeOf(start: Int32Array, e: number): number {
  let lo = 0;
  let hi = start.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (start[mid] <= e) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

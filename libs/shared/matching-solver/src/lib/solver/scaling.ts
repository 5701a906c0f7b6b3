/**
 * Exact arithmetic for decimal scores: when every score used by the shortest-path solver is
 * (within 2^-44 relative) k / 10^d for an integer k and d ≤ 6, the solver works on the integers
 * k. Sums and potentials stay far below 2^53, so every comparison is exact (ties included).
 * Otherwise it works on the scores themselves with a tiny pricing tolerance (see docs/matching.md).
 */
export const MAX_DECIMALS = 6;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
/** Relative distance to an integer below which s·10^d counts as integral (≈ 256 ulps). */
const INTEGRAL = 2 ** -44;

export function scaleOf(decimals: number): number {
  return decimals < 0 ? 1 : POW10[decimals];
}

export function isIntegral(s: number, scale: number): boolean {
  const x = s * scale;
  return Math.abs(x - Math.round(x)) <= Math.abs(x) * INTEGRAL;
}

/**
 * Smallest d such that all `scores` are integral at 10^-d, or -1 (floating mode) when there is
 * none ≤ MAX_DECIMALS or when integers of that size could overflow exact double arithmetic on a
 * graph with `nodes` nodes (path sums and potentials are bounded by nodes × 2 × max|k|).
 */
export function decimalsOf(scores: Float64Array, maxAbs: number, nodes: number): number {
  let d = 0;
  for (let e = 0; e < scores.length; e++) {
    while (!isIntegral(scores[e], POW10[d])) {
      if (++d > MAX_DECIMALS) return -1;
    }
  }
  return maxAbs <= maxExactScore(d, nodes) ? d : -1;
}

/** Largest |score| whose integer round(s·10^d) keeps path sums and potentials below 2^50. */
export function maxExactScore(decimals: number, nodes: number): number {
  return decimals < 0 ? Infinity : 2 ** 50 / (8 * nodes * POW10[decimals]);
}

/** Working weights: round(s · 10^d), or the scores themselves in floating mode. */
export function weightsOf(scores: Float64Array, decimals: number): Float64Array {
  if (decimals < 0) return scores.slice();
  const scale = POW10[decimals];
  const weight = new Float64Array(scores.length);
  for (let e = 0; e < scores.length; e++) weight[e] = Math.round(scores[e] * scale);
  return weight;
}

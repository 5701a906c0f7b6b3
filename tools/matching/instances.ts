/**
 * Seeded instance generators for the matching benchmark (typed arrays, no JSON).
 * Scenarios: uniform random scores, realistic weighted criteria (~20 % forbidden, 4-decimal
 * scores), contended (a few popular mentors everyone scores highest, the rest ranked alike) and
 * tight + contended (mentor slots barely cover the mentees).
 */
import type { MatchingProblem } from '@mentorbridge/matching-solver';

export type Scenario = 'uniform' | 'realistic' | 'contended' | 'tight';
export const SCENARIOS: Scenario[] = ['uniform', 'realistic', 'contended', 'tight'];

/** sfc32: small, fast, seeded; `next53` gives doubles with 53 random bits. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let k = 0; k < 15; k++) this.u32();
  }
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  next(): number {
    return this.u32() / 4294967296;
  }
  next53(): number {
    return ((this.u32() >>> 5) * 67108864 + (this.u32() >>> 6)) / 9007199254740992;
  }
  int(k: number): number {
    return Math.floor(this.next() * k);
  }
}

export function generate(
  scenario: Scenario,
  n: number,
  m: number,
  cap: number,
  seed: number,
): MatchingProblem {
  const rnd = new Random(seed * 7919 + SCENARIOS.indexOf(scenario));
  const dense = new Float64Array(n * m);
  const mentorCapacity = new Float64Array(m).fill(cap);
  if (scenario === 'uniform') {
    for (let q = 0; q < dense.length; q++) dense[q] = rnd.next53();
  } else if (scenario === 'realistic') {
    realistic(rnd, n, m, dense);
  } else {
    contended(rnd, n, m, dense);
    if (scenario === 'tight') {
      const slots = n + Math.ceil(n / 500);
      const base = Math.floor(slots / m);
      const extra = slots - base * m;
      for (let j = 0; j < m; j++) mentorCapacity[j] = base + (j < extra ? 1 : 0);
    }
  }
  return {
    mentorIds: Array.from({ length: m }, (_, j) => `m${j}`),
    menteeIds: Array.from({ length: n }, (_, i) => `e${i}`),
    mentorCapacity,
    menteeCapacity: new Float64Array(n).fill(1),
    dense,
    sparse: null,
  };
}

/** 2 % popular mentors (0.85–1.0 for everyone); the others share a common quality ranking. */
function contended(rnd: Random, n: number, m: number, dense: Float64Array): void {
  const popular = Math.max(2, Math.round(m * 0.02));
  const quality = new Float64Array(m);
  for (let j = 0; j < m; j++) quality[j] = j < popular ? -1 : rnd.next53();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      dense[i * m + j] =
        quality[j] < 0 ? 0.85 + 0.15 * rnd.next53() : 0.5 * quality[j] + 0.35 * rnd.next53();
    }
  }
}

const bits = (x: number): number => {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
};

/**
 * Skills overlap (24 skills), shared language (else forbidden), seniority gap (mentor must be
 * senior), availability overlap (10 slots), same department forbidden, personal affinity.
 * Weighted sum rounded to 4 decimals, so ties are common and arithmetic is exact.
 */
function realistic(rnd: Random, n: number, m: number, dense: Float64Array): void {
  const language = (): number => {
    const x = rnd.next();
    const first = x < 0.62 ? 1 : x < 0.77 ? 2 : x < 0.88 ? 4 : x < 0.95 ? 8 : 16;
    return rnd.next() < 0.85 ? first | 1 : first;
  };
  const slots = (): number => {
    let s = 0;
    for (let k = 0; k < 10; k++) if (rnd.next() < 0.4) s |= 1 << k;
    return s || 1 << rnd.int(10);
  };
  const wants = new Int32Array(n);
  const menteeLang = new Int32Array(n);
  const menteeSen = new Int32Array(n);
  const menteeSlots = new Int32Array(n);
  const menteeDept = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    while (bits(wants[i]) < 3) wants[i] |= 1 << rnd.int(24);
    menteeLang[i] = language();
    menteeSen[i] = 1 + rnd.int(4);
    menteeSlots[i] = slots();
    menteeDept[i] = rnd.int(20);
  }
  const has = new Int32Array(m);
  const mentorLang = new Int32Array(m);
  const mentorSen = new Int32Array(m);
  const mentorSlots = new Int32Array(m);
  const mentorDept = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const size = 4 + rnd.int(5);
    while (bits(has[j]) < size) has[j] |= 1 << rnd.int(24);
    mentorLang[j] = language();
    mentorSen[j] = 3 + rnd.int(4);
    mentorSlots[j] = slots();
    mentorDept[j] = rnd.int(20);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const q = i * m + j;
      const gap = mentorSen[j] - menteeSen[i];
      if ((menteeLang[i] & mentorLang[j]) === 0 || menteeDept[i] === mentorDept[j] || gap < 0) {
        dense[q] = NaN;
        continue;
      }
      const skills = bits(wants[i] & has[j]) / 3;
      const seniority = gap === 0 ? 0.2 : gap <= 2 ? 1 : gap === 3 ? 0.6 : 0.3;
      const overlap = bits(menteeSlots[i] & mentorSlots[j]) / Math.max(1, bits(menteeSlots[i]));
      const score = 0.45 * skills + 0.2 * seniority + 0.25 * overlap + 0.1 * rnd.next();
      dense[q] = Math.round(score * 1e4) / 1e4;
    }
  }
}

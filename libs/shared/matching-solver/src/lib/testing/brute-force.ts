import type { MatchingInstance } from '../types';

/**
 * Exact lexicographic optimum by dynamic programming over mentees, the state being the mentors'
 * remaining capacities; each mentee picks any subset of its allowed mentors (at most its
 * capacity). Only for tiny instances (tests): it shares nothing with the solver.
 */
export function bruteForce(instance: MatchingInstance): { matched: number; totalScore: number } {
  const mentors = instance.mentors;
  const mentees = instance.mentees;
  const score = (i: number, j: number): number | null => {
    if (instance.scores) return instance.scores[i][j];
    const hit = (instance.pairs ?? []).find(
      (p) => p[0] === mentors[j].id && p[1] === mentees[i].id,
    );
    return hit ? hit[2] : null;
  };
  const memo = new Map<string, [number, number]>();
  const best = (i: number, room: number[]): [number, number] => {
    if (i === mentees.length) return [0, 0];
    const key = `${i}:${room.join(',')}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const allowed: number[] = [];
    for (let j = 0; j < mentors.length; j++)
      if (score(i, j) !== null && room[j] > 0) allowed.push(j);
    const capacity = mentees[i].capacity ?? 1;
    let result: [number, number] = [-1, -Infinity];
    for (let mask = 0; mask < 1 << allowed.length; mask++) {
      const chosen = allowed.filter((_, k) => (mask >> k) & 1);
      if (chosen.length > capacity) continue;
      const next = room.slice();
      let total = 0;
      for (const j of chosen) {
        next[j]--;
        total += score(i, j) as number;
      }
      const [count, rest] = best(i + 1, next);
      const candidate: [number, number] = [count + chosen.length, rest + total];
      if (candidate[0] > result[0] || (candidate[0] === result[0] && candidate[1] > result[1])) {
        result = candidate;
      }
    }
    memo.set(key, result);
    return result;
  };
  const [matched, totalScore] = best(
    0,
    mentors.map((m) => Math.min(m.capacity, mentees.length)),
  );
  return { matched, totalScore };
}

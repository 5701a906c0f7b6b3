import type { MatchingSettings, PairScore } from '@mentorbridge/shared-contracts';
import { solveMatching } from '@mentorbridge/matching-solver';
import { scorePair } from '../scoring/pair-scoring';
import { RunInputs, scoringContext } from '../runs/run-computation';

export interface ShortlistEntry {
  menteeUserId: string;
  mentorUserId: string;
  rank: number;
  score: number;
  criteria: PairScore['criteria'];
}

export interface Shortlists {
  entries: ShortlistEntry[];
  /** Mentees who could receive a shortlist (no live match yet). */
  mentees: number;
  withShortlist: number;
  maxExposure: number;
}

/**
 * Ranked shortlists for mentee-choice programs. Each mentee without a match gets up to `size`
 * allowed mentors, and each mentor appears on no more shortlists than their free places, so
 * popular mentors are not flooded. Lists are filled in rounds by the exact solver: each round
 * gives every mentee at most one more mentor (as many mentees as possible, then the highest total
 * score) from the mentors' remaining places, so everyone gets a first option before anyone gets a
 * second. Each list is then ranked by score.
 */
export function computeShortlists(
  inputs: RunInputs,
  settings: MatchingSettings,
  size: number,
): Shortlists {
  const ctx = scoringContext(inputs, settings);
  const mentees = inputs.mentees.filter((m) => m.capacity > 0);
  const mentors = inputs.mentors.filter((m) => m.capacity > 0);
  const scored = new Map<string, PairScore>();
  const pairs: [string, string, number][] = [];
  for (const mentee of mentees) {
    for (const mentor of mentors) {
      const result = scorePair(mentor, mentee, ctx);
      if (result.score === null) continue;
      scored.set(`${mentor.userId}|${mentee.userId}`, result);
      pairs.push([mentor.userId, mentee.userId, result.score]);
    }
  }
  // Round by round, so everyone gets a first option before anyone gets a second: each round
  // gives every mentee at most one more mentor, as many mentees as possible, best total score.
  const left = new Map(mentors.map((m) => [m.userId, m.capacity]));
  const used = new Set<string>();
  const assignments: { mentor: string; mentee: string; score: number }[] = [];
  for (let round = 0; round < size; round++) {
    const open = mentors.filter((m) => (left.get(m.userId) ?? 0) > 0);
    if (open.length === 0) break;
    const solved = solveMatching({
      format: 'mentorbridge.matching/v1',
      mentors: open.map((m) => ({ id: m.userId, capacity: left.get(m.userId) ?? 0 })),
      mentees: mentees.map((m) => ({ id: m.userId, capacity: 1 })),
      pairs: pairs.filter(
        ([mentor, mentee]) => (left.get(mentor) ?? 0) > 0 && !used.has(`${mentor}|${mentee}`),
      ),
      scores: null,
    });
    if (solved.assignments.length === 0) break;
    for (const a of solved.assignments) {
      used.add(`${a.mentor}|${a.mentee}`);
      left.set(a.mentor, (left.get(a.mentor) ?? 0) - 1);
      assignments.push(a);
    }
  }
  const byMentee = new Map<string, ShortlistEntry[]>();
  const exposure = new Map<string, number>();
  for (const a of assignments) {
    const pair = scored.get(`${a.mentor}|${a.mentee}`) as PairScore;
    const list = byMentee.get(a.mentee) ?? [];
    list.push({
      menteeUserId: a.mentee,
      mentorUserId: a.mentor,
      rank: 0,
      score: a.score,
      criteria: pair.criteria,
    });
    byMentee.set(a.mentee, list);
    exposure.set(a.mentor, (exposure.get(a.mentor) ?? 0) + 1);
  }
  const entries: ShortlistEntry[] = [];
  for (const list of byMentee.values()) {
    list
      .sort((x, y) => y.score - x.score || x.mentorUserId.localeCompare(y.mentorUserId))
      .forEach((entry, index) => entries.push({ ...entry, rank: index + 1 }));
  }
  return {
    entries,
    mentees: mentees.length,
    withShortlist: byMentee.size,
    maxExposure: Math.max(0, ...exposure.values()),
  };
}

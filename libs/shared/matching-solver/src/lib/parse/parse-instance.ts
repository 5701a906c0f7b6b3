import type { MatchingProblem } from '../problem';
import { PairStore } from './pair-store';
import { People, readPeople } from './people';
import { checkFormat, checkOneScoreSource, errors } from './rules';

/**
 * Validates a parsed JSON instance (contract `mentorbridge.matching/v1`) and converts it to typed
 * arrays. Throws `MatchingInputError` with a one-line message naming the problem.
 */
export function parseInstance(value: unknown): MatchingProblem {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw errors.notObject(value);
  const doc = value as Record<string, unknown>;
  checkFormat(doc['format']);
  const mentors = readPeople(doc['mentors'], 'mentor');
  const mentees = readPeople(doc['mentees'], 'mentee');
  const pairs = doc['pairs'] ?? null;
  const scores = doc['scores'] ?? null;
  checkOneScoreSource(pairs !== null, scores !== null);
  const base = {
    mentorIds: mentors.ids,
    menteeIds: mentees.ids,
    mentorCapacity: mentors.capacity,
    menteeCapacity: mentees.capacity,
  };
  if (pairs !== null) return { ...base, ...readPairs(pairs, mentors, mentees) };
  return {
    ...base,
    dense: readScores(scores, mentees.ids.length, mentors.ids.length),
    sparse: null,
  };
}

function readPairs(
  value: unknown,
  mentors: People,
  mentees: People,
): Pick<MatchingProblem, 'dense' | 'sparse'> {
  if (!Array.isArray(value)) throw errors.pairsNotList(value);
  const store = new PairStore(mentors.ids, mentees.ids, Math.max(1, value.length));
  for (let k = 0; k < value.length; k++) {
    const [mentorId, menteeId, score] = checkPairEntry(k, value[k]);
    const j = mentors.index.get(mentorId);
    if (j === undefined) throw errors.unknownId(`pairs[${k}]`, 'mentor', mentorId);
    const i = mentees.index.get(menteeId);
    if (i === undefined) throw errors.unknownId(`pairs[${k}]`, 'mentee', menteeId);
    store.add(j, i, score, `pairs[${k}]`);
  }
  return store.dense
    ? { dense: store.dense, sparse: null }
    : { dense: null, sparse: store.finishSparse() };
}

/** Shape and types of one `pairs` entry (ids are resolved by the caller). */
export function checkPairEntry(k: number, entry: unknown): [string, string, number] {
  if (!Array.isArray(entry) || entry.length !== 3) throw errors.pairShape(k, entry);
  const [mentorId, menteeId, score] = entry as unknown[];
  if (typeof mentorId !== 'string') throw errors.pairId(k, 'mentor', mentorId);
  if (typeof menteeId !== 'string') throw errors.pairId(k, 'mentee', menteeId);
  if (typeof score !== 'number' || !Number.isFinite(score)) throw errors.pairScore(k, score);
  return [mentorId, menteeId, score];
}

function readScores(value: unknown, n: number, m: number): Float64Array {
  if (!Array.isArray(value)) throw errors.scoresNotMatrix(value);
  if (value.length !== n) throw errors.scoresRows(value.length, n);
  const dense = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const row: unknown = value[i];
    if (!Array.isArray(row)) throw errors.rowNotList(i, row);
    if (row.length !== m) throw errors.rowLength(i, row.length, m);
    for (let j = 0; j < m; j++) {
      const cell: unknown = row[j];
      if (cell === null) dense[i * m + j] = NaN;
      else if (typeof cell === 'number' && Number.isFinite(cell)) dense[i * m + j] = cell;
      else throw errors.cell(i, j, cell);
    }
  }
  return dense;
}

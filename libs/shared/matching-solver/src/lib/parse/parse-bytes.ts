import type { MatchingProblem } from '../problem';
import { MatchingInputError } from './errors';
import { ByteInterner, utf8 } from './interner';
import { ByteSource, JsonReader } from './json-bytes';
import { PairStore } from './pair-store';
import { checkPairEntry } from './parse-instance';
import { People, readPeople } from './people';
import { checkFormat, checkOneScoreSource, errors } from './rules';

const QUOTE = 0x22;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const COMMA = 0x2c;

const decoder = new TextDecoder('utf-8');

/** Pairs read before both people lists were known: provisional id indices, resolved at the end. */
interface PendingPairs {
  mentorIds: ByteInterner;
  menteeIds: ByteInterner;
  /** First pair index naming each provisional id (for the "unknown id" message). */
  mentorFirst: number[];
  menteeFirst: number[];
  mentor: number[];
  mentee: number[];
  score: number[];
}

/**
 * Parses and validates an instance straight from bytes (a whole buffer, or chunks pulled from
 * `source`), with the same rules and messages as `parseInstance(JSON.parse(text))`. Large
 * `pairs` and `scores` go directly into typed arrays: no intermediate JS objects or strings.
 */
export function parseInstanceBytes(input: Uint8Array | ByteSource): MatchingProblem {
  const r = new JsonReader(input);
  const first = r.peek();
  if (first < 0) throw new MatchingInputError('invalid JSON: the file is empty');
  if (first !== 0x7b) {
    const value = r.value();
    r.finish();
    throw errors.notObject(value);
  }
  r.pos++;
  let format: unknown = undefined;
  let mentorsRaw: unknown = undefined;
  let menteesRaw: unknown = undefined;
  const people: { mentors: People | null; mentees: People | null } = {
    mentors: null,
    mentees: null,
  };
  let pairsGiven = false;
  let scoresGiven = false;
  let store: PairStore | null = null;
  let pending: PendingPairs | null = null;
  let dense: Float64Array | null = null;
  let scoreRows: { values: number[]; rowLengths: number[] } | null = null;
  const known = (): { mentors: People; mentees: People } | null => {
    if (mentorsRaw === undefined || menteesRaw === undefined) return null;
    const mentors = (people.mentors ??= readPeople(mentorsRaw, 'mentor'));
    const mentees = (people.mentees ??= readPeople(menteesRaw, 'mentee'));
    return { mentors, mentees };
  };
  if (!r.eat(0x7d)) {
    do {
      if (r.peek() !== QUOTE) throw r.fail(`expected a property name${r.found()}`);
      const key = r.string();
      r.expect(0x3a, "':'");
      if (key === 'format') format = r.value();
      else if (key === 'mentors') [mentorsRaw, people.mentors] = [r.value(), null];
      else if (key === 'mentees') [menteesRaw, people.mentees] = [r.value(), null];
      else if (key === 'pairs' || key === 'scores') {
        const isNull = r.peek() === 0x6e;
        if (isNull) r.literal('null');
        if (key === 'pairs') [pairsGiven, store, pending] = [!isNull, null, null];
        else [scoresGiven, dense, scoreRows] = [!isNull, null, null];
        if (isNull) continue;
        if (r.peek() !== OPEN) {
          const value = r.value();
          throw key === 'pairs' ? errors.pairsNotList(value) : errors.scoresNotMatrix(value);
        }
        const both = known();
        if (key === 'pairs') {
          if (both) store = readPairsKnown(r, both.mentors, both.mentees);
          else pending = readPairsPending(r);
        } else if (both) {
          dense = readScoresKnown(r, both.mentees.ids.length, both.mentors.ids.length);
        } else scoreRows = readScoresPending(r);
      } else r.value();
    } while (r.next(0x7d, "'}'"));
  }
  r.finish();
  checkFormat(format);
  const mentorList = people.mentors ?? readPeople(mentorsRaw, 'mentor');
  const menteeList = people.mentees ?? readPeople(menteesRaw, 'mentee');
  checkOneScoreSource(pairsGiven, scoresGiven);
  const base = {
    mentorIds: mentorList.ids,
    menteeIds: menteeList.ids,
    mentorCapacity: mentorList.capacity,
    menteeCapacity: menteeList.capacity,
  };
  if (pairsGiven) {
    const finished = store ?? resolvePending(pending as PendingPairs, mentorList, menteeList);
    return finished.dense
      ? { ...base, dense: finished.dense, sparse: null }
      : { ...base, dense: null, sparse: finished.finishSparse() };
  }
  const n = menteeList.ids.length;
  const m = mentorList.ids.length;
  return {
    ...base,
    dense: dense ?? shapeScores(scoreRows as NonNullable<typeof scoreRows>, n, m),
    sparse: null,
  };
}

/** Reads `[mentorId, menteeId, score]` fast; on anything else re-reads the entry generically so
 * the message is exactly the object parser's. Returns null at the end of the list. */
function readEntry(
  r: JsonReader,
  k: number,
  resolve: (role: 'mentor' | 'mentee', decoded: string | null) => number,
): { j: number; i: number; score: number } {
  r.hold();
  const slow = (): never => {
    r.rewind();
    checkPairEntry(k, r.value());
    throw new MatchingInputError(`pairs[${k}] could not be read`, `pairs[${k}]`);
  };
  if (!r.eat(OPEN) || r.peek() !== QUOTE) return slow();
  const j = resolve('mentor', r.rawString());
  if (!r.eat(COMMA) || r.peek() !== QUOTE) return slow();
  const i = resolve('mentee', r.rawString());
  if (!r.eat(COMMA)) return slow();
  const c = r.peek();
  if (c !== 0x2d && (c < 0x30 || c > 0x39)) return slow();
  const score = r.number();
  if (!Number.isFinite(score) || !r.eat(CLOSE)) return slow();
  r.release();
  return { j, i, score };
}

function idBytes(r: JsonReader, decoded: string | null): [Uint8Array, number, number] {
  if (decoded === null) return [r.buf, r.rawStart, r.rawEnd];
  const bytes = utf8(decoded);
  return [bytes, 0, bytes.length];
}

function idText(r: JsonReader, decoded: string | null): string {
  return decoded ?? decoder.decode(r.buf.subarray(r.rawStart, r.rawEnd));
}

function readPairsKnown(r: JsonReader, mentors: People, mentees: People): PairStore {
  const interners = { mentor: new ByteInterner(), mentee: new ByteInterner() };
  for (const id of mentors.ids) interners.mentor.addString(id);
  for (const id of mentees.ids) interners.mentee.addString(id);
  const store = new PairStore(mentors.ids, mentees.ids, 0);
  r.pos++;
  if (r.eat(CLOSE)) return store;
  let k = 0;
  do {
    const at = k;
    const entry = readEntry(r, k, (role, decoded) => {
      const index = interners[role].find(...idBytes(r, decoded));
      if (index < 0) throw errors.unknownId(`pairs[${at}]`, role, idText(r, decoded));
      return index;
    });
    store.add(entry.j, entry.i, entry.score, `pairs[${k}]`);
    k++;
  } while (r.next(CLOSE, "']'"));
  return store;
}

function readPairsPending(r: JsonReader): PendingPairs {
  const pending: PendingPairs = {
    mentorIds: new ByteInterner(),
    menteeIds: new ByteInterner(),
    mentorFirst: [],
    menteeFirst: [],
    mentor: [],
    mentee: [],
    score: [],
  };
  r.pos++;
  if (r.eat(CLOSE)) return pending;
  let k = 0;
  do {
    const at = k;
    const entry = readEntry(r, k, (role, decoded) => {
      const interner = role === 'mentor' ? pending.mentorIds : pending.menteeIds;
      const bytes = idBytes(r, decoded);
      let index = interner.find(...bytes);
      if (index < 0) {
        index = interner.add(...bytes);
        (role === 'mentor' ? pending.mentorFirst : pending.menteeFirst).push(at);
      }
      return index;
    });
    pending.mentor.push(entry.j);
    pending.mentee.push(entry.i);
    pending.score.push(entry.score);
    k++;
  } while (r.next(CLOSE, "']'"));
  return pending;
}

function resolvePending(pending: PendingPairs, mentors: People, mentees: People): PairStore {
  const map = (
    interner: ByteInterner,
    people: People,
    firsts: number[],
    role: 'mentor' | 'mentee',
  ): Int32Array => {
    const real = new Int32Array(interner.size);
    for (let q = 0; q < interner.size; q++) {
      const id = decoder.decode(interner.bytesOf(q));
      const index = people.index.get(id);
      if (index === undefined) throw errors.unknownId(`pairs[${firsts[q]}]`, role, id);
      real[q] = index;
    }
    return real;
  };
  const mentorOf = map(pending.mentorIds, mentors, pending.mentorFirst, 'mentor');
  const menteeOf = map(pending.menteeIds, mentees, pending.menteeFirst, 'mentee');
  const count = pending.score.length;
  const store = new PairStore(mentors.ids, mentees.ids, Math.max(1, count));
  for (let k = 0; k < count; k++)
    store.add(
      mentorOf[pending.mentor[k]],
      menteeOf[pending.mentee[k]],
      pending.score[k],
      `pairs[${k}]`,
    );
  return store;
}

/** One row of `scores`: calls `cell(j, value)` with NaN for null; returns the row length. */
function readRow(r: JsonReader, i: number, cell: (j: number, value: number) => void): number {
  if (r.peek() !== OPEN) throw errors.rowNotList(i, r.value());
  r.pos++;
  if (r.eat(CLOSE)) return 0;
  let j = 0;
  do {
    const c = r.peek();
    let value: number;
    if (c === 0x6e) {
      r.literal('null');
      value = NaN;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      value = r.number();
      if (!Number.isFinite(value)) throw errors.cell(i, j, value);
    } else throw errors.cell(i, j, r.value());
    cell(j, value);
    j++;
  } while (r.next(CLOSE, "']'"));
  return j;
}

function readScoresKnown(r: JsonReader, n: number, m: number): Float64Array {
  const dense = new Float64Array(n * m);
  r.pos++;
  if (r.eat(CLOSE)) {
    if (n !== 0) throw errors.scoresRows(0, n);
    return dense;
  }
  let i = 0;
  do {
    const row = i * m;
    const length = readRow(r, i, (j, value) => {
      if (i < n && j < m) dense[row + j] = value;
    });
    if (i < n && length !== m) throw errors.rowLength(i, length, m);
    i++;
  } while (r.next(CLOSE, "']'"));
  if (i !== n) throw errors.scoresRows(i, n);
  return dense;
}

function readScoresPending(r: JsonReader): { values: number[]; rowLengths: number[] } {
  const rows = { values: [] as number[], rowLengths: [] as number[] };
  r.pos++;
  if (r.eat(CLOSE)) return rows;
  let i = 0;
  do {
    rows.rowLengths.push(readRow(r, i, (_j, value) => rows.values.push(value)));
    i++;
  } while (r.next(CLOSE, "']'"));
  return rows;
}

function shapeScores(
  rows: { values: number[]; rowLengths: number[] },
  n: number,
  m: number,
): Float64Array {
  rows.rowLengths.forEach((length, i) => {
    if (i < n && length !== m) throw errors.rowLength(i, length, m);
  });
  if (rows.rowLengths.length !== n) throw errors.scoresRows(rows.rowLengths.length, n);
  return Float64Array.from(rows.values);
}

import { MATCHING_FORMAT } from '../types';
import { MatchingInputError, describeValue, quoteId } from './errors';

/** Messages shared by the object parser and the streaming byte parser. */
export function checkFormat(value: unknown): void {
  if (value === undefined) {
    throw new MatchingInputError(
      `missing "format" (expected ${JSON.stringify(MATCHING_FORMAT)})`,
      'format',
    );
  }
  if (value !== MATCHING_FORMAT) {
    throw new MatchingInputError(
      `unknown format ${describeValue(value)} (expected ${JSON.stringify(MATCHING_FORMAT)})`,
      'format',
    );
  }
}

export function checkOneScoreSource(pairsGiven: boolean, scoresGiven: boolean): void {
  if (pairsGiven && scoresGiven) {
    throw new MatchingInputError(
      'both "pairs" and "scores" are given; give exactly one (the other null)',
      'pairs',
    );
  }
  if (!pairsGiven && !scoresGiven) {
    throw new MatchingInputError(
      'neither "pairs" nor "scores" is given; give exactly one of them',
      'pairs',
    );
  }
}

export const errors = {
  notObject: (value: unknown) =>
    new MatchingInputError(`the instance must be a JSON object, got ${describeValue(value)}`),
  pairsNotList: (value: unknown) =>
    new MatchingInputError(
      `"pairs" must be a list of [mentorId, menteeId, score] (or null), got ${describeValue(value)}`,
      'pairs',
    ),
  pairShape: (k: number, value: unknown) =>
    new MatchingInputError(
      `pairs[${k}] must be [mentorId, menteeId, score], got ${describeValue(value)}`,
      `pairs[${k}]`,
    ),
  pairId: (k: number, role: 'mentor' | 'mentee', value: unknown) =>
    new MatchingInputError(
      `pairs[${k}][${role === 'mentor' ? 0 : 1}] must be a ${role} id (a string), got ${describeValue(value)}`,
      `pairs[${k}]`,
    ),
  unknownId: (at: string, role: 'mentor' | 'mentee', id: string) =>
    new MatchingInputError(`${at}: unknown ${role} id ${quoteId(id)} (not in "${role}s")`, at),
  pairScore: (k: number, value: unknown) =>
    new MatchingInputError(
      `pairs[${k}][2] must be a finite number (the score), got ${describeValue(value)}`,
      `pairs[${k}]`,
    ),
  scoresNotMatrix: (value: unknown) =>
    new MatchingInputError(
      `"scores" must be a matrix with one row per mentee (or null), got ${describeValue(value)}`,
      'scores',
    ),
  scoresRows: (rows: number, mentees: number) =>
    new MatchingInputError(
      `"scores" has ${rows} row${rows === 1 ? '' : 's'} but there ${mentees === 1 ? 'is 1 mentee' : `are ${mentees} mentees`} (one row per mentee, in order)`,
      'scores',
    ),
  rowNotList: (i: number, value: unknown) =>
    new MatchingInputError(
      `scores[${i}] must be a list with one entry per mentor, got ${describeValue(value)}`,
      `scores[${i}]`,
    ),
  rowLength: (i: number, length: number, mentors: number) =>
    new MatchingInputError(
      `scores[${i}] has ${length} entr${length === 1 ? 'y' : 'ies'} but there ${mentors === 1 ? 'is 1 mentor' : `are ${mentors} mentors`} (one column per mentor, in order)`,
      `scores[${i}]`,
    ),
  cell: (i: number, j: number, value: unknown) =>
    new MatchingInputError(
      `scores[${i}][${j}] must be a finite number or null, got ${describeValue(value)}`,
      `scores[${i}][${j}]`,
    ),
};

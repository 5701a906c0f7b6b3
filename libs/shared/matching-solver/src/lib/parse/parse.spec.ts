import { MATCHING_FORMAT } from '../types';
import { MatchingInputError } from './errors';
import { parseInstanceBytes } from './parse-bytes';
import { parseInstance } from './parse-instance';

const F = `"format":"${MATCHING_FORMAT}"`;
const ONE = `"mentors":[{"id":"m1","capacity":1}],"mentees":[{"id":"e1"}]`;
const encoder = new TextEncoder();

/** [name, document, message pattern] — each must be rejected by both parsers. */
const invalid: [string, string, RegExp][] = [
  ['empty file', '', /empty/],
  ['bad JSON', `{${F},${ONE},"pairs":[["m1","e1",0.5],]}`, /invalid JSON at line 1 column \d+/],
  ['not an object', '[1,2]', /must be a JSON object/],
  ['unknown format', `{"format":"v0",${ONE},"pairs":[]}`, /unknown format "v0"/],
  ['missing format', `{${ONE},"pairs":[]}`, /missing "format"/],
  [
    'duplicate mentor id',
    `{${F},"mentors":[{"id":"m1","capacity":1},{"id":"m1","capacity":2}],"mentees":[],"pairs":[]}`,
    /duplicate mentor id "m1" \(mentors\[0\] and mentors\[1\]\)/,
  ],
  [
    'duplicate mentee id',
    `{${F},"mentors":[],"mentees":[{"id":"e"},{"id":"e"}],"pairs":[]}`,
    /duplicate mentee id "e"/,
  ],
  [
    'negative capacity',
    `{${F},"mentors":[{"id":"m1","capacity":-1}],"mentees":[],"pairs":[]}`,
    /mentors\[0\]\.capacity must be an integer >= 0.*-1/,
  ],
  [
    'fractional capacity',
    `{${F},"mentors":[],"mentees":[{"id":"e","capacity":1.5}],"pairs":[]}`,
    /mentees\[0\]\.capacity must be an integer >= 0.*1\.5/,
  ],
  [
    'missing mentor capacity',
    `{${F},"mentors":[{"id":"m1"}],"mentees":[],"pairs":[]}`,
    /mentors\[0\]\.capacity is missing/,
  ],
  [
    'id not a string',
    `{${F},"mentors":[{"id":7,"capacity":1}],"mentees":[],"pairs":[]}`,
    /mentors\[0\]\.id must be a non-empty string/,
  ],
  [
    'unknown mentor id',
    `{${F},${ONE},"pairs":[["m9","e1",0.5]]}`,
    /pairs\[0\]: unknown mentor id "m9"/,
  ],
  [
    'unknown mentee id',
    `{${F},${ONE},"pairs":[["m1","e9",0.5]]}`,
    /pairs\[0\]: unknown mentee id "e9"/,
  ],
  [
    'pair listed twice',
    `{${F},${ONE},"pairs":[["m1","e1",0.5],["m1","e1",0.7]]}`,
    /pair \("m1", "e1"\) is listed twice/,
  ],
  [
    'score not finite',
    `{${F},${ONE},"pairs":[["m1","e1",1e999]]}`,
    /pairs\[0\]\[2\] must be a finite number.*Infinity/,
  ],
  [
    'score a string',
    `{${F},${ONE},"pairs":[["m1","e1","0.5"]]}`,
    /pairs\[0\]\[2\] must be a finite number.*"0\.5"/,
  ],
  [
    'pair of two',
    `{${F},${ONE},"pairs":[["m1","e1"]]}`,
    /pairs\[0\] must be \[mentorId, menteeId, score\]/,
  ],
  ['both pairs and scores', `{${F},${ONE},"pairs":[],"scores":[[1]]}`, /both "pairs" and "scores"/],
  ['neither pairs nor scores', `{${F},${ONE},"pairs":null}`, /neither "pairs" nor "scores"/],
  [
    'too few rows',
    `{${F},"mentors":[{"id":"m1","capacity":1}],"mentees":[{"id":"a"},{"id":"b"}],"scores":[[1]]}`,
    /"scores" has 1 row but there are 2 mentees/,
  ],
  [
    'row too long',
    `{${F},${ONE},"scores":[[1,2]]}`,
    /scores\[0\] has 2 entries but there is 1 mentor/,
  ],
  [
    'cell not a number',
    `{${F},${ONE},"scores":[[true]]}`,
    /scores\[0\]\[0\] must be a finite number or null, got a boolean/,
  ],
  [
    'cell not finite',
    `{${F},${ONE},"scores":[[-1e400]]}`,
    /scores\[0\]\[0\] must be a finite number or null, got -Infinity/,
  ],
  ['trailing data', `{${F},${ONE},"scores":[[1]]} x`, /unexpected data after the end/],
  ['leading zero', `{${F},${ONE},"scores":[[01]]}`, /leading zeros/],
];

describe('instance validation', () => {
  it.each(invalid)('rejects %s with one clear line', (_name, doc, message) => {
    const fromBytes = (): unknown => parseInstanceBytes(encoder.encode(doc));
    expect(fromBytes).toThrow(MatchingInputError);
    expect(fromBytes).toThrow(message);
    try {
      fromBytes();
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(doc);
    } catch {
      return; // not JSON: only the byte parser sees it
    }
    expect(() => parseInstance(parsed)).toThrow(message);
  });

  it('reads pairs given before the people lists, and ids with escapes', () => {
    const doc = `{"pairs":[["m\\u0031","e1",0.5]],${ONE},${F}}`;
    const problem = parseInstanceBytes(encoder.encode(doc));
    expect(problem.dense ? Array.from(problem.dense) : null).toEqual([0.5]);
    expect(() =>
      parseInstanceBytes(encoder.encode(`{"pairs":[["m2","e1",0.5]],${ONE},${F}}`)),
    ).toThrow(/pairs\[0\]: unknown mentor id "m2"/);
  });

  it('defaults mentee capacity to 1 and reads null as forbidden', () => {
    const problem = parseInstance({
      format: MATCHING_FORMAT,
      mentors: [{ id: 'm', capacity: 2 }],
      mentees: [{ id: 'a' }, { id: 'b', capacity: 3 }],
      scores: [[null], [0.25]],
    });
    expect(Array.from(problem.menteeCapacity)).toEqual([1, 3]);
    expect(Number.isNaN(problem.dense?.[0])).toBe(true);
    expect(problem.dense?.[1]).toBe(0.25);
  });

  it('keeps a large sparse pair list compressed', () => {
    const mentors = Array.from({ length: 3000 }, (_, j) => ({ id: `m${j}`, capacity: 1 }));
    const mentees = Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}` }));
    const pairs = mentees.map(
      (e, i) => [`m${(i * 7) % 3000}`, e.id, i / 10] as [string, string, number],
    );
    const instance = { format: MATCHING_FORMAT, mentors, mentees, pairs };
    const fromBytes = parseInstanceBytes(encoder.encode(JSON.stringify(instance)));
    expect(fromBytes.dense).toBeNull();
    expect(fromBytes.sparse).toEqual(parseInstance(instance).sparse);
  });
});

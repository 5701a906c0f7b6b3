import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MATCHING_FORMAT } from '../src';

const root = resolve(__dirname, '../../../..');
const launcher = join(root, 'tools/matching/match.mjs');
const F = `"format":"${MATCHING_FORMAT}"`;
const ONE = `"mentors":[{"id":"m1","capacity":1}],"mentees":[{"id":"e1"},{"id":"e2"}]`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'match-cli-'));
  // First call may build the bundle (esbuild, once).
  spawnSync(process.execPath, [launcher, '--help'], { cwd: root });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], viaNpm = false) {
  const result = viaNpm
    ? spawnSync('npm', ['run', '-s', 'match', '--', ...args], { cwd: root, encoding: 'utf8' })
    : spawnSync(process.execPath, [launcher, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run match (CLI contract)', () => {
  it('prints the optimal result as JSON and exits 0', () => {
    // m1 takes one of e1 (0.5) and e2 (0.82): e2.
    const path = file(
      'ok.json',
      `{${F},${ONE},"pairs":[["m1","e1",0.5],["m1","e2",0.82]],"scores":null}`,
    );
    const { code, stdout, stderr } = run([path], true);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      assignments: [{ mentor: 'm1', mentee: 'e2', score: 0.82 }],
      unmatchedMentees: ['e1'],
      objective: { matched: 1, totalScore: 0.82 },
      optimal: true,
    });
  });

  it('writes --out instead of stdout', () => {
    const path = file('ok2.json', `{${F},${ONE},"scores":[[0.5],[null]]}`);
    const out = join(dir, 'result.json');
    const { code, stdout } = run([path, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).objective).toEqual({
      matched: 1,
      totalScore: 0.5,
    });
  });

  it('marks the heuristic mode as not optimal', () => {
    const path = file('ok3.json', `{${F},${ONE},"scores":[[0.5],[0.7]]}`);
    expect(JSON.parse(run([path, '--greedy']).stdout).optimal).toBe(false);
  });

  const invalid: [string, string, RegExp][] = [
    ['bad JSON', `{${F},${ONE},"pairs":[}`, /invalid JSON at line 1 column/],
    ['unknown id', `{${F},${ONE},"pairs":[["m1","e7",1]]}`, /unknown mentee id "e7"/],
    [
      'duplicate id',
      `{${F},"mentors":[{"id":"m","capacity":1},{"id":"m","capacity":1}],"mentees":[],"pairs":[]}`,
      /duplicate mentor id "m"/,
    ],
    [
      'negative capacity',
      `{${F},"mentors":[{"id":"m","capacity":-2}],"mentees":[],"pairs":[]}`,
      /capacity must be an integer >= 0/,
    ],
    [
      'non-integer capacity',
      `{${F},"mentors":[{"id":"m","capacity":2.5}],"mentees":[],"pairs":[]}`,
      /capacity must be an integer >= 0/,
    ],
    ['non-finite score', `{${F},${ONE},"pairs":[["m1","e1",1e400]]}`, /finite number/],
    ['pair listed twice', `{${F},${ONE},"pairs":[["m1","e1",1],["m1","e1",2]]}`, /listed twice/],
    [
      'both pairs and scores',
      `{${F},${ONE},"pairs":[],"scores":[[1],[1]]}`,
      /both "pairs" and "scores"/,
    ],
    ['neither', `{${F},${ONE}}`, /neither "pairs" nor "scores"/],
    [
      'wrong matrix shape',
      `{${F},${ONE},"scores":[[1]]}`,
      /"scores" has 1 row but there are 2 mentees/,
    ],
    ['unknown format', `{"format":"other",${ONE},"pairs":[]}`, /unknown format "other"/],
  ];

  it.each(invalid)(
    'rejects %s: non-zero exit, one stderr line, no output',
    (name, content, message) => {
      const path = file(`${name.replace(/\W+/g, '-')}.json`, content);
      const out = join(dir, `${name.replace(/\W+/g, '-')}.out.json`);
      const { code, stdout, stderr } = run([path, '--out', out]);
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
      const direct = run([path]);
      expect(direct.code).not.toBe(0);
      expect(direct.stdout).toBe('');
    },
  );

  it('reports a missing file and usage errors on one line', () => {
    const missing = run([join(dir, 'nope.json')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json: no such file/);
    const usage = run([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

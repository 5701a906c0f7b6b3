/**
 * `npm run bench:matching`: seeded instances (uniform, realistic, contended, tight + contended)
 * at 500 × 200, 2,000 × 800 and 5,000 × 2,000 (mentor capacity 3; BENCH_QUICK=1: the small size
 * only). Each solver runs in its own child process: ours several times (best and median), then
 * the munkres peer once, killed after 120 s. Every answer is verified independently (dual
 * certificate over all pairs) and compared with the peer's when it finishes. Prints a table,
 * updates the matching section of docs/benchmarks.md (full runs) and, as its last line, a JSON
 * summary of the largest size.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { PeerReport, SolveReport, runMunkres, runSolve } from './bench-children';
import { SCENARIOS, Scenario } from './instances';

const PEER_LIMIT_MS = 120_000;
const CAP = 3;
const SEED = 1;
/** The slot matrix of the peer must fit comfortably in memory (Float64 rows). */
const PEER_MEMORY_LIMIT = 6e9;

interface Row {
  n: number;
  m: number;
  scenario: Scenario;
  ours: SolveReport;
  peer: PeerReport | { skipped: string };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const best = (xs: number[]): number => Math.min(...xs);
const fmt = (x: number, digits = 0): string => x.toFixed(digits);

function child(
  runner: string,
  args: string[],
  limitMs: number,
): Promise<{ out: unknown } | { timedOut: true } | { failed: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [runner, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, limitMs);
    proc.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) resolve({ timedOut: true });
      else if (code !== 0) resolve({ failed: stderr.trim().split('\n').pop() ?? `exit ${code}` });
      else resolve({ out: JSON.parse(stdout.trim().split('\n').pop() as string) });
    });
  });
}

function greedyGapPct(r: SolveReport): number {
  return r.totalScore === 0 ? 0 : ((r.totalScore - r.greedyTotal) / Math.abs(r.totalScore)) * 100;
}

function peerCell(peer: Row['peer']): string {
  return 'skipped' in peer ? peer.skipped : fmt(peer.ms);
}

function agrees(row: Row): boolean | null {
  if ('skipped' in row.peer) return null;
  const { matched, totalScore } = row.peer;
  const tolerance = 1e-6 * Math.max(1, Math.abs(row.ours.totalScore));
  return matched === row.ours.matched && Math.abs(totalScore - row.ours.totalScore) <= tolerance;
}

function tableLines(rows: Row[]): string[] {
  const lines = [
    '| size | scenario | pairs | ours best / median ms | munkres ms | speed-up | verified | same as munkres | greedy gap % | peak RSS MB |',
    '| ---- | -------- | ----- | --------------------- | ---------- | -------- | -------- | --------------- | ------------ | ----------- |',
  ];
  for (const row of rows) {
    const times = row.ours.timesMs;
    const peerMs = 'skipped' in row.peer ? null : row.peer.ms;
    const speedUp = peerMs === null ? '—' : `${fmt(peerMs / median(times), 1)}×`;
    const agree = agrees(row);
    const greedy = `${fmt(greedyGapPct(row.ours), 2)}${row.ours.greedyMatched < row.ours.matched ? ` (${row.ours.matched - row.ours.greedyMatched} fewer pairs)` : ''}`;
    lines.push(
      `| ${row.n} × ${row.m} | ${row.scenario} | ${(row.ours.pairs / 1e6).toFixed(2)} M | ${fmt(best(times))} / ${fmt(median(times))} | ${peerCell(row.peer)} | ${speedUp} | ${row.ours.verified ? 'yes' : 'NO'} | ${agree === null ? '—' : agree ? 'yes' : 'NO'} | ${greedy} | ${row.ours.peakRssMb} |`,
    );
  }
  return lines;
}

function machineNote(loadBefore: number[], loadAfter: number[]): string {
  const cpu = cpus();
  return (
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
    `load average ${loadBefore.map((x) => x.toFixed(1)).join('/')} before, ${loadAfter.map((x) => x.toFixed(1)).join('/')} after ` +
    '(other builds may have been running: times are best and median of several runs)'
  );
}

async function updateDocs(
  rows: Row[],
  note: string,
  summary: Record<string, unknown>,
): Promise<void> {
  const path = join(__dirname, '../../../docs/benchmarks.md');
  let doc = readFileSync(path, 'utf8');
  const date = new Date().toISOString().slice(0, 10);
  const largest = rows.filter((r) => r.n === summary['n']);
  const cell = (s: Scenario) => largest.find((r) => r.scenario === s);
  const line =
    `| ${date} | \`npm run bench:matching\` | none (in-memory, seeded) | ${summary['n']} × ${summary['m']} × cap ${CAP}: ` +
    SCENARIOS.map(
      (s) =>
        `${s} ${fmt(median(cell(s)?.ours.timesMs ?? [0]))} ms (munkres ${peerCell(cell(s)?.peer ?? { skipped: '—' })})`,
    ).join(', ') +
    `; all verified optimal: ${summary['optimalAll'] ? 'yes' : 'NO'}; peak ${summary['peakRssMb']} MB |`;
  const tableRow = /^\| [^|]* \| *(`npm run bench:matching`|—) *\|.*$/m;
  doc = tableRow.test(doc) ? doc.replace(tableRow, line) : doc;
  const section = [
    '<!-- bench:matching:start -->',
    '## Matching engine (`npm run bench:matching`)',
    '',
    `Run ${date} on ${note}. Mentor capacity ${CAP}, seed ${SEED}; "ours" is the exact solver of`,
    '`@mentorbridge/matching-solver` (see [matching.md](matching.md)), "munkres" the `munkres` 2.0.4',
    `Hungarian on the mentees × mentor-slots matrix, killed after ${PEER_LIMIT_MS / 1000} s. Verified: the`,
    'dual certificate checked over all pairs by the independent verifier. Greedy gap: score lost by',
    'taking pairs by decreasing score, in % of the optimum.',
    '',
    ...tableLines(rows),
    '<!-- bench:matching:end -->',
  ].join('\n');
  const marked = /<!-- bench:matching:start -->[\s\S]*<!-- bench:matching:end -->/;
  doc = marked.test(doc) ? doc.replace(marked, section) : `${doc.trimEnd()}\n\n${section}\n`;
  // Keep the file as `npm run format:check` wants it.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(doc, { ...options, filepath: path }));
}

export async function main(argv: string[], runner: string): Promise<number> {
  const [mode, scenario, n, m, cap, seed, reps] = argv;
  if (mode === 'child-solve') {
    console.log(JSON.stringify(runSolve(scenario as Scenario, +n, +m, +cap, +seed, +reps)));
    return 0;
  }
  if (mode === 'child-munkres') {
    console.log(JSON.stringify(runMunkres(scenario as Scenario, +n, +m, +cap, +seed)));
    return 0;
  }
  const quick = process.env['BENCH_QUICK'] === '1';
  const sizes: [number, number][] = quick
    ? [[500, 200]]
    : [
        [500, 200],
        [2000, 800],
        [5000, 2000],
      ];
  const loadBefore = loadavg();
  const rows: Row[] = [];
  console.log(tableLines([]).join('\n'));
  for (const [size, mentors] of sizes) {
    for (const s of SCENARIOS) {
      const reps = size >= 5000 ? 5 : 7;
      const args = [s, String(size), String(mentors), String(CAP), String(SEED)];
      const mine = await child(runner, ['child-solve', ...args, String(reps)], 30 * 60_000);
      if (!('out' in mine))
        throw new Error(`our solver failed on ${s} ${size}: ${JSON.stringify(mine)}`);
      const slots = s === 'tight' ? size + Math.ceil(size / 500) : mentors * CAP;
      let peer: Row['peer'];
      if (size * slots * 8 > PEER_MEMORY_LIMIT)
        peer = { skipped: 'skipped (slot matrix too large)' };
      else {
        const theirs = await child(runner, ['child-munkres', ...args], PEER_LIMIT_MS);
        if ('out' in theirs) peer = theirs.out as PeerReport;
        else if ('timedOut' in theirs) peer = { skipped: `> ${PEER_LIMIT_MS / 1000} s (killed)` };
        else peer = { skipped: `failed: ${theirs.failed}` };
      }
      const row: Row = { n: size, m: mentors, scenario: s, ours: mine.out as SolveReport, peer };
      rows.push(row);
      console.log(tableLines([row])[2]);
    }
  }
  const loadAfter = loadavg();
  const [n0, m0] = sizes[sizes.length - 1];
  const largest = rows.filter((r) => r.n === n0);
  const pick = (s: Scenario) => largest.find((r) => r.scenario === s) as Row;
  const peerMs = (s: Scenario) => {
    const peer = pick(s).peer;
    return 'skipped' in peer ? null : Math.round(peer.ms);
  };
  const summary = {
    bench: 'matching',
    n: n0,
    m: m0,
    cap: CAP,
    uniformSolveMs: Math.round(median(pick('uniform').ours.timesMs)),
    uniformSolveBestMs: Math.round(best(pick('uniform').ours.timesMs)),
    munkresUniformMs: peerMs('uniform'),
    realisticSolveMs: Math.round(median(pick('realistic').ours.timesMs)),
    munkresRealisticMs: peerMs('realistic'),
    contendedSolveMs: Math.round(median(pick('contended').ours.timesMs)),
    munkresContendedMs: peerMs('contended'),
    tightSolveMs: Math.round(median(pick('tight').ours.timesMs)),
    munkresTightMs: peerMs('tight'),
    optimalAll: rows.every((r) => r.ours.verified && agrees(r) !== false),
    greedyGapPct: Number(Math.max(...largest.map((r) => greedyGapPct(r.ours))).toFixed(3)),
    peakRssMb: Math.max(...largest.map((r) => r.ours.peakRssMb)),
  };
  const note = machineNote(loadBefore, loadAfter);
  console.log(`\nmachine: ${note}`);
  if (quick) console.log('docs/benchmarks.md not updated (BENCH_QUICK=1)');
  else {
    await updateDocs(rows, note, summary);
    console.log('updated docs/benchmarks.md');
  }
  console.log(JSON.stringify(summary));
  return summary.optimalAll ? 0 : 1;
}

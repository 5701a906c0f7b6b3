/**
 * `npm run bench:matching-app`: a match run of the app, from profiles to proposals, on seeded
 * realistic organisations (see app-profiles.ts) of 500 × 200, 2,000 × 800 and 5,000 × 2,000
 * (mentees × mentors, mentor capacity 3; BENCH_QUICK=1: the small size only; BENCH_SIZES=
 * 5000x2000,…: these sizes).
 *
 * (a) End to end in memory: computeRun (scoring every pair with all rules into the solver's
 *     compressed rows, the exact solve, breakdowns of the chosen pairs and reasons for the
 *     unmatched), timed several times in a child process (best and median; the first, cold run
 *     separately), and once more in a fresh child for the peak resident memory.
 * (b) In the app (BENCH_SKIP_APP=1 skips it): the same people in a throwaway Postgres database,
 *     a match run started and polled through the built API until its draft is there (see
 *     bench-app-db.ts).
 *
 * Prints a table, updates the matching-app section and summary row of docs/benchmarks.md (full
 * runs) and, as its last line, a JSON summary of the largest size.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateOrganisation, MENTOR_CAPACITY } from './app-profiles';
import { EndToEndReport, MemoryReport, runEndToEnd, runMemory } from './bench-app-children';
import { InAppReport, InAppResult, measureInApp } from './bench-app-db';

const SEED = 1;
const IN_APP_REPS = 3;
const TARGET_END_TO_END_MS = 1000;
const TARGET_PEAK_MB = 300;
const TARGET_IN_APP_MS = 10_000;
const ROOT = join(__dirname, '../../..');

interface Row {
  n: number;
  m: number;
  e2e: EndToEndReport;
  memory: MemoryReport;
  app: InAppReport | null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const best = (xs: number[]): number => Math.min(...xs);
const fmt = (x: number, digits = 0): string => x.toFixed(digits);

function child(runner: string, args: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [runner, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    proc.on('close', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} failed (exit ${code}): ${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop() as string));
    });
  });
}

/** Median phase times of the warm runs. */
function phases(e2e: EndToEndReport): string {
  const warm = e2e.phases.slice(1);
  const pick = (key: 'scoringMs' | 'solveMs' | 'explainMs') => fmt(median(warm.map((p) => p[key])));
  return `${pick('scoringMs')} / ${pick('solveMs')} / ${pick('explainMs')}`;
}

function appCells(app: InAppReport | null): [string, string, string] {
  if (!app) return ['—', '—', '—'];
  const times = app.runs.map((r) => r.ms);
  const server = app.runs.map((r) => r.serverMs ?? NaN);
  const updates = Math.max(...app.runs.map((r) => r.progress.length));
  return [
    `${fmt(best(times))} / ${fmt(median(times))}`,
    fmt(median(server)),
    `${updates} (${app.runs[app.runs.length - 1].progress.join(' → ')})`,
  ];
}

function tableLines(rows: Row[]): string[] {
  const lines = [
    '| size | pairs (allowed) | matched | end to end best / median ms | cold ms | scoring / solve / explain ms | peak RSS MB | in-app best / median ms | in-app server ms | progress states seen (last run) |',
    '| ---- | --------------- | ------- | --------------------------- | ------- | ----------------------------- | ----------- | ----------------------- | ---------------- | ------------------------------- |',
  ];
  for (const { n, m, e2e, memory, app } of rows) {
    const [appTimes, serverMs, progress] = appCells(app);
    lines.push(
      `| ${n} × ${m} | ${(e2e.pairs / 1e6).toFixed(2)} M (${(e2e.allowedPairs / 1e6).toFixed(2)} M) | ${e2e.matched} | ${fmt(best(e2e.timesMs))} / ${fmt(median(e2e.timesMs))} | ${fmt(e2e.coldMs)} | ${phases(e2e)} | ${memory.peakRssMb} | ${appTimes} | ${serverMs} | ${progress} |`,
    );
  }
  return lines;
}

function machineNote(loadBefore: number[], loadAfter: number[]): string {
  const cpu = cpus();
  return (
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
    `load average ${loadBefore.map((x) => x.toFixed(1)).join('/')} before, ${loadAfter.map((x) => x.toFixed(1)).join('/')} after`
  );
}

async function updateDocs(
  rows: Row[],
  note: string,
  app: InAppResult | null,
  summary: Record<string, unknown>,
): Promise<void> {
  const path = join(ROOT, 'docs/benchmarks.md');
  let doc = readFileSync(path, 'utf8');
  const date = new Date().toISOString().slice(0, 10);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const line =
    `| ${date} | \`npm run bench:matching-app\` | ${app ? `${app.database.split(' (')[0]}, throwaway \`mb_bench_matching\`` : 'none (in-memory only)'} | ` +
    `${summary['n']} × ${summary['m']} × cap ${MENTOR_CAPACITY}, realistic profiles: end to end (scoring + solve + explanation) median ${summary['endToEndMs']} ms, best ${summary['endToEndBestMs']} ms, cold ${summary['coldMs']} ms (target ≤ ${TARGET_END_TO_END_MS}: ${verdict(Number(summary['endToEndMs']) <= TARGET_END_TO_END_MS)}); ` +
    `peak ${summary['peakRssMb']} MB (≤ ${TARGET_PEAK_MB}: ${verdict(Number(summary['peakRssMb']) <= TARGET_PEAK_MB)}); ` +
    (app
      ? `in-app Postgres → stored proposals median ${summary['inAppMs']} ms (≤ ${TARGET_IN_APP_MS / 1000} s: ${verdict(Number(summary['inAppMs']) <= TARGET_IN_APP_MS)}), progress shown |`
      : 'in-app not measured |');
  const tableRow = /^\| [^|]* \| *`npm run bench:matching-app` *\|.*$/m;
  if (tableRow.test(doc)) doc = doc.replace(tableRow, line);
  else {
    // After the last row of the summary table (the first table of the file).
    const lines = doc.split('\n');
    const first = lines.findIndex((l) => l.startsWith('| date'));
    let end = first;
    while (end + 1 < lines.length && lines[end + 1].startsWith('|')) end++;
    lines.splice(end + 1, 0, line);
    doc = lines.join('\n');
  }
  const section = [
    '<!-- bench:matching-app:start -->',
    '## Match run from profiles (`npm run bench:matching-app`)',
    '',
    `Run ${date} on ${note}. Seed ${SEED}; seeded organisations (tools/matching/app-profiles.ts):`,
    'departments with their own skills plus common ones (Zipf-like popularity), seniority 1–5 and',
    'reporting lines, offices with time zones and local languages (some people share no language',
    'with most others), 2–5 weekly slots, meeting modes, goals written with skill words, no-go',
    `topics for 15 % of mentors, mentor capacity ${MENTOR_CAPACITY}, a few bans and pins. Default matching`,
    'settings (shared language required).',
    '',
    '- End to end: `computeRun` in memory — scoring every pair with all hard rules (fast scorer,',
    '  numbers only, straight into the solver’s compressed rows), the exact solve, breakdowns',
    '  (`scorePair`) of the chosen pairs and reasons for the unmatched; best and median of the',
    '  warm runs in one child process, "cold" its first run (as in the API’s fresh worker thread);',
    '  phases are medians of the warm runs. Peak RSS: a fresh child that generates the profiles and',
    '  runs once.',
    app
      ? `- In-app: the same people in ${app.database} → a throwaway \`mb_bench_matching\` database, the built API (\`node dist/apps/api/main.js serve\`; runs compute in its worker thread); from \`POST /api/cohorts/:id/match-runs\` until the draft is loaded by \`GET /api/match-runs/:id\`, with the cohort's run list (what the cohort page polls for the progress bar) asked every 200 ms meanwhile; ${IN_APP_REPS} runs, best / median. "Server ms" is the run's stored duration (from the start of its transaction, reading the profiles included, to the proposals stored). API peak RSS ${app.serverPeakRssMb ?? '—'} MB.`
      : '- In-app: not measured in this run (BENCH_SKIP_APP=1).',
    `- Targets (issue 5): end to end at 5,000 × 2,000 ≤ ${TARGET_END_TO_END_MS} ms and ≤ ${TARGET_PEAK_MB} MB; in-app ≤ ${TARGET_IN_APP_MS / 1000} s with progress shown.`,
    '',
    ...tableLines(rows),
    '<!-- bench:matching-app:end -->',
  ].join('\n');
  const marked = /<!-- bench:matching-app:start -->[\s\S]*<!-- bench:matching-app:end -->/;
  doc = marked.test(doc) ? doc.replace(marked, section) : `${doc.trimEnd()}\n\n${section}\n`;
  // Keep the file as `npm run format:check` wants it.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(doc, { ...options, filepath: path }));
}

export async function main(argv: string[], runner: string): Promise<number> {
  const [mode, n, m, seed, reps] = argv;
  if (mode === 'child-e2e') {
    console.log(JSON.stringify(runEndToEnd(+n, +m, +seed, +reps)));
    return 0;
  }
  if (mode === 'child-memory') {
    console.log(JSON.stringify(runMemory(+n, +m, +seed)));
    return 0;
  }
  const quick = process.env['BENCH_QUICK'] === '1';
  const skipApp = process.env['BENCH_SKIP_APP'] === '1';
  // BENCH_SIZES=5000x2000,… picks sizes (docs/benchmarks.md is then left alone).
  const only = process.env['BENCH_SIZES'];
  const sizes: [number, number][] = only
    ? only.split(',').map((s) => s.split('x').map(Number) as [number, number])
    : quick
      ? [[500, 200]]
      : [
          [500, 200],
          [2000, 800],
          [5000, 2000],
        ];
  const loadBefore = loadavg();
  const rows: Row[] = [];
  console.log('end to end (in memory):');
  for (const [size, mentors] of sizes) {
    const args = [String(size), String(mentors), String(SEED)];
    const e2e = (await child(runner, ['child-e2e', ...args, '7'])) as EndToEndReport;
    const memory = (await child(runner, ['child-memory', ...args])) as MemoryReport;
    rows.push({ n: size, m: mentors, e2e, memory, app: null });
    console.log(
      `  ${size} × ${mentors}: best ${fmt(best(e2e.timesMs))} ms, median ${fmt(median(e2e.timesMs))} ms, cold ${fmt(e2e.coldMs)} ms (scoring / solve / explain ${phases(e2e)}); peak ${memory.peakRssMb} MB`,
    );
  }
  let app: InAppResult | null = null;
  if (!skipApp) {
    console.log('in-app (Postgres + API):');
    app = await measureInApp(
      ROOT,
      sizes.map(([size, mentors]) => ({
        n: size,
        m: mentors,
        org: generateOrganisation(size, mentors, SEED),
      })),
      IN_APP_REPS,
      (line) => console.log(`  ${line}`),
    );
    for (const report of app.reports) {
      const row = rows.find((r) => r.n === report.n && r.m === report.m);
      if (row) row.app = report;
    }
  }
  const loadAfter = loadavg();
  console.log(`\n${tableLines(rows).join('\n')}`);
  const largest = rows[rows.length - 1];
  const appLargest = largest.app;
  const summary = {
    bench: 'matching-app',
    n: largest.n,
    m: largest.m,
    cap: MENTOR_CAPACITY,
    endToEndMs: Math.round(median(largest.e2e.timesMs)),
    endToEndBestMs: Math.round(best(largest.e2e.timesMs)),
    coldMs: Math.round(largest.e2e.coldMs),
    inAppMs: appLargest ? Math.round(median(appLargest.runs.map((r) => r.ms))) : null,
    inAppServerMs: appLargest
      ? Math.round(median(appLargest.runs.map((r) => r.serverMs ?? NaN)))
      : null,
    peakRssMb: largest.memory.peakRssMb,
    apiPeakRssMb: app?.serverPeakRssMb ?? null,
    matched: largest.e2e.matched,
    optimal: largest.e2e.optimal,
  };
  const note = machineNote(loadBefore, loadAfter);
  console.log(`\nmachine: ${note}`);
  if (quick || only) console.log('docs/benchmarks.md not updated (BENCH_QUICK / BENCH_SIZES)');
  else {
    await updateDocs(rows, note, app, summary);
    console.log('updated docs/benchmarks.md');
  }
  console.log(JSON.stringify(summary));
  return 0;
}

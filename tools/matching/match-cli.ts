/**
 * `npm run match -- <instance.json> [--out <result.json>] [--greedy]`
 *
 * Reads a `mentorbridge.matching/v1` instance (streamed in chunks into typed arrays), solves it
 * exactly (most pairs, then highest total score), checks the answer with the independent dual
 * verifier and prints the result JSON (or writes it to --out, atomically). Invalid input: exit 1
 * with one line on stderr and no output at all. Usage errors: exit 2.
 */
import { closeSync, openSync, readSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  MatchingInputError,
  parseInstanceBytes,
  solveMatching,
  toContractJson,
  verifyOptimal,
} from '@mentorbridge/matching-solver';

const USAGE = 'usage: npm run match -- <instance.json> [--out <result.json>] [--greedy]';

interface Args {
  input: string;
  out: string | null;
  greedy: boolean;
}

function parseArgs(argv: string[]): Args | string {
  let input: string | null = null;
  let out: string | null = null;
  let greedy = false;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--out' || arg === '-o') {
      if (k + 1 >= argv.length) return '--out needs a file name';
      out = argv[++k];
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--greedy') greedy = true;
    else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (input === null) input = arg;
    else return `unexpected argument ${arg} (one instance file at a time)`;
  }
  if (input === null) return 'missing the instance file';
  // `npm run` starts scripts in the package root; paths are meant relative to where npm was called.
  const base = process.env['INIT_CWD'] ?? process.cwd();
  return {
    input: input === '-' ? input : resolve(base, input),
    out: out === null ? null : resolve(base, out),
    greedy,
  };
}

function fail(message: string, code: number): number {
  process.stderr.write(`error: ${message.replace(/\s+/g, ' ').trim()}\n`);
  return code;
}

function readInstance(path: string) {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  try {
    return parseInstanceBytes((target) => readSync(fd, target, 0, target.length, null));
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

export function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') return fail(args === USAGE ? USAGE : `${args}. ${USAGE}`, 2);
  let problem;
  try {
    problem = readInstance(args.input);
  } catch (e) {
    if (e instanceof MatchingInputError) return fail(`${args.input}: ${e.message}`, 1);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(`cannot read ${args.input}: no such file`, 1);
    if (code === 'EISDIR') return fail(`cannot read ${args.input}: it is a directory`, 1);
    if (code) return fail(`cannot read ${args.input}: ${code}`, 1);
    throw e;
  }
  const result = solveMatching(problem, { mode: args.greedy ? 'greedy' : 'exact' });
  if (result.optimal) {
    const check = verifyOptimal(problem, result);
    if (!check.optimal) {
      result.optimal = false;
      process.stderr.write(
        `warning: the optimality check failed: ${check.problems[0] ?? 'unknown'}\n`,
      );
    }
  }
  const json = toContractJson(result) + '\n';
  if (args.out === null) {
    process.stdout.write(json);
    return 0;
  }
  const temporary = `${args.out}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, json);
    renameSync(temporary, args.out);
  } catch (e) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    return fail(`cannot write ${args.out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 1);
  }
  return 0;
}

#!/usr/bin/env node
// `npm run bench:matching-app` (BENCH_QUICK=1: small size only; BENCH_SKIP_APP=1: without the
// database and API). See tools/matching/bench-app.ts; the measured runs are child processes of
// this same launcher. The bundle is rebuilt on every run (it includes the API's matching
// library, which bundle.mjs does not watch); children reuse it.
import { createRequire } from 'node:module';
import { mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './bundle.mjs';

const bundle = join(root, 'dist/tools/matching/bench-app.cjs');
const child = (process.argv[2] ?? '').startsWith('child-');
if (!child) {
  const { buildSync } = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [join(root, 'tools/matching/bench-app.ts')],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.base.json'),
    external: ['pg', 'pg-native', 'prettier'],
    logLevel: 'error',
  });
  renameSync(temporary, bundle);
}
const { main } = createRequire(import.meta.url)(bundle);
process.exitCode = await main(process.argv.slice(2), fileURLToPath(import.meta.url));

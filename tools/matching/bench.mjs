#!/usr/bin/env node
// `npm run bench:matching` (BENCH_QUICK=1: small size only). See tools/matching/bench.ts; the
// measured runs are child processes of this same launcher.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureBundle } from './bundle.mjs';

const bundle = await ensureBundle('bench', { external: ['munkres', 'prettier'] });
const { main } = createRequire(import.meta.url)(bundle);
process.exitCode = await main(process.argv.slice(2), fileURLToPath(import.meta.url));

#!/usr/bin/env node
// `npm run match`: runs the bundled CLI (tools/matching/match-cli.ts + the solver library),
// rebuilt by esbuild only when a source is newer than the cached bundle, so calls start fast.
import { createRequire } from 'node:module';
import { ensureBundle } from './bundle.mjs';

const bundle = await ensureBundle('match-cli');
const { main } = createRequire(import.meta.url)(bundle);
process.exitCode = main(process.argv.slice(2));

// Builds a TypeScript entry (with the matching-solver library, via the tsconfig paths) into a
// cached CommonJS bundle under dist/tools/matching, only when a source is newer than the bundle.
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return path.endsWith('.spec.ts') ? 0 : stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** Returns the bundle path for `tools/matching/<name>.ts`, rebuilding it when stale. */
export async function ensureBundle(name, { external = [] } = {}) {
  const entry = join(root, 'tools/matching', `${name}.ts`);
  const bundle = join(root, 'dist/tools/matching', `${name}.cjs`);
  const sources = [
    join(root, 'tools/matching'),
    join(root, 'libs/shared/matching-solver/src'),
    join(root, 'tsconfig.base.json'),
  ];
  if (mtime(bundle) >= Math.max(...sources.map(newest))) return bundle;
  const { buildSync } = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.base.json'),
    external,
    logLevel: 'error',
  });
  renameSync(temporary, bundle);
  return bundle;
}

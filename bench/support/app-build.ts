import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..', '..');
const OUT_DIR = resolve(REPO_ROOT, '.bench', 'app-build');

/**
 * Compiles the app with the e2e bench's server (bench/tsconfig.app-build.json, incremental) into
 * .bench/app-build, with the files the app reads at run time beside it, as `nest build` lays out
 * dist/: so the bench measures the JavaScript that ships, not the app under ts-node, whose compiler
 * stays in the heap (about 27 MB more for every major GC to mark). Returns the server's entry.
 */
export function buildBenchApp(): string {
  console.error('compiling the app for the bench (tsc, incremental)');
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'bench/tsconfig.app-build.json'],
    {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    },
  );
  for (const language of ['es', 'en'])
    cpSync(
      resolve(REPO_ROOT, 'src', 'nlp', 'corpus', `${language}.json`),
      resolve(OUT_DIR, 'src', 'nlp', 'corpus', `${language}.json`),
    );
  cpSync(resolve(REPO_ROOT, 'data'), resolve(OUT_DIR, 'data'), { recursive: true });
  return resolve(OUT_DIR, 'bench', 'servers', 'e2e-app.server.js');
}

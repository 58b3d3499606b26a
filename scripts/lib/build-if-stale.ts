import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './studio-paths';

const SOURCE_DIRS = ['app', 'components', 'server', 'lib', 'types'];
const SOURCE_FILES = ['next.config.ts', 'package-lock.json', 'instrumentation.ts', 'tsconfig.json'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Runs `next build` when there is no build or a source file is newer than it. */
export function buildIfStale(force: boolean): void {
  const buildId = path.join(REPO_ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID');
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const sourcesAt = Math.max(
    ...[...SOURCE_DIRS, ...SOURCE_FILES].map((entry) => newestMtime(path.join(REPO_ROOT, entry))),
  );
  if (!force && builtAt > sourcesAt) return;
  console.log('Building the studio (next build)…');
  const nextBin = path.join(REPO_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`);
}

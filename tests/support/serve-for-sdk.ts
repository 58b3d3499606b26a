/**
 * Serves a real studio for the geostudio SDK tests (tests/sdk): embedded PostgreSQL in a
 * temporary folder, the built app (`next build` first) on a free port, one user with an API key,
 * a dataset and two tunes. When ready it prints ONE JSON line on stdout:
 *   {"url", "api_key", "database_url", "dataset_id", "template_id", "base_model_id", "tune_ids", …}
 * and stays up until its stdin closes or it receives SIGTERM/SIGINT; then it stops the server and
 * the database and removes the temporary folder.
 *
 *   node --import tsx tests/support/serve-for-sdk.ts
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  type DisposableStudio,
  startDisposableStudio,
} from '../../scripts/lib/start-disposable-studio';
import { REPO_ROOT } from '../../scripts/lib/studio-paths';

const running: { studio?: DisposableStudio } = {};
let starting: Promise<void> = Promise.resolve();
let stopping: Promise<void> | undefined;

/** Stops whatever was started, once, in reverse order; the temporary folder goes last. */
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    // A stop request during start-up waits for it, so no half-started child is left behind.
    await starting.catch(() => undefined);
    await running.studio?.stop();
  })();
  return stopping;
}

function stopAndExit(code: number): void {
  stopAll().then(
    () => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`serve-for-sdk: stopping failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
}

async function serve(): Promise<void> {
  const buildId = path.join(REPO_ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID');
  if (!existsSync(buildId)) {
    throw new Error('the studio is not built: run `npx next build` first');
  }

  running.studio = await startDisposableStudio({ label: 'sdk' });

  // Imported after prepareDatabase has set DATABASE_URL for the server modules.
  const { arrangeSdkFixtureData } = await import('./sdk-fixture-data');
  const data = await arrangeSdkFixtureData();
  const { url, databaseUrl } = running.studio;
  process.stdout.write(`${JSON.stringify({ url, database_url: databaseUrl, ...data })}\n`);
}

process.once('SIGTERM', () => stopAndExit(0));
process.once('SIGINT', () => stopAndExit(0));
// The test process holds our stdin; when it ends (or dies), the studio goes with it.
process.stdin.once('end', () => stopAndExit(0));
process.stdin.once('close', () => stopAndExit(0));
process.stdin.resume();

starting = serve();
starting.catch((error: unknown) => {
  process.stderr.write(`serve-for-sdk: ${error instanceof Error ? error.message : error}\n`);
  stopAndExit(1);
});

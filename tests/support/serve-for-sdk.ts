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
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PreparedDatabase, prepareDatabase } from '../../scripts/lib/prepare-database';
import { type NextServer, startNextServer } from '../../scripts/lib/start-next-server';
import { REPO_ROOT } from '../../scripts/lib/studio-paths';
import { freePort } from '../../server/db/embedded-postgres';

interface Running {
  dataDir: string;
  database?: PreparedDatabase;
  server?: NextServer;
}

const running: Running = { dataDir: '' };
let starting: Promise<void> = Promise.resolve();
let stopping: Promise<void> | undefined;

/** Stops whatever was started, once, in reverse order; the temporary folder goes last. */
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    // A stop request during start-up waits for it, so no half-started child is left behind.
    await starting.catch(() => undefined);
    await running.server?.stop();
    await running.database?.stop();
    if (running.dataDir) rmSync(running.dataDir, { recursive: true, force: true });
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

  running.dataDir = mkdtempSync(path.join(os.tmpdir(), 'studio-sdk-'));
  // As root, PostgreSQL runs as a separate system user that must be able to enter the folder.
  chmodSync(running.dataDir, 0o755);
  running.database = await prepareDatabase(path.join(running.dataDir, 'postgres'), undefined);

  const port = await freePort();
  running.server = await startNextServer({
    port,
    host: '127.0.0.1',
    // Server logs go to stderr only when asked: stdout carries the one JSON line.
    logStream: process.env.STUDIO_TEST_SERVER_LOGS ? 'inherit' : 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: running.database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      STUDIO_LOG_LEVEL: 'warn',
    },
  });

  // Imported after prepareDatabase has set DATABASE_URL for the server modules.
  const { arrangeSdkFixtureData } = await import('./sdk-fixture-data');
  const data = await arrangeSdkFixtureData();
  process.stdout.write(
    `${JSON.stringify({ url: running.server.url, database_url: running.database.url, ...data })}\n`,
  );
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

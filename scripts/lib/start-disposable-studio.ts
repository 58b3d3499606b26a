import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../server/db/embedded-postgres';
import { prepareDatabase } from './prepare-database';
import { startNextServer } from './start-next-server';

/** A throw-away studio for tests and benchmarks: its URL, database and how to remove it all. */
export interface DisposableStudio {
  url: string;
  port: number;
  databaseUrl: string;
  nextauthSecret: string;
  stop: () => Promise<void>;
}

/**
 * Starts the built app on a migrated, seeded embedded PostgreSQL in a temporary folder. A start
 * that fails half-way removes what it had started; `stop` removes the rest, folder included.
 */
export async function startDisposableStudio(options: {
  label: string;
  port?: number;
  env?: Record<string, string>;
}): Promise<DisposableStudio> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `studio-${options.label}-`));
  // As root, PostgreSQL runs as a separate system user that must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const removeFolder = () => rmSync(dataDir, { recursive: true, force: true });
  const database = await prepareDatabase(path.join(dataDir, 'postgres'), undefined).catch(
    (error: unknown) => {
      removeFolder();
      throw error;
    },
  );
  const port = options.port ?? (await freePort());
  const nextauthSecret = randomBytes(32).toString('base64url');
  const server = await startNextServer({
    port,
    host: '127.0.0.1',
    logStream: process.env.STUDIO_TEST_SERVER_LOGS ? 'inherit' : 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: nextauthSecret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      STUDIO_LOG_LEVEL: 'warn',
      ...options.env,
    },
  }).catch(async (error: unknown) => {
    await database.stop();
    removeFolder();
    throw error;
  });
  return {
    url: server.url,
    port,
    databaseUrl: database.url,
    nextauthSecret,
    stop: async () => {
      await server.stop();
      await database.stop();
      removeFolder();
    },
  };
}

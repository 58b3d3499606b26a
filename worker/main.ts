/**
 * The worker process: runs the studio's durable workflows with DBOS on the studio's PostgreSQL.
 * Several workers may share one database; DBOS recovers the workflows of a worker that died.
 * Workflows register in worker/workflows/ as their capabilities land (dataset onboarding, the
 * tune lifecycle, try-out inference); until then the worker only keeps DBOS's tables ready.
 */
import { DBOS } from '@dbos-inc/dbos-sdk';
import { env } from '../server/env';
import { logger } from '../server/logger';
import { dbosConfig } from './dbos-config';

async function main(): Promise<void> {
  const config = env();
  if (!config.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set: the worker runs on the studio database.');
  }
  const log = logger.child({ component: 'worker', pid: process.pid });
  DBOS.setConfig(
    dbosConfig(config.DATABASE_URL, config.STUDIO_LOG_LEVEL === 'debug' ? 'debug' : 'warn'),
  );
  await DBOS.launch();
  log.info('worker ready');
  // The launcher waits for this message, whatever the log level hides.
  process.send?.({ type: 'ready' });

  let isStopping = false;
  const stop = async (reason: string) => {
    if (isStopping) return;
    isStopping = true;
    log.info({ reason }, 'worker stopping');
    // The database may already be going away (Ctrl+C reaches every process of the terminal);
    // DBOS recovers unfinished workflows at the next start, so a bounded wait is enough.
    const deadline = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
    await Promise.race([DBOS.shutdown().catch(() => undefined), deadline]);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  // Started by the launcher with an IPC channel: when the launcher dies, the worker follows.
  if (process.send) process.once('disconnect', () => void stop('launcher gone'));
}

main().catch((error: unknown) => {
  logger.error({ err: error }, 'worker failed to start');
  process.exit(1);
});

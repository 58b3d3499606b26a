/**
 * Validates the configuration when the server starts. Next.js keeps a server up after a failed
 * instrumentation hook, so a bad configuration ends the process here, naming the variable.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logger } = await import('./server/logger');
  try {
    const { env } = await import('./server/env');
    const config = env();
    if (!config.DATABASE_URL) {
      throw new Error(
        'DATABASE_URL is not set: start the studio with `./studio up` (embedded PostgreSQL) ' +
          'or point DATABASE_URL at a PostgreSQL database.',
      );
    }
    if (!config.NEXTAUTH_SECRET) {
      throw new Error(
        'NEXTAUTH_SECRET is not set: `./studio up` makes one; in production set 32+ characters.',
      );
    }
  } catch (error) {
    logger.fatal({ err: error }, (error as Error).message);
    logger.flush();
    process.exit(1);
  }
}

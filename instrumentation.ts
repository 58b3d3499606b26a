/** Validates the configuration when the server starts, so a bad variable stops it at once. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
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
}

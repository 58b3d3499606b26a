import { mkdirSync } from 'node:fs';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../server/db/embedded-postgres';

/** A database ready for the studio: its URL and how to stop it (a no-op for external ones). */
export interface PreparedDatabase {
  url: string;
  isEmbedded: boolean;
  stop: () => Promise<void>;
}

/**
 * Uses DATABASE_URL when given, else starts the embedded PostgreSQL in `postgresDir`; then
 * applies migrations and seeds the catalogue through the same modules the server uses.
 */
export async function prepareDatabase(
  postgresDir: string,
  databaseUrl: string | undefined,
): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  if (!databaseUrl) {
    mkdirSync(postgresDir, { recursive: true });
    embedded = await startEmbeddedPostgres(postgresDir);
  }
  const url = databaseUrl ?? embedded?.url ?? '';
  process.env.DATABASE_URL = url;
  const { migrateDatabase } = await import('../../server/db/migrate');
  const { seedCatalogue } = await import('../../server/seed/seed-catalogue');
  await migrateDatabase();
  await seedCatalogue();
  return {
    url,
    isEmbedded: Boolean(embedded),
    stop: async () => {
      const { pool } = await import('../../server/db/client');
      await pool().end();
      await embedded?.stop();
    },
  };
}

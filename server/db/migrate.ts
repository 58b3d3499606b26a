import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { db } from './client';

/** Folder of the drizzle-kit migrations checked into the repository. */
export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'server', 'db', 'migrations');

/** Applies every pending migration; safe to run on every start. */
export async function migrateDatabase(): Promise<void> {
  await migrate(db(), { migrationsFolder: MIGRATIONS_FOLDER });
}

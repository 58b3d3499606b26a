import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { env } from '../env';
import { logger } from '../logger';
import * as schema from './schema';

/** The Drizzle database handle with the studio's schema. */
export type Database = NodePgDatabase<typeof schema>;

const holder = globalThis as unknown as { studioPool?: Pool; studioDb?: Database };

/** The process-wide connection pool; DATABASE_URL must be set (the launcher sets it). */
export function pool(): Pool {
  if (holder.studioPool) return holder.studioPool;
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set: start the studio with `./studio up` (embedded PostgreSQL) ' +
        'or point DATABASE_URL at a PostgreSQL database.',
    );
  }
  const created = new Pool({ connectionString: url, max: 10 });
  // An idle connection that the server drops emits 'error' on the pool; unhandled, it would end
  // the process. The pool replaces the connection, so logging is enough.
  created.on('error', (error) => logger.warn({ err: error }, 'idle database connection lost'));
  holder.studioPool = created;
  return holder.studioPool;
}

/** The process-wide Drizzle handle. */
export function db(): Database {
  holder.studioDb ??= drizzle(pool(), { schema });
  return holder.studioDb;
}

import { bigint, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Live (not deleted) tunes per owner and status, kept by a trigger on `tunes`, so list totals are
 * a few-row read instead of counting every tune of a busy user.
 */
export const tuneCounts = pgTable(
  'tune_counts',
  {
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    liveCount: bigint('live_count', { mode: 'number' }).notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.ownerId, table.status] })],
);

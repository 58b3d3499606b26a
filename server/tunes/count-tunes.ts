import { and, count, eq, sum } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { type TuneStatus, tuneCounts, tunes } from '../db/schema';
import { ownTunes } from './tune-query';

/**
 * Counts the caller's live tunes. Without a name filter the trigger-kept `tune_counts` answer in
 * a few rows; a name filter has to count the matching tunes themselves.
 */
export async function countTunes(
  user: SessionUser,
  filters: { status?: TuneStatus; nameWhere?: ReturnType<typeof and> },
): Promise<number> {
  if (filters.nameWhere) {
    const rows = await db()
      .select({ total: count() })
      .from(tunes)
      .where(
        and(
          ownTunes(user),
          filters.nameWhere,
          filters.status ? eq(tunes.status, filters.status) : undefined,
        ),
      );
    return rows[0]?.total ?? 0;
  }
  const rows = await db()
    .select({ total: sum(tuneCounts.liveCount).mapWith(Number) })
    .from(tuneCounts)
    .where(
      and(
        eq(tuneCounts.ownerId, user.id),
        filters.status ? eq(tuneCounts.status, filters.status) : undefined,
      ),
    );
  return rows[0]?.total ?? 0;
}

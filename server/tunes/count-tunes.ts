import { and, count, eq, ilike, sql, sum } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { type TuneStatus, tuneCounts, tunes } from '../db/schema';
import { ownTunes } from './tune-query';

/** The trigger-kept counters answer totals without a name filter in a few rows. */
function counterStatement(hasStatus: boolean) {
  return db()
    .select({ total: sum(tuneCounts.liveCount).mapWith(Number) })
    .from(tuneCounts)
    .where(
      and(
        eq(tuneCounts.ownerId, sql.placeholder('ownerId')),
        hasStatus ? eq(tuneCounts.status, sql.placeholder('status')) : undefined,
      ),
    )
    .prepare(`count_tunes_${Number(hasStatus)}`);
}

const counterStatements = new Map<boolean, ReturnType<typeof counterStatement>>();

/**
 * Counts the caller's live tunes. Without a name filter the trigger-kept `tune_counts` answer in
 * a few rows; a name filter has to count the matching tunes themselves.
 */
export async function countTunes(
  user: SessionUser,
  filters: { status?: TuneStatus; namePattern?: string },
): Promise<number> {
  if (filters.namePattern) {
    const rows = await db()
      .select({ total: count() })
      .from(tunes)
      .where(
        and(
          ownTunes(user),
          ilike(tunes.name, filters.namePattern),
          filters.status ? eq(tunes.status, filters.status) : undefined,
        ),
      );
    return rows[0]?.total ?? 0;
  }
  const hasStatus = Boolean(filters.status);
  const statement = counterStatements.get(hasStatus) ?? counterStatement(hasStatus);
  counterStatements.set(hasStatus, statement);
  const rows = await statement.execute({ ownerId: user.id, status: filters.status });
  return rows[0]?.total ?? 0;
}

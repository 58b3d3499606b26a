import { and, count, desc, eq, ilike } from 'drizzle-orm';
import { z } from 'zod';
import type { SessionUser } from '../auth/user';
import { escapeLike } from '../base-models/list-base-models';
import { db } from '../db/client';
import { TUNE_STATUSES, tunes } from '../db/schema';
import { PageQuerySchema } from '../http/common-schemas';
import { ownTunes, selectTunesWithNames } from './tune-query';
import { toTuneSummary } from './tune-view';

/** Filters of the tune list. */
export const ListTunesQuerySchema = PageQuerySchema.extend({
  name: z.string().max(200).optional(),
  status: z.enum(TUNE_STATUSES).optional(),
});

/** Lists the caller's tunes, newest first, with the total for the same filters. */
export async function listTunes(user: SessionUser, query: z.infer<typeof ListTunesQuerySchema>) {
  const where = and(
    ownTunes(user),
    query.name ? ilike(tunes.name, `%${escapeLike(query.name)}%`) : undefined,
    query.status ? eq(tunes.status, query.status) : undefined,
  );
  const [rows, totals] = await Promise.all([
    selectTunesWithNames()
      .where(where)
      .orderBy(desc(tunes.createdAt), desc(tunes.id))
      .limit(query.limit)
      .offset(query.skip),
    db().select({ total: count() }).from(tunes).where(where),
  ]);
  return { results: rows.map(toTuneSummary), total: totals[0]?.total ?? 0 };
}

import { and, desc, eq, ilike, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { SessionUser } from '../auth/user';
import { escapeLike } from '../base-models/list-base-models';
import { db } from '../db/client';
import { TUNE_STATUSES, tunes } from '../db/schema';
import { PageQuerySchema } from '../http/common-schemas';
import { countTunes } from './count-tunes';
import { selectTuneSummaries } from './tune-query';
import { toTuneSummary } from './tune-view';

/** Filters of the tune list. */
export const ListTunesQuerySchema = PageQuerySchema.extend({
  name: z.string().max(200).optional(),
  status: z.enum(TUNE_STATUSES).optional(),
});

/**
 * The page statement for one combination of filters. The page is cut from `tunes` alone before
 * the joins, so PostgreSQL walks the (owner, created_at) index for one page of rows instead of
 * joining and sorting every tune of the user. Values are placeholders: each shape is prepared
 * once per connection.
 */
function pageStatement(hasName: boolean, hasStatus: boolean) {
  const pageIds = db()
    .select({ id: tunes.id })
    .from(tunes)
    .where(
      and(
        eq(tunes.ownerId, sql.placeholder('ownerId')),
        isNull(tunes.deletedAt),
        hasName ? ilike(tunes.name, sql.placeholder('namePattern')) : undefined,
        hasStatus ? eq(tunes.status, sql.placeholder('status')) : undefined,
      ),
    )
    .orderBy(desc(tunes.createdAt), desc(tunes.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('skip'));
  return selectTuneSummaries()
    .where(inArray(tunes.id, pageIds))
    .orderBy(desc(tunes.createdAt), desc(tunes.id))
    .prepare(`list_tunes_page_${Number(hasName)}${Number(hasStatus)}`);
}

const pageStatements = new Map<string, ReturnType<typeof pageStatement>>();

/** Lists the caller's tunes, newest first, with the total for the same filters. */
export async function listTunes(user: SessionUser, query: z.infer<typeof ListTunesQuerySchema>) {
  const hasName = Boolean(query.name);
  const hasStatus = Boolean(query.status);
  const shape = `${hasName}:${hasStatus}`;
  const statement = pageStatements.get(shape) ?? pageStatement(hasName, hasStatus);
  pageStatements.set(shape, statement);
  const namePattern = query.name ? `%${escapeLike(query.name)}%` : undefined;
  const [rows, total] = await Promise.all([
    statement.execute({
      ownerId: user.id,
      namePattern,
      status: query.status,
      limit: query.limit,
      skip: query.skip,
    }),
    countTunes(user, { status: query.status, namePattern }),
  ]);
  return {
    results: rows.map((row) => toTuneSummary({ ...row, ownerEmail: user.email })),
    total,
  };
}

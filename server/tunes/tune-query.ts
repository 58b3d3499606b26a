import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { baseModels, tunes, tuneTemplates, users } from '../db/schema';

/** Tunes a user may see: their own, not deleted. */
export function ownTunes(user: SessionUser): SQL {
  return and(eq(tunes.ownerId, user.id), isNull(tunes.deletedAt)) as SQL;
}

/** A select of tunes joined with the names lists and details show. */
export function selectTunesWithNames() {
  return db()
    .select({
      tune: tunes,
      templateName: tuneTemplates.name,
      baseModelName: baseModels.name,
      ownerEmail: users.email,
    })
    .from(tunes)
    .innerJoin(users, eq(users.id, tunes.ownerId))
    .leftJoin(tuneTemplates, eq(tuneTemplates.id, tunes.tuneTemplateId))
    .leftJoin(baseModels, eq(baseModels.id, tunes.baseModelId));
}

import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { baseModels, tunes, tuneTemplates } from '../db/schema';

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
    })
    .from(tunes)
    .leftJoin(tuneTemplates, eq(tuneTemplates.id, tunes.tuneTemplateId))
    .leftJoin(baseModels, eq(baseModels.id, tunes.baseModelId));
}

/** A select of the list columns of tunes joined with the names a list shows. */
export function selectTuneSummaries() {
  return db()
    .select({
      tune: {
        id: tunes.id,
        name: tunes.name,
        description: tunes.description,
        tuneTemplateId: tunes.tuneTemplateId,
        baseModelId: tunes.baseModelId,
        datasetId: tunes.datasetId,
        status: tunes.status,
        statusReason: tunes.statusReason,
        mcadId: tunes.mcadId,
        latestCheckpoint: tunes.latestCheckpoint,
        createdAt: tunes.createdAt,
        updatedAt: tunes.updatedAt,
        deletedAt: tunes.deletedAt,
      },
      templateName: tuneTemplates.name,
      baseModelName: baseModels.name,
    })
    .from(tunes)
    .leftJoin(tuneTemplates, eq(tuneTemplates.id, tunes.tuneTemplateId))
    .leftJoin(baseModels, eq(baseModels.id, tunes.baseModelId));
}

import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { datasets } from '../db/schema';
import { visibleInCatalogue } from '../db/visibility';
import { notFound } from '../errors';

/** Loads a dataset the user may use (own or system, not deleted); 404 otherwise. */
export async function findVisibleDataset(user: SessionUser, id: string) {
  const rows = await db()
    .select()
    .from(datasets)
    .where(
      and(
        eq(datasets.id, id),
        isNull(datasets.deletedAt),
        visibleInCatalogue(datasets.ownerId, user),
      ),
    )
    .limit(1);
  const dataset = rows[0];
  if (!dataset) throw notFound('Dataset', id);
  return dataset;
}

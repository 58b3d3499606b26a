import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { tuneTemplates, users } from '../db/schema';
import { visibleInCatalogue } from '../db/visibility';
import { notFound } from '../errors';

/** Loads a template the user may see (own or system, not deleted) and its owner's e-mail; 404 otherwise. */
export async function findVisibleTuneTemplate(user: SessionUser, id: string) {
  const rows = await db()
    .select({ template: tuneTemplates, ownerEmail: users.email })
    .from(tuneTemplates)
    .leftJoin(users, eq(users.id, tuneTemplates.ownerId))
    .where(
      and(
        eq(tuneTemplates.id, id),
        isNull(tuneTemplates.deletedAt),
        visibleInCatalogue(tuneTemplates.ownerId, user),
      ),
    )
    .limit(1);
  const found = rows[0];
  if (!found) throw notFound('Tune template', id);
  return found;
}

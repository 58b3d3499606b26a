import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { baseModels, users } from '../db/schema';
import { visibleInCatalogue } from '../db/visibility';
import { notFound } from '../errors';

/** Loads a base model the user may see, with its owner's e-mail; 404 otherwise. */
export async function findVisibleBaseModel(user: SessionUser, id: string) {
  const rows = await db()
    .select({ model: baseModels, ownerEmail: users.email })
    .from(baseModels)
    .leftJoin(users, eq(users.id, baseModels.ownerId))
    .where(and(eq(baseModels.id, id), visibleInCatalogue(baseModels.ownerId, user)))
    .limit(1);
  const found = rows[0];
  if (!found) throw notFound('Base model', id);
  return found;
}

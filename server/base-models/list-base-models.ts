import { and, count, desc, eq, ilike, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { baseModels, users } from '../db/schema';
import { visibleInCatalogue } from '../db/visibility';
import { PageQuerySchema } from '../http/common-schemas';
import { toBaseModelView } from './base-model-view';
import { MODEL_CATEGORIES } from './model-params';

/** Filters of the base model list. */
export const ListBaseModelsQuerySchema = PageQuerySchema.extend({
  name: z.string().max(200).optional(),
  model_category: z.enum(MODEL_CATEGORIES).optional(),
});

/** Lists the base models a user may see, newest first. */
export async function listBaseModels(
  user: SessionUser,
  query: z.infer<typeof ListBaseModelsQuerySchema>,
) {
  const where = and(
    visibleInCatalogue(baseModels.ownerId, user),
    query.name ? ilike(baseModels.name, `%${escapeLike(query.name)}%`) : undefined,
    query.model_category
      ? sql`${baseModels.modelParams}->>'model_category' = ${query.model_category}`
      : undefined,
  );
  const [rows, totals] = await Promise.all([
    db()
      .select({ model: baseModels, ownerEmail: users.email })
      .from(baseModels)
      .leftJoin(users, eq(users.id, baseModels.ownerId))
      .where(where)
      .orderBy(desc(baseModels.createdAt), desc(baseModels.id))
      .limit(query.limit)
      .offset(query.skip),
    db().select({ total: count() }).from(baseModels).where(where),
  ]);
  return {
    results: rows.map((row) => toBaseModelView(row.model, row.ownerEmail)),
    total: totals[0]?.total ?? 0,
  };
}

/** Escapes LIKE wildcards so a name filter matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

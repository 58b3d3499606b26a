import { and, count, desc, eq, ilike, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { SessionUser } from '../auth/user';
import { escapeLike } from '../base-models/list-base-models';
import { db } from '../db/client';
import { tuneTemplates, users } from '../db/schema';
import { visibleInCatalogue } from '../db/visibility';
import { PageQuerySchema } from '../http/common-schemas';
import { toTuneTemplateSummary } from './tune-template-view';

/** Filters of the tune template list. */
export const ListTuneTemplatesQuerySchema = PageQuerySchema.extend({
  name: z.string().max(200).optional().describe('Part of the name, any case'),
  purpose: z.string().max(100).optional().describe('Segmentation, Regression, Classification, ...'),
  model_category: z
    .string()
    .max(100)
    .optional()
    .describe('Base model family; templates without extra_info.model_category fit all'),
});

/** Templates that fit a base model family: those listing it, and those listing none. */
function fitsCategory(category: string) {
  const listed = sql`${tuneTemplates.extraInfo}->'model_category'`;
  const listsNone = sql`coalesce(jsonb_typeof(${listed}), 'null') = 'null'`;
  return sql`(${listsNone} or ${listed} @> to_jsonb(${category}::text))`;
}

/** Lists the templates a user may see (own and seeded, not deleted), newest first. */
export async function listTuneTemplates(
  user: SessionUser,
  query: z.infer<typeof ListTuneTemplatesQuerySchema>,
) {
  const where = and(
    visibleInCatalogue(tuneTemplates.ownerId, user),
    isNull(tuneTemplates.deletedAt),
    query.name ? ilike(tuneTemplates.name, `%${escapeLike(query.name)}%`) : undefined,
    query.purpose ? ilike(tuneTemplates.purpose, escapeLike(query.purpose)) : undefined,
    query.model_category ? fitsCategory(query.model_category) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db()
      .select({ template: tuneTemplates, ownerEmail: users.email })
      .from(tuneTemplates)
      .leftJoin(users, eq(users.id, tuneTemplates.ownerId))
      .where(where)
      .orderBy(desc(tuneTemplates.createdAt), desc(tuneTemplates.id))
      .limit(query.limit)
      .offset(query.skip),
    db().select({ total: count() }).from(tuneTemplates).where(where),
  ]);
  return {
    results: rows.map((row) => toTuneTemplateSummary(row.template, row.ownerEmail)),
    total: totals[0]?.total ?? 0,
  };
}

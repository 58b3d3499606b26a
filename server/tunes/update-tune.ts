import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { tunes } from '../db/schema';
import { notFound } from '../errors';
import { deepMerge } from './deep-merge';

/** Body of PATCH /v2/tunes/{id}: null or absent means leave unchanged; train_options deep-merge. */
export const UpdateTuneSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200).nullish(),
  description: z.string().max(5000).nullish(),
  train_options: z.record(z.string(), z.unknown()).nullish(),
});

/**
 * Updates a tune's name, description or train options in one statement under a row lock, so
 * two concurrent patches of train_options both land.
 */
export async function updateTune(
  user: SessionUser,
  id: string,
  input: z.infer<typeof UpdateTuneSchema>,
): Promise<void> {
  await db().transaction(async (tx) => {
    const where = and(eq(tunes.id, id), eq(tunes.ownerId, user.id), isNull(tunes.deletedAt));
    const rows = await tx
      .select({ trainOptions: tunes.trainOptions })
      .from(tunes)
      .where(where)
      .for('update');
    const current = rows[0];
    if (!current) throw notFound('Tune', id);
    await tx
      .update(tunes)
      .set({
        ...(input.name != null ? { name: input.name } : {}),
        ...(input.description != null ? { description: input.description } : {}),
        ...(input.train_options != null
          ? { trainOptions: deepMerge(current.trainOptions, input.train_options) }
          : {}),
        updatedAt: new Date(),
      })
      .where(where);
  });
}

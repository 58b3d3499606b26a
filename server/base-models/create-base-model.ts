import { z } from 'zod';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { baseModels } from '../db/schema';
import { toBaseModelView } from './base-model-view';
import { ModelParamsSchema } from './model-params';

/** Body of POST /v2/base-models. */
export const CreateBaseModelSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().max(5000).default(''),
  checkpoint_filename: z.string().max(1000).nullish(),
  model_params: ModelParamsSchema.nullish(),
});

/** Adds a base model owned by the caller. */
export async function createBaseModel(
  user: SessionUser,
  input: z.infer<typeof CreateBaseModelSchema>,
) {
  const rows = await db()
    .insert(baseModels)
    .values({
      ownerId: user.id,
      name: input.name,
      description: input.description,
      checkpointFilename: input.checkpoint_filename ?? '',
      modelParams: input.model_params ?? {},
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('insert into base_models returned no row');
  return toBaseModelView(row, user.email);
}

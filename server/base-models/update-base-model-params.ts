import { eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { baseModels } from '../db/schema';
import { AppError } from '../errors';
import { toBaseModelView } from './base-model-view';
import { findVisibleBaseModel } from './find-visible-base-model';
import { type ModelParams, ModelParamsSchema } from './model-params';

/** Merges new values into a base model's model_params; the system catalogue is admin-only. */
export async function updateBaseModelParams(user: SessionUser, id: string, params: ModelParams) {
  const { model } = await findVisibleBaseModel(user, id);
  if (model.ownerId === null && !user.isAdmin) {
    throw new AppError(
      'FORBIDDEN',
      'Seeded base models can be changed only by an administrator; create your own base model instead.',
    );
  }
  const merged = ModelParamsSchema.parse({ ...model.modelParams, ...params });
  const rows = await db()
    .update(baseModels)
    .set({ modelParams: merged, updatedAt: new Date() })
    .where(eq(baseModels.id, id))
    .returning();
  const row = rows[0];
  if (!row) throw new Error('update of base_models returned no row');
  return toBaseModelView(row, model.ownerId === null ? null : user.email);
}

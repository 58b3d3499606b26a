import { z } from 'zod';
import type { baseModels } from '../db/schema';
import { creatorName } from '../db/visibility';
import { TimestampSchema } from '../http/common-schemas';

type BaseModelRow = typeof baseModels.$inferSelect;

/** A base model as the API answers it. */
export const BaseModelOutSchema = z.object({
  id: z.uuid(),
  active: z.boolean(),
  created_by: z.string(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  name: z.string(),
  description: z.string(),
  checkpoint_filename: z.string(),
  model_params: z.record(z.string(), z.unknown()),
});

/** Shapes a base model row and its owner's e-mail for the API. */
export function toBaseModelView(row: BaseModelRow, ownerEmail: string | null) {
  return {
    id: row.id,
    active: row.isActive,
    created_by: creatorName(ownerEmail),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    name: row.name,
    description: row.description,
    checkpoint_filename: row.checkpointFilename,
    model_params: row.modelParams,
  };
}

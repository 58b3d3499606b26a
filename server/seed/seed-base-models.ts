import { z } from 'zod';
import { ModelParamsSchema } from '../base-models/model-params';
import { db } from '../db/client';
import { baseModels } from '../db/schema';
import catalogue from './base-models.json';

const SeedBaseModelSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  checkpoint_filename: z.string(),
  model_params: ModelParamsSchema,
});

/** The seeded base model catalogue, validated like any user input. */
export const SEED_BASE_MODELS = z.array(SeedBaseModelSchema).parse(catalogue);

/** Inserts the system base models that are missing; ids are fixed so re-seeding never duplicates. */
export async function seedBaseModels(): Promise<number> {
  for (const model of SEED_BASE_MODELS) {
    await db()
      .insert(baseModels)
      .values({
        id: model.id,
        ownerId: null,
        name: model.name,
        description: model.description,
        checkpointFilename: model.checkpoint_filename,
        modelParams: model.model_params,
      })
      // Existing rows are left alone so an administrator's edits survive restarts.
      .onConflictDoNothing({ target: baseModels.id });
  }
  return SEED_BASE_MODELS.length;
}

import { z } from 'zod';
import type { baseModels } from '../db/schema';
import { CatalogueEntrySchema, toCatalogueEntry } from '../http/catalogue-entry';

type BaseModelRow = typeof baseModels.$inferSelect;

/** A base model as the API answers it. */
export const BaseModelOutSchema = CatalogueEntrySchema.extend({
  checkpoint_filename: z.string(),
  model_params: z.record(z.string(), z.unknown()),
});

/** Shapes a base model row and its owner's e-mail for the API. */
export function toBaseModelView(row: BaseModelRow, ownerEmail: string | null) {
  return {
    ...toCatalogueEntry(row, row.isActive, ownerEmail),
    checkpoint_filename: row.checkpointFilename,
    model_params: row.modelParams,
  };
}

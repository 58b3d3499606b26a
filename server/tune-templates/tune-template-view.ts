import { z } from 'zod';
import type { tuneTemplates } from '../db/schema';
import { CatalogueEntrySchema, toCatalogueEntry } from '../http/catalogue-entry';

type TuneTemplateRow = typeof tuneTemplates.$inferSelect;

/** A tune template in lists: everything but its content. */
export const TuneTemplateSummarySchema = CatalogueEntrySchema.extend({
  purpose: z.string(),
  model_params: z.record(z.string(), z.unknown()).describe('The parameter schema of the form'),
  extra_info: z.record(z.string(), z.unknown()),
  dataset_id: z.string().nullable(),
});

/** A tune template as GET /v2/tune-templates/{id} answers it. */
export const TuneTemplateOutSchema = TuneTemplateSummarySchema.extend({
  content: z.string().describe('The Jinja source, base64 of its UTF-8 text'),
});

/** Shapes a template row for lists (no content). */
export function toTuneTemplateSummary(row: TuneTemplateRow, ownerEmail: string | null) {
  return {
    ...toCatalogueEntry(row, row.deletedAt === null, ownerEmail),
    purpose: row.purpose,
    model_params: row.parameterSchema,
    extra_info: row.extraInfo,
    dataset_id: row.datasetId,
  };
}

/** Shapes a template row with its content as base64, the way the SDK sent it. */
export function toTuneTemplateView(row: TuneTemplateRow, ownerEmail: string | null) {
  return {
    ...toTuneTemplateSummary(row, ownerEmail),
    content: Buffer.from(row.content, 'utf8').toString('base64'),
  };
}

import { z } from 'zod';
import { creatorName } from '../db/visibility';
import { TimestampSchema } from './common-schemas';

/** Fields every catalogue answer (base model, tune template) starts with. */
export const CatalogueEntrySchema = z.object({
  id: z.uuid(),
  active: z.boolean(),
  created_by: z.string(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  name: z.string(),
  description: z.string(),
});

/** The columns those fields come from. */
interface CatalogueRow {
  id: string;
  name: string;
  description: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Shapes the shared fields of a catalogue row; `isActive` is the row's own notion of active. */
export function toCatalogueEntry(row: CatalogueRow, isActive: boolean, ownerEmail: string | null) {
  return {
    id: row.id,
    active: isActive,
    created_by: creatorName(ownerEmail),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    name: row.name,
    description: row.description,
  };
}

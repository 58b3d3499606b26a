import { eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { tuneTemplates } from '../db/schema';
import type { ParameterSchema } from '../templates/parameter-schema';
import { findWritableTuneTemplate } from './find-writable-tune-template';

/** Replaces a template's parameter schema (validated by the endpoint's body schema). */
export async function updateTuneTemplateSchema(
  user: SessionUser,
  id: string,
  schema: ParameterSchema,
): Promise<void> {
  await findWritableTuneTemplate(user, id);
  await db()
    .update(tuneTemplates)
    .set({ parameterSchema: schema, updatedAt: new Date() })
    .where(eq(tuneTemplates.id, id));
}

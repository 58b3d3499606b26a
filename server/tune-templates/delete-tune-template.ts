import { eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { tuneTemplates } from '../db/schema';
import { findWritableTuneTemplate } from './find-writable-tune-template';

/** Soft-deletes a template; tunes that used it keep their rendered configs. */
export async function deleteTuneTemplate(user: SessionUser, id: string): Promise<void> {
  await findWritableTuneTemplate(user, id);
  const now = new Date();
  await db()
    .update(tuneTemplates)
    .set({ deletedAt: now, updatedAt: now })
    .where(eq(tuneTemplates.id, id));
}

import { eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { tuneTemplates } from '../db/schema';
import { findWritableTuneTemplate } from './find-writable-tune-template';
import { readTemplateUpload, type UploadedFile } from './read-template-upload';

/** Replaces a template's Jinja source with an uploaded one, checked like created content. */
export async function updateTuneTemplateContent(
  user: SessionUser,
  id: string,
  upload: string | UploadedFile,
): Promise<void> {
  await findWritableTuneTemplate(user, id);
  const content = await readTemplateUpload(upload);
  await db()
    .update(tuneTemplates)
    .set({ content, updatedAt: new Date() })
    .where(eq(tuneTemplates.id, id));
}

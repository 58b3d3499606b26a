import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { tunes } from '../db/schema';
import { notFound } from '../errors';

/**
 * Soft-deletes one of the caller's tunes: it disappears from lists and reads, the row stays for
 * audit. Cancelling a running tune on delete arrives with the tune lifecycle.
 */
export async function deleteTune(user: SessionUser, id: string): Promise<void> {
  const now = new Date();
  const rows = await db()
    .update(tunes)
    .set({ deletedAt: now, updatedAt: now })
    .where(and(eq(tunes.id, id), eq(tunes.ownerId, user.id), isNull(tunes.deletedAt)))
    .returning({ id: tunes.id });
  if (rows.length === 0) throw notFound('Tune', id);
}

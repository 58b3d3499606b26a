import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { apiKeys } from '../db/schema';
import { notFound } from '../errors';

/** Revokes one of the caller's keys for good; another user's key answers 404. */
export async function revokeApiKey(user: SessionUser, apiKeyId: string): Promise<void> {
  const now = new Date();
  const rows = await db()
    .update(apiKeys)
    .set({ revokedAt: now, isActive: false, updatedAt: now })
    .where(and(eq(apiKeys.id, apiKeyId), eq(apiKeys.userId, user.id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (rows.length === 0) throw notFound('API key', apiKeyId);
}

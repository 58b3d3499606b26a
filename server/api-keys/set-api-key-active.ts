import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { apiKeys } from '../db/schema';
import { notFound } from '../errors';
import { toApiKeyView } from './api-key-view';

/** Pauses or resumes one of the caller's keys without revoking it. */
export async function setApiKeyActive(user: SessionUser, apiKeyId: string, isActive: boolean) {
  const rows = await db()
    .update(apiKeys)
    .set({ isActive, updatedAt: new Date() })
    .where(and(eq(apiKeys.id, apiKeyId), eq(apiKeys.userId, user.id), isNull(apiKeys.revokedAt)))
    .returning();
  const row = rows[0];
  if (!row) throw notFound('API key', apiKeyId);
  return toApiKeyView(row);
}

import { and, desc, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { apiKeys } from '../db/schema';
import { toApiKeyView } from './api-key-view';

/** Lists the caller's keys that are not revoked, newest first. */
export async function listApiKeys(user: SessionUser) {
  const rows = await db()
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.userId, user.id), isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map(toApiKeyView);
}

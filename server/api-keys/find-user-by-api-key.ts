import { eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { apiKeys, users } from '../db/schema';
import { hashApiKey } from './api-key-secret';
import { isApiKeyUsable } from './api-key-view';

/** Resolves an API key secret to its owner, or null when it is unknown, paused, revoked or expired. */
export async function findUserByApiKey(secret: string): Promise<SessionUser | null> {
  if (secret.length < 10 || secret.length > 200) return null;
  const rows = await db()
    .select({ key: apiKeys, user: users })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(eq(apiKeys.keyHash, hashApiKey(secret)))
    .limit(1);
  const found = rows[0];
  const now = new Date();
  if (!found || !isApiKeyUsable(found.key, now)) return null;
  // Record use at most once a minute so authenticating stays a read on the hot path.
  if (!found.key.lastUsedAt || now.getTime() - found.key.lastUsedAt.getTime() > 60_000) {
    await db().update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, found.key.id));
  }
  return { id: found.user.id, email: found.user.email, isAdmin: found.user.isAdmin };
}

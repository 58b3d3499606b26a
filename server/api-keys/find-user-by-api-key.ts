import { eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { apiKeys, users } from '../db/schema';
import { hashApiKey } from './api-key-secret';
import { isApiKeyUsable } from './api-key-view';

/** The lookup runs on every API request, so it is a named prepared statement, made once. */
function keyLookup() {
  return db()
    .select({ key: apiKeys, user: users })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(eq(apiKeys.keyHash, sql.placeholder('keyHash')))
    .limit(1)
    .prepare('find_user_by_api_key');
}

let preparedLookup: ReturnType<typeof keyLookup> | undefined;

/** Resolves an API key secret to its owner, or null when it is unknown, paused, revoked or expired. */
export async function findUserByApiKey(secret: string): Promise<SessionUser | null> {
  if (secret.length < 10 || secret.length > 200) return null;
  preparedLookup ??= keyLookup();
  const rows = await preparedLookup.execute({ keyHash: hashApiKey(secret) });
  const found = rows[0];
  const now = new Date();
  if (!found || !isApiKeyUsable(found.key, now)) return null;
  // Record use at most once a minute so authenticating stays a read on the hot path.
  if (!found.key.lastUsedAt || now.getTime() - found.key.lastUsedAt.getTime() > 60_000) {
    await db().update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, found.key.id));
  }
  return { id: found.user.id, email: found.user.email, isAdmin: found.user.isAdmin };
}

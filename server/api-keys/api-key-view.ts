import type { apiKeys } from '../db/schema';

type ApiKeyRow = typeof apiKeys.$inferSelect;

/** Whether a key can authenticate right now. */
export function isApiKeyUsable(row: ApiKeyRow, now: Date): boolean {
  if (!row.isActive || row.revokedAt) return false;
  return !row.expiresAt || row.expiresAt.getTime() > now.getTime();
}

/** The public shape of an API key; the secret itself is never part of it. */
export function toApiKeyView(row: ApiKeyRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: `${row.keyPrefix}…`,
    active: isApiKeyUsable(row, new Date()),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    expires_at: row.expiresAt ? row.expiresAt.toISOString() : null,
    last_used_at: row.lastUsedAt ? row.lastUsedAt.toISOString() : null,
  };
}

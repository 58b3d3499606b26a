/** The fields of an API key its status depends on. */
export interface ApiKeyStatusInput {
  active: boolean;
  expires_at: string | null;
}

/** How a listed key stands: usable, past its expiry, or paused through the API. */
export type ApiKeyStatus = 'Active' | 'Expired' | 'Paused';

/** The status shown for a key; revoked keys are never listed, so they have none. */
export function apiKeyStatus(key: ApiKeyStatusInput, now = new Date()): ApiKeyStatus {
  if (key.expires_at && new Date(key.expires_at).getTime() <= now.getTime()) return 'Expired';
  return key.active ? 'Active' : 'Paused';
}

/** Badge class of each status. */
export const API_KEY_STATUS_BADGE: Record<ApiKeyStatus, string> = {
  Active: 'badge badge-success',
  Expired: 'badge badge-warning',
  Paused: 'badge',
};

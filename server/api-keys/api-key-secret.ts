import { createHash, randomBytes } from 'node:crypto';

/** Prefix of every studio API key, so leaked keys are easy to recognise and scan for. */
export const API_KEY_PREFIX = 'gsk_';

/** Makes a new random API key secret (256 bits). */
export function generateApiKeySecret(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** The stored form of a key: its SHA-256, hex. Keys are random, so no salt or slow hash is needed. */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

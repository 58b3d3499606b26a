import { and, count, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { apiKeys } from '../db/schema';
import { AppError } from '../errors';
import { generateApiKeySecret, hashApiKey } from './api-key-secret';
import { toApiKeyView } from './api-key-view';

/** Most keys one user may hold at once; more usually means keys are not being revoked. */
export const MAX_KEYS_PER_USER = 20;

/** Input of createApiKey. */
export const CreateApiKeySchema = z.object({
  name: z.string().trim().max(100).default(''),
  expires_in_days: z.number().int().min(1).max(3650).nullish(),
});

/** Creates an API key; the secret is returned once, as `value`, and only its hash is stored. */
export async function createApiKey(user: SessionUser, input: z.infer<typeof CreateApiKeySchema>) {
  const [held] = await db()
    .select({ n: count() })
    .from(apiKeys)
    .where(and(eq(apiKeys.userId, user.id), isNull(apiKeys.revokedAt)));
  if ((held?.n ?? 0) >= MAX_KEYS_PER_USER) {
    throw new AppError(
      'CONFLICT',
      `You already hold ${MAX_KEYS_PER_USER} API keys; revoke one before creating another.`,
    );
  }
  const secret = generateApiKeySecret();
  const expiresAt = input.expires_in_days
    ? new Date(Date.now() + input.expires_in_days * 86_400_000)
    : null;
  const rows = await db()
    .insert(apiKeys)
    .values({
      userId: user.id,
      name: input.name,
      keyHash: hashApiKey(secret),
      keyPrefix: secret.slice(0, 10),
      expiresAt,
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('insert into api_keys returned no row');
  return { ...toApiKeyView(row), value: secret };
}

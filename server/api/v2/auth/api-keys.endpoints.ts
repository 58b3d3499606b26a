import { z } from 'zod';
import { CreateApiKeySchema, createApiKey } from '../../../api-keys/create-api-key';
import { listApiKeys } from '../../../api-keys/list-api-keys';
import { revokeApiKey } from '../../../api-keys/revoke-api-key';
import { setApiKeyActive } from '../../../api-keys/set-api-key-active';
import { defineEndpoint, json, noContent } from '../../../http/endpoint';

const ApiKeyOutSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
  expires_at: z.string().nullable(),
  last_used_at: z.string().nullable(),
});

const ApiKeyIdQuerySchema = z.object({ apikey_id: z.uuid({ message: 'must be a UUID' }) });

export const listApiKeysEndpoint = defineEndpoint({
  method: 'GET',
  path: '/v2/auth/api-keys',
  tag: 'Auth',
  summary: 'List your API keys',
  success: { status: 200, schema: z.object({ results: z.array(ApiKeyOutSchema) }) },
  handler: async ({ user }) => {
    const results = await listApiKeys(user);
    return json({ total_records: results.length, page_count: results.length, results });
  },
});

export const createApiKeyEndpoint = defineEndpoint({
  method: 'POST',
  path: '/v2/auth/api-keys',
  tag: 'Auth',
  summary: 'Create an API key',
  description: 'The key is in `value` of this answer only; store it, it cannot be shown again.',
  body: CreateApiKeySchema.optional().transform((value) => value ?? CreateApiKeySchema.parse({})),
  success: { status: 201, schema: ApiKeyOutSchema.extend({ value: z.string() }) },
  handler: async ({ user, body }) => json(await createApiKey(user, body), 201),
});

export const setApiKeyActiveEndpoint = defineEndpoint({
  method: 'PATCH',
  path: '/v2/auth/api-keys',
  tag: 'Auth',
  summary: 'Pause or resume an API key',
  query: ApiKeyIdQuerySchema,
  body: z.object({ active: z.boolean() }),
  success: { status: 200, schema: ApiKeyOutSchema },
  handler: async ({ user, query, body }) =>
    json(await setApiKeyActive(user, query.apikey_id, body.active)),
});

export const revokeApiKeyEndpoint = defineEndpoint({
  method: 'DELETE',
  path: '/v2/auth/api-keys',
  tag: 'Auth',
  summary: 'Revoke an API key',
  query: ApiKeyIdQuerySchema,
  success: { status: 204 },
  handler: async ({ user, query }) => {
    await revokeApiKey(user, query.apikey_id);
    return noContent();
  },
});

import { CreateApiKeySchema, createApiKey } from '../../../api-keys/create-api-key';
import { protectedProcedure } from '../../protected-procedure';

/** Creates an API key; the answer's `value` is the only time the secret is ever shown. */
export const createApiKeyProcedure = protectedProcedure
  .input(CreateApiKeySchema)
  .mutation(async ({ ctx, input }) => {
    const created = await createApiKey(ctx.user, input);
    ctx.log.info({ apiKeyId: created.id }, 'API key created');
    return created;
  });

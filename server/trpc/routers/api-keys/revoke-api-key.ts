import { z } from 'zod';
import { revokeApiKey } from '../../../api-keys/revoke-api-key';
import { protectedProcedure } from '../../protected-procedure';

/** Input of apiKeys.revoke. */
export const RevokeApiKeyInputSchema = z.object({ id: z.uuid({ message: 'must be a UUID' }) });

/** Revokes one of the caller's keys for good; another user's key is NOT_FOUND. */
export const revokeApiKeyProcedure = protectedProcedure
  .input(RevokeApiKeyInputSchema)
  .mutation(async ({ ctx, input }) => {
    await revokeApiKey(ctx.user, input.id);
    ctx.log.info({ apiKeyId: input.id }, 'API key revoked');
    return { id: input.id };
  });

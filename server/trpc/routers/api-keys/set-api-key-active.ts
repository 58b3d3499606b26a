import { z } from 'zod';
import { setApiKeyActive } from '../../../api-keys/set-api-key-active';
import { protectedProcedure } from '../../protected-procedure';

/** Input of apiKeys.setActive. */
export const SetApiKeyActiveInputSchema = z.object({
  id: z.uuid({ message: 'must be a UUID' }),
  active: z.boolean(),
});

/** Pauses or resumes one of the caller's keys; another user's key is NOT_FOUND. */
export const setApiKeyActiveProcedure = protectedProcedure
  .input(SetApiKeyActiveInputSchema)
  .mutation(async ({ ctx, input }) => {
    const key = await setApiKeyActive(ctx.user, input.id, input.active);
    ctx.log.info({ apiKeyId: input.id, isActive: input.active }, 'API key paused or resumed');
    return key;
  });

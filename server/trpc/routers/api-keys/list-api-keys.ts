import { listApiKeys } from '../../../api-keys/list-api-keys';
import { protectedProcedure } from '../../protected-procedure';

/** The caller's API keys that are not revoked, newest first; never their secrets. */
export const listApiKeysProcedure = protectedProcedure.query(({ ctx }) => listApiKeys(ctx.user));

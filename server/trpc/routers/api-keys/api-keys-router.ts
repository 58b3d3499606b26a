import { router } from '../../trpc';
import { createApiKeyProcedure } from './create-api-key';
import { listApiKeysProcedure } from './list-api-keys';
import { revokeApiKeyProcedure } from './revoke-api-key';
import { setApiKeyActiveProcedure } from './set-api-key-active';

/** API keys of the signed-in user. */
export const apiKeysRouter = router({
  list: listApiKeysProcedure,
  create: createApiKeyProcedure,
  revoke: revokeApiKeyProcedure,
  setActive: setApiKeyActiveProcedure,
});

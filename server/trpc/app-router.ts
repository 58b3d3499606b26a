import { apiKeysRouter } from './routers/api-keys/api-keys-router';
import { baseModelsRouter } from './routers/base-models/base-models-router';
import { tuneTemplatesRouter } from './routers/tune-templates/tune-templates-router';
import { tunesRouter } from './routers/tunes/tunes-router';
import { router } from './trpc';

/** Every tRPC procedure of the studio's browser edge. */
export const appRouter = router({
  apiKeys: apiKeysRouter,
  baseModels: baseModelsRouter,
  tunes: tunesRouter,
  tuneTemplates: tuneTemplatesRouter,
});

/** The router's type, which the browser client is typed with. */
export type AppRouter = typeof appRouter;

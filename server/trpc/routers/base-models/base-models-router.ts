import { router } from '../../trpc';
import { listBaseModelsProcedure } from './list-base-models';

/** The base model catalogue. */
export const baseModelsRouter = router({
  list: listBaseModelsProcedure,
});

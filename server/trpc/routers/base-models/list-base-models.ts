import { ListBaseModelsQuerySchema, listBaseModels } from '../../../base-models/list-base-models';
import { protectedProcedure } from '../../protected-procedure';

/** The base models the caller may see: the seeded catalogue and their own. */
export const listBaseModelsProcedure = protectedProcedure
  .input(ListBaseModelsQuerySchema)
  .query(({ ctx, input }) => listBaseModels(ctx.user, input));

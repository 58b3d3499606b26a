import { ListTunesQuerySchema, listTunes } from '../../../tunes/list-tunes';
import { protectedProcedure } from '../../protected-procedure';

/** One page of the caller's tunes, filtered by name and status, with the total. */
export const listTunesProcedure = protectedProcedure
  .input(ListTunesQuerySchema)
  .query(({ ctx, input }) => listTunes(ctx.user, input));

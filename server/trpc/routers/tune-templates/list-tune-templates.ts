import {
  ListTuneTemplatesQuerySchema,
  listTuneTemplates,
} from '../../../tune-templates/list-tune-templates';
import { protectedProcedure } from '../../protected-procedure';

/** The templates the caller may see (seeded and their own), without their Jinja source. */
export const listTuneTemplatesProcedure = protectedProcedure
  .input(ListTuneTemplatesQuerySchema)
  .query(({ ctx, input }) => listTuneTemplates(ctx.user, input));

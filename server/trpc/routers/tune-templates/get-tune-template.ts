import { UuidParamSchema } from '../../../http/common-schemas';
import { findVisibleTuneTemplate } from '../../../tune-templates/find-visible-tune-template';
import { toTuneTemplateSummary } from '../../../tune-templates/tune-template-view';
import { protectedProcedure } from '../../protected-procedure';

/**
 * One template with its Jinja source as text (the REST answer carries it as base64 for the SDK;
 * the browser shows it, so it gets the text). Another user's template is NOT_FOUND.
 */
export const getTuneTemplateProcedure = protectedProcedure
  .input(UuidParamSchema)
  .query(async ({ ctx, input }) => {
    const { template, ownerEmail } = await findVisibleTuneTemplate(ctx.user, input.id);
    return { ...toTuneTemplateSummary(template, ownerEmail), text: template.content };
  });

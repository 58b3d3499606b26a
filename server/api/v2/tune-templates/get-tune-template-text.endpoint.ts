import { z } from 'zod';
import { UuidParamSchema } from '../../../http/common-schemas';
import { defineEndpoint, text } from '../../../http/endpoint';
import { findVisibleTuneTemplate } from '../../../tune-templates/find-visible-tune-template';

export const getTuneTemplateTextEndpoint = defineEndpoint({
  method: 'GET',
  path: '/v2/tune-templates/{id}/template',
  tag: 'Tune templates',
  summary: "Get a template's Jinja source",
  params: UuidParamSchema,
  success: { status: 200, schema: z.string(), contentType: 'text/plain' },
  handler: async ({ user, params }) => {
    const { template } = await findVisibleTuneTemplate(user, params.id);
    return text(template.content);
  },
});

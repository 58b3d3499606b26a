import { UuidParamSchema } from '../../../http/common-schemas';
import { defineEndpoint, json } from '../../../http/endpoint';
import { findVisibleTuneTemplate } from '../../../tune-templates/find-visible-tune-template';
import {
  TuneTemplateOutSchema,
  toTuneTemplateView,
} from '../../../tune-templates/tune-template-view';

export const getTuneTemplateEndpoint = defineEndpoint({
  method: 'GET',
  path: '/v2/tune-templates/{id}',
  tag: 'Tune templates',
  summary: 'Get a tune template',
  description: 'With its content as base64 and its parameter schema as `model_params`.',
  params: UuidParamSchema,
  success: { status: 200, schema: TuneTemplateOutSchema },
  handler: async ({ user, params }) => {
    const { template, ownerEmail } = await findVisibleTuneTemplate(user, params.id);
    return json(toTuneTemplateView(template, ownerEmail));
  },
});

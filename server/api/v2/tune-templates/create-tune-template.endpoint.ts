import { defineEndpoint, json } from '../../../http/endpoint';
import {
  CreateTuneTemplateSchema,
  createTuneTemplate,
} from '../../../tune-templates/create-tune-template';
import { TuneTemplateOutSchema } from '../../../tune-templates/tune-template-view';

export const createTuneTemplateEndpoint = defineEndpoint({
  method: 'POST',
  path: '/v2/tune-templates',
  tag: 'Tune templates',
  summary: 'Create a tune template',
  description:
    '`content` is base64 of the Jinja text of a TerraTorch config (at most 256 KiB); it ' +
    'must parse as Jinja. `model_params` is the parameter schema of the tune form.',
  body: CreateTuneTemplateSchema,
  success: { status: 201, schema: TuneTemplateOutSchema },
  handler: async ({ user, body }) => json(await createTuneTemplate(user, body), 201),
});

import { z } from 'zod';
import { UuidParamSchema } from '../../../http/common-schemas';
import { defineEndpoint, text } from '../../../http/endpoint';
import {
  TestRenderQuerySchema,
  testRenderTuneTemplate,
} from '../../../tune-templates/test-render-tune-template';

export const testRenderTuneTemplateEndpoint = defineEndpoint({
  method: 'GET',
  path: '/v2/tune-templates/{id}/test-render',
  tag: 'Tune templates',
  summary: 'Render a template for a dataset and a base model',
  description:
    'Answers the rendered TerraTorch config as text, after parsing it as YAML and checking ' +
    'its trainer, data and model blocks; problems answer 422 with the line. Variables: the ' +
    "base model's model_params, the dataset's training parameters and the schema's " +
    'defaults. Without `dataset_id` the template renders against a built-in EXAMPLE dataset' +
    " (six bands, two classes), and the answer's first line says so.",
  params: UuidParamSchema,
  query: TestRenderQuerySchema,
  success: { status: 200, schema: z.string(), contentType: 'text/plain' },
  handler: async ({ user, params, query }) =>
    text(
      await testRenderTuneTemplate(user, params.id, {
        datasetId: query.dataset_id,
        baseModelId: query.base_model,
      }),
    ),
});

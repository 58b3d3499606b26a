import { z } from 'zod';
import { UuidParamSchema } from '../../../http/common-schemas';
import { defineEndpoint, text } from '../../../http/endpoint';
import {
  TestRenderUserDefinedQuerySchema,
  testRenderTuneTemplate,
} from '../../../tune-templates/test-render-tune-template';

export const testRenderUserDefinedTaskEndpoint = defineEndpoint({
  method: 'GET',
  path: '/v2/tune-templates/{id}/test-render-user-defined-task',
  tag: 'Tune templates',
  summary: 'Render a user-defined template with dataset parameters and schema defaults',
  description:
    "Like test-render, without a base model: variables are the dataset's training " +
    "parameters and the schema's defaults. Without `dataset_id` the built-in EXAMPLE " +
    "dataset is used, and the answer's first line says so.",
  params: UuidParamSchema,
  query: TestRenderUserDefinedQuerySchema,
  success: { status: 200, schema: z.string(), contentType: 'text/plain' },
  handler: async ({ user, params, query }) =>
    text(await testRenderTuneTemplate(user, params.id, { datasetId: query.dataset_id })),
});

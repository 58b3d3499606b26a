import { BaseModelOutSchema } from '../../../base-models/base-model-view';
import { ListBaseModelsQuerySchema, listBaseModels } from '../../../base-models/list-base-models';
import { listPage, listPageSchema } from '../../../http/common-schemas';
import { defineEndpoint, json } from '../../../http/endpoint';

export const listBaseModelsEndpoint = defineEndpoint({
  method: 'GET',
  path: '/v2/base-models',
  tag: 'Base models',
  summary: 'List base models',
  description: 'Seeded foundation models and your own, newest first.',
  query: ListBaseModelsQuerySchema,
  success: { status: 200, schema: listPageSchema(BaseModelOutSchema) },
  handler: async ({ user, query }) => {
    const { results, total } = await listBaseModels(user, query);
    return json(listPage(results, total));
  },
});

import { BaseModelOutSchema } from '../../../base-models/base-model-view';
import { ModelParamsSchema } from '../../../base-models/model-params';
import { updateBaseModelParams } from '../../../base-models/update-base-model-params';
import { UuidParamSchema } from '../../../http/common-schemas';
import { defineEndpoint, json } from '../../../http/endpoint';

export const updateBaseModelParamsEndpoint = defineEndpoint({
  method: 'PATCH',
  path: '/v2/base-models/{id}/model-params',
  tag: 'Base models',
  summary: "Update a base model's model_params",
  description: 'Merges the given keys into model_params. Seeded models: administrators only.',
  params: UuidParamSchema,
  body: ModelParamsSchema,
  success: { status: 200, schema: BaseModelOutSchema },
  handler: async ({ user, params, body }) =>
    json(await updateBaseModelParams(user, params.id, body)),
});

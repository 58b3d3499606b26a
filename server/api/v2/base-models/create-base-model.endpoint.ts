import { BaseModelOutSchema } from '../../../base-models/base-model-view';
import { CreateBaseModelSchema, createBaseModel } from '../../../base-models/create-base-model';
import { defineEndpoint, json } from '../../../http/endpoint';

export const createBaseModelEndpoint = defineEndpoint({
  method: 'POST',
  path: '/v2/base-models',
  tag: 'Base models',
  summary: 'Add a base model',
  description: 'Registers a foundation model you own; model_params are validated.',
  body: CreateBaseModelSchema,
  success: { status: 201, schema: BaseModelOutSchema },
  handler: async ({ user, body }) => json(await createBaseModel(user, body), 201),
});

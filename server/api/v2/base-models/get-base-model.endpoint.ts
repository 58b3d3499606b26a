import { BaseModelOutSchema, toBaseModelView } from '../../../base-models/base-model-view';
import { findVisibleBaseModel } from '../../../base-models/find-visible-base-model';
import { UuidParamSchema } from '../../../http/common-schemas';
import { defineEndpoint, json } from '../../../http/endpoint';

export const getBaseModelEndpoint = defineEndpoint({
  method: 'GET',
  path: '/v2/base-models/{id}',
  tag: 'Base models',
  summary: 'Get a base model',
  params: UuidParamSchema,
  success: { status: 200, schema: BaseModelOutSchema },
  handler: async ({ user, params }) => {
    const { model, ownerEmail } = await findVisibleBaseModel(user, params.id);
    return json(toBaseModelView(model, ownerEmail));
  },
});

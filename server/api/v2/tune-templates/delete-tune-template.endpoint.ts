import { UuidParamSchema } from '../../../http/common-schemas';
import { defineEndpoint, noContent } from '../../../http/endpoint';
import { deleteTuneTemplate } from '../../../tune-templates/delete-tune-template';

export const deleteTuneTemplateEndpoint = defineEndpoint({
  method: 'DELETE',
  path: '/v2/tune-templates/{id}',
  tag: 'Tune templates',
  summary: 'Delete a tune template',
  description: 'Soft delete. Seeded templates: administrators only.',
  params: UuidParamSchema,
  success: { status: 204 },
  handler: async ({ user, params }) => {
    await deleteTuneTemplate(user, params.id);
    return noContent();
  },
});

import { defineEndpoint, noContent } from '../../../http/endpoint';
import { deleteTune } from '../../../tunes/delete-tune';
import { TuneIdParamSchema } from './tune-params';

export const deleteTuneEndpoint = defineEndpoint({
  method: 'DELETE',
  path: '/v2/tunes/{id}',
  tag: 'Tunes',
  summary: 'Delete a tune',
  description: 'Soft delete: the tune disappears from lists and reads.',
  params: TuneIdParamSchema,
  success: { status: 204 },
  handler: async ({ user, params }) => {
    await deleteTune(user, params.id);
    return noContent();
  },
});

import { listPage, listPageSchema } from '../../../http/common-schemas';
import { defineEndpoint, json } from '../../../http/endpoint';
import { ListTunesQuerySchema, listTunes } from '../../../tunes/list-tunes';
import { TuneSummarySchema } from '../../../tunes/tune-view';

export const listTunesEndpoint = defineEndpoint({
  method: 'GET',
  path: '/v2/tunes',
  tag: 'Tunes',
  summary: 'List your tunes',
  description: 'Newest first; filter by `name` (contains, any case) and `status`.',
  query: ListTunesQuerySchema,
  success: { status: 200, schema: listPageSchema(TuneSummarySchema) },
  handler: async ({ user, query }) => {
    const { results, total } = await listTunes(user, query);
    return json(listPage(results, total));
  },
});

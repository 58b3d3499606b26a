import { listPage, listPageSchema } from '../../../http/common-schemas';
import { defineEndpoint, json } from '../../../http/endpoint';
import {
  ListTuneTemplatesQuerySchema,
  listTuneTemplates,
} from '../../../tune-templates/list-tune-templates';
import { TuneTemplateSummarySchema } from '../../../tune-templates/tune-template-view';

export const listTuneTemplatesEndpoint = defineEndpoint({
  method: 'GET',
  path: '/v2/tune-templates',
  tag: 'Tune templates',
  summary: 'List tune templates',
  description:
    'Seeded templates and your own, newest first, without their content. `model_category` ' +
    'keeps templates whose `extra_info.model_category` lists that family, or lists none.',
  query: ListTuneTemplatesQuerySchema,
  success: { status: 200, schema: listPageSchema(TuneTemplateSummarySchema) },
  handler: async ({ user, query }) => {
    const { results, total } = await listTuneTemplates(user, query);
    return json(listPage(results, total));
  },
});

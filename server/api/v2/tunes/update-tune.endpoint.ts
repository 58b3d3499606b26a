import { MessageSchema } from '../../../http/common-schemas';
import { defineEndpoint, json } from '../../../http/endpoint';
import { UpdateTuneSchema, updateTune } from '../../../tunes/update-tune';
import { TuneIdParamSchema } from './tune-params';

export const updateTuneEndpoint = defineEndpoint({
  method: 'PATCH',
  path: '/v2/tunes/{id}',
  tag: 'Tunes',
  summary: 'Update a tune',
  description:
    'Changes name, description and train_options; null or absent fields stay as they are, ' +
    'train_options are deep-merged into the current ones.',
  params: TuneIdParamSchema,
  body: UpdateTuneSchema,
  success: { status: 200, schema: MessageSchema },
  handler: async ({ user, params, body }) => {
    await updateTune(user, params.id, body);
    return json({ message: 'Tune successfully updated.' });
  },
});

import { defineEndpoint, json } from '../../../http/endpoint';
import { findOwnTune } from '../../../tunes/find-own-tune';
import { TuneDetailSchema, toTuneDetail } from '../../../tunes/tune-view';
import { TuneIdParamSchema } from './tune-params';

export const getTuneEndpoint = defineEndpoint({
  method: 'GET',
  path: '/v2/tunes/{id}',
  tag: 'Tunes',
  summary: 'Get a tune',
  params: TuneIdParamSchema,
  success: { status: 200, schema: TuneDetailSchema },
  handler: async ({ user, params }) => json(toTuneDetail(await findOwnTune(user, params.id))),
});

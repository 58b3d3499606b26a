import type { Endpoint } from '../../http/endpoint';
import {
  createApiKeyEndpoint,
  listApiKeysEndpoint,
  revokeApiKeyEndpoint,
  setApiKeyActiveEndpoint,
} from './auth/api-keys.endpoints';
import { createBaseModelEndpoint } from './base-models/create-base-model.endpoint';
import { getBaseModelEndpoint } from './base-models/get-base-model.endpoint';
import { listBaseModelsEndpoint } from './base-models/list-base-models.endpoint';
import { updateBaseModelParamsEndpoint } from './base-models/update-base-model-params.endpoint';
import { deleteTuneEndpoint } from './tunes/delete-tune.endpoint';
import { getTuneEndpoint } from './tunes/get-tune.endpoint';
import { listTunesEndpoint } from './tunes/list-tunes.endpoint';
import { updateTuneEndpoint } from './tunes/update-tune.endpoint';

/** Every endpoint of the public /v2 API, in the order the OpenAPI document lists them. */
export const V2_ENDPOINTS: Endpoint[] = [
  listApiKeysEndpoint,
  createApiKeyEndpoint,
  setApiKeyActiveEndpoint,
  revokeApiKeyEndpoint,
  listBaseModelsEndpoint,
  createBaseModelEndpoint,
  getBaseModelEndpoint,
  updateBaseModelParamsEndpoint,
  listTunesEndpoint,
  getTuneEndpoint,
  updateTuneEndpoint,
  deleteTuneEndpoint,
];

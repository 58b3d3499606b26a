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
import { createTuneTemplateEndpoint } from './tune-templates/create-tune-template.endpoint';
import { deleteTuneTemplateEndpoint } from './tune-templates/delete-tune-template.endpoint';
import { getTuneTemplateEndpoint } from './tune-templates/get-tune-template.endpoint';
import { getTuneTemplateTextEndpoint } from './tune-templates/get-tune-template-text.endpoint';
import { listTuneTemplatesEndpoint } from './tune-templates/list-tune-templates.endpoint';
import { testRenderTuneTemplateEndpoint } from './tune-templates/test-render-tune-template.endpoint';
import { testRenderUserDefinedTaskEndpoint } from './tune-templates/test-render-user-defined-task.endpoint';
import { updateTuneTemplateSchemaEndpoint } from './tune-templates/update-tune-template-schema.endpoint';
import { updateTuneTemplateTextEndpoint } from './tune-templates/update-tune-template-text.endpoint';
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
  listTuneTemplatesEndpoint,
  createTuneTemplateEndpoint,
  getTuneTemplateEndpoint,
  deleteTuneTemplateEndpoint,
  getTuneTemplateTextEndpoint,
  updateTuneTemplateTextEndpoint,
  updateTuneTemplateSchemaEndpoint,
  testRenderTuneTemplateEndpoint,
  testRenderUserDefinedTaskEndpoint,
  listTunesEndpoint,
  getTuneEndpoint,
  updateTuneEndpoint,
  deleteTuneEndpoint,
];

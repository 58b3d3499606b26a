import { z } from 'zod';
import type { SessionUser } from '../auth/user';
import { findVisibleBaseModel } from '../base-models/find-visible-base-model';
import { findVisibleDataset } from '../datasets/find-visible-dataset';
import { invalidField } from '../errors';
import {
  EXAMPLE_DATASET_ID,
  EXAMPLE_DATASET_NOTICE,
  EXAMPLE_DATASET_PARAMS,
} from '../templates/example-dataset';
import { renderTuneConfig } from '../templates/render-tune-config';
import { findVisibleTuneTemplate } from './find-visible-tune-template';

/** Tune id that test renders pass to templates. */
export const TEST_RENDER_TUNE_ID = 'geotune-test-render';

const DatasetIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .optional()
  .describe('Dataset whose training parameters to use; without it, the built-in example dataset');

/** Query of GET /v2/tune-templates/{id}/test-render. */
export const TestRenderQuerySchema = z.object({
  dataset_id: DatasetIdSchema,
  base_model: z.uuid({ message: 'must be a UUID' }).describe('Base model id'),
});

/** Query of GET /v2/tune-templates/{id}/test-render-user-defined-task. */
export const TestRenderUserDefinedQuerySchema = z.object({ dataset_id: DatasetIdSchema });

/** The training parameters to render with: a visible dataset's, or the example's. */
async function datasetSource(user: SessionUser, datasetId: string | undefined) {
  if (!datasetId) {
    return { id: EXAMPLE_DATASET_ID, params: EXAMPLE_DATASET_PARAMS, isExample: true };
  }
  const dataset = await findVisibleDataset(user, datasetId);
  if (Object.keys(dataset.trainingParams).length === 0) {
    throw invalidField(
      ['query', 'dataset_id'],
      `dataset ${datasetId} has no training parameters yet (status ${dataset.status}); ` +
        `wait until onboarding has Succeeded`,
    );
  }
  return { id: dataset.id, params: dataset.trainingParams, isExample: false };
}

/**
 * Renders a template as a tune would, without starting one: the dataset's training parameters
 * (or the example dataset's), the base model's params when a base model is given, and the
 * schema's defaults. Answers the checked config text; problems answer 422.
 */
export async function testRenderTuneTemplate(
  user: SessionUser,
  id: string,
  options: { datasetId?: string; baseModelId?: string },
): Promise<string> {
  const { template } = await findVisibleTuneTemplate(user, id);
  const dataset = await datasetSource(user, options.datasetId);
  const baseModel = options.baseModelId
    ? (await findVisibleBaseModel(user, options.baseModelId)).model
    : null;
  const { text } = await renderTuneConfig({
    content: template.content,
    parameterSchema: template.parameterSchema,
    baseModelParams: baseModel?.modelParams ?? {},
    datasetParams: dataset.params,
    userParameters: {},
    tuneId: TEST_RENDER_TUNE_ID,
    datasetId: dataset.id,
    checkpointFilename: baseModel?.checkpointFilename || undefined,
  });
  return dataset.isExample ? `${EXAMPLE_DATASET_NOTICE}\n${text}` : text;
}

import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { db } from '../../server/db/client';
import { datasets } from '../../server/db/schema';
import { SEED_TUNE_TEMPLATES } from '../../server/seed/seed-tune-templates';
import { EXAMPLE_DATASET_PARAMS } from '../../server/templates/example-dataset';
import { api } from './api-client';
import type { TestUser } from './studio-context';

/** Seeded base models the template tests render with. */
export const TINY_RESNET = '6f1f4a52-7d3e-4c57-9a0e-1b2c3d4e5f09';
export const PRITHVI_300 = '6f1f4a52-7d3e-4c57-9a0e-1b2c3d4e5f02';

/** Ids of the seeded segmentation, regression and classification templates. */
export const [SEGMENTATION, REGRESSION, CLASSIFICATION] = SEED_TUNE_TEMPLATES.map((t) => t.id);

/** A small template written the reference's way (`to_yaml`), with a two-tab schema. */
export const SOURCE = `trainer:
  max_epochs: {{ runner.max_epochs }}
data:
  class_path: terratorch.datamodules.GenericNonGeoSegmentationDataModule
  init_args:
    batch_size: {{ data.batch_size }}
    dataset_bands: {{ bands[rgb_modality] | to_yaml }}
    train_split: {{ train_split_path[rgb_modality] | to_yaml }}
model:
  class_path: terratorch.tasks.SemanticSegmentationTask
  init_args:
    model_factory: EncoderDecoderFactory
    model_args:
      backbone: {{ backbone | default('timm_resnet18') }}
      patch_size: {{ patch_size | default('absent') }}
`;

/** The parameter schema that goes with SOURCE. */
export const SCHEMA = {
  type: 'object',
  properties: {
    runner: { type: 'object', properties: { max_epochs: { type: 'int', default: 3 } } },
    data: { type: 'object', properties: { batch_size: { type: 'int', default: 4, minimum: 1 } } },
  },
};

/** Base64 of UTF-8 text, as the SDK sends template content. */
export const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Creates a template through the API (SOURCE and SCHEMA unless `body` says otherwise). */
export async function createTemplate(user: TestUser, body: Record<string, unknown> = {}) {
  const answer = await api(user, 'POST', '/v2/tune-templates', {
    body: {
      name: `tpl ${randomBytes(3).toString('hex')}`,
      content: base64(SOURCE),
      model_params: SCHEMA,
      ...body,
    },
  });
  expect(answer.status, answer.text).toBe(201);
  return answer.json as { id: string; name: string };
}

/** Inserts a Succeeded dataset row owned by `user` with the example training parameters. */
export async function insertDataset(user: TestUser, trainingParams = EXAMPLE_DATASET_PARAMS) {
  const id = `geodata-${randomBytes(6).toString('hex')}`;
  await db()
    .insert(datasets)
    .values({ id, ownerId: user.id, name: 'flood chips', status: 'Succeeded', trainingParams });
  return id;
}

/** A multipart body with the template text in the field `file`, as the SDK uploads it. */
export function uploadForm(text: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'application/x-yaml' }), 'template.yaml');
  return form;
}

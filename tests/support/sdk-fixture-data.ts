import { randomBytes } from 'node:crypto';
import { and, asc, desc, isNull, sql } from 'drizzle-orm';
import { createApiKey } from '../../server/api-keys/create-api-key';
import { db } from '../../server/db/client';
import { baseModels, datasets, tuneTemplates } from '../../server/db/schema';
import { createTuneRecord } from '../../server/tunes/create-tune-record';
import { createUser } from '../../server/users/create-user';
import { toSessionUser } from '../../server/users/user-repository';

/** What the SDK tests need to know about the data arranged for them. */
export interface SdkFixtureData {
  user_email: string;
  api_key: string;
  dataset_id: string;
  /** The seeded template the tunes use; null while no system template is seeded. */
  template_id: string | null;
  base_model_id: string | null;
  tune_ids: string[];
}

const MODALITY = 'S2L2A';
const BANDS = ['BLUE', 'GREEN', 'RED', 'NIR_NARROW', 'SWIR_1', 'SWIR_2'];

/** Training parameters as onboarding writes them for a small Sentinel-2 flood dataset. */
function floodTrainingParams(datasetId: string): Record<string, unknown> {
  const root = `datasets/${datasetId}`;
  const perSplit = (split: string) => ({
    [`${split}_data_dir`]: { [MODALITY]: `${root}/${split}/images` },
    [`${split}_labels_dir`]: { [MODALITY]: `${root}/${split}/labels` },
    [`${split}_split_path`]: { [MODALITY]: `${root}/splits/${split}.txt` },
  });
  return {
    bands: { [MODALITY]: BANDS },
    output_bands: { [MODALITY]: BANDS },
    norm_means: { [MODALITY]: [0.1031, 0.1247, 0.1189, 0.2712, 0.2143, 0.1408] },
    norm_stds: { [MODALITY]: [0.0411, 0.0446, 0.0553, 0.0957, 0.0882, 0.0769] },
    rgb_band_indices: { [MODALITY]: [2, 1, 0] },
    img_suffix: { [MODALITY]: '_S2.tif' },
    seg_map_suffix: '_label.tif',
    image_modalities: [MODALITY],
    rgb_modality: MODALITY,
    num_modalities: 1,
    num_frames: 1,
    classes: [0, 1],
    class_weights: [0.32, 0.68],
    ignore_index: -1,
    label_nodata: -1,
    ...perSplit('train'),
    ...perSplit('val'),
    ...perSplit('test'),
  };
}

/** A seeded (owner null) template, segmentation first like the dataset; null if none. */
async function firstSystemTemplateId(): Promise<string | null> {
  const rows = await db()
    .select({ id: tuneTemplates.id })
    .from(tuneTemplates)
    .where(and(isNull(tuneTemplates.ownerId), isNull(tuneTemplates.deletedAt)))
    .orderBy(desc(sql`${tuneTemplates.purpose} = 'Segmentation'`), asc(tuneTemplates.name))
    .limit(1);
  return rows[0]?.id ?? null;
}

/** The first seeded base model by name. */
async function firstSystemBaseModelId(): Promise<string | null> {
  const rows = await db()
    .select({ id: baseModels.id })
    .from(baseModels)
    .where(isNull(baseModels.ownerId))
    .orderBy(asc(baseModels.name))
    .limit(1);
  return rows[0]?.id ?? null;
}

/**
 * Creates the SDK tests' user with an API key, one Succeeded dataset and two tunes on a seeded
 * template and base model. Tunes and datasets have no create endpoint yet, so they are inserted.
 */
export async function arrangeSdkFixtureData(): Promise<SdkFixtureData> {
  const suffix = randomBytes(4).toString('hex');
  const email = `sdk-${suffix}@example.org`;
  const userRow = await createUser({ email, password: 'correct horse battery' });
  const user = toSessionUser(userRow);
  const key = await createApiKey(user, { name: 'geostudio SDK tests', expires_in_days: 1 });

  const datasetId = `geodata-${randomBytes(6).toString('hex')}`;
  await db()
    .insert(datasets)
    .values({
      id: datasetId,
      ownerId: user.id,
      name: 'sdk flood chips',
      description: 'Sentinel-2 flood chips arranged for the SDK tests',
      purpose: 'Segmentation',
      status: 'Succeeded',
      trainingParams: floodTrainingParams(datasetId),
    });

  const templateId = await firstSystemTemplateId();
  const baseModelId = await firstSystemBaseModelId();
  const tuneIds: string[] = [];
  if (templateId) {
    const tunes = [
      { name: 'sdk-flood-first', description: 'first arranged tune' },
      { name: 'sdk-flood-second', description: 'second arranged tune' },
    ];
    for (const tune of tunes) {
      const row = await createTuneRecord(user, {
        ...tune,
        tuneTemplateId: templateId,
        baseModelId,
        datasetId,
        modelParameters: { runner: { max_epochs: 5 } },
        trainOptions: { resources: { gpus: 1, memory_gb: 16 }, notify: false },
      });
      tuneIds.push(row.id);
    }
  }

  return {
    user_email: email,
    api_key: key.value,
    dataset_id: datasetId,
    template_id: templateId,
    base_model_id: baseModelId,
    tune_ids: tuneIds,
  };
}

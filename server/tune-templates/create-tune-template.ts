import { z } from 'zod';
import type { SessionUser } from '../auth/user';
import { findVisibleDataset } from '../datasets/find-visible-dataset';
import { db } from '../db/client';
import { tuneTemplates } from '../db/schema';
import { AppError, invalidField } from '../errors';
import { ParameterSchemaSchema } from '../templates/parameter-schema';
import { decodeTemplateContent } from './decode-template-content';
import { toTuneTemplateView } from './tune-template-view';

/** `extra_info` of a template; `model_category` lists the base model families it fits. */
export const ExtraInfoSchema = z.looseObject({
  model_category: z
    .union([z.string().max(100), z.array(z.string().max(100)).max(50)])
    .optional()
    .describe('Base model families the template fits; absent means all'),
});

/** Body of POST /v2/tune-templates. */
export const CreateTuneTemplateSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().max(5000).nullish(),
  purpose: z.string().trim().min(1).max(100).nullish(),
  content: z.string().min(1, 'must not be empty').describe('base64 of the Jinja template text'),
  model_params: ParameterSchemaSchema.nullish().describe('The parameter schema of the form'),
  extra_info: ExtraInfoSchema.nullish(),
  dataset_id: z.string().max(200).nullish(),
});

/** Checks that a template's dataset, when named, is one the user may see. */
async function checkDataset(user: SessionUser, datasetId: string | null | undefined) {
  if (!datasetId) return null;
  try {
    await findVisibleDataset(user, datasetId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw invalidField(['body', 'dataset_id'], `no dataset ${datasetId} that you can use`);
    }
    throw error;
  }
  return datasetId;
}

/** Adds a tune template owned by the caller after checking its content parses as Jinja. */
export async function createTuneTemplate(
  user: SessionUser,
  input: z.infer<typeof CreateTuneTemplateSchema>,
) {
  const content = decodeTemplateContent(input.content, ['body', 'content']);
  const datasetId = await checkDataset(user, input.dataset_id);
  const rows = await db()
    .insert(tuneTemplates)
    .values({
      ownerId: user.id,
      name: input.name,
      description: input.description ?? '',
      purpose: input.purpose ?? 'Other',
      content,
      parameterSchema: input.model_params ?? {},
      extraInfo: input.extra_info ?? {},
      datasetId,
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('insert into tune_templates returned no row');
  return toTuneTemplateView(row, user.email);
}

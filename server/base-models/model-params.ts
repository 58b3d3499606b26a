import { z } from 'zod';

/** Families of base models; templates use them to say which backbones they fit. */
export const MODEL_CATEGORIES = [
  'prithvi',
  'terramind',
  'clay',
  'dofa',
  'resnet',
  'convnext',
] as const;

/** Families whose backbones are vision transformers, where embed_dim splits over the heads. */
const TRANSFORMER_CATEGORIES = new Set(['prithvi', 'terramind', 'clay', 'dofa']);

/** `model_params` of a base model; extra keys are kept for templates that use them. */
export const ModelParamsSchema = z
  .looseObject({
    backbone: z
      .string()
      .regex(
        /^[A-Za-z0-9_.-]*$/,
        'must be a TerraTorch backbone registry name, e.g. prithvi_eo_v2_300',
      )
      .max(200)
      .optional(),
    patch_size: z.number().int().min(1).max(256).optional(),
    num_layers: z.number().int().min(1).max(256).optional(),
    embed_dim: z.number().int().min(1).max(16384).optional(),
    num_heads: z.number().int().min(1).max(256).optional(),
    tile_size: z.number().int().min(1).max(100_000).optional(),
    tubelet_size: z.number().int().min(1).max(64).optional(),
    model_category: z.enum(MODEL_CATEGORIES).optional(),
  })
  .superRefine((params, context) => {
    const { embed_dim: embedDim, num_heads: numHeads, model_category: category } = params;
    if (!category || !TRANSFORMER_CATEGORIES.has(category)) return;
    if (embedDim !== undefined && numHeads !== undefined && embedDim % numHeads !== 0) {
      context.addIssue({
        code: 'custom',
        path: ['embed_dim'],
        message: `embed_dim ${embedDim} must be divisible by num_heads ${numHeads}`,
      });
    }
  });

/** Validated `model_params`. */
export type ModelParams = z.infer<typeof ModelParamsSchema>;

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MODEL_CATEGORIES } from '../base-models/model-params';
import { db } from '../db/client';
import { tuneTemplates } from '../db/schema';
import { ParameterSchemaSchema } from '../templates/parameter-schema';
import { checkJinjaSyntax } from '../templates/render-jinja';

/** A seeded template: fixed id, and files `templates/<slug>.yaml.j2` + `<slug>.schema.json`. */
interface SeedTemplate {
  id: string;
  slug: string;
  name: string;
  description: string;
  purpose: string;
  task: string;
}

/** The templates every studio starts with, written for TerraTorch by this project. */
export const SEED_TUNE_TEMPLATES: SeedTemplate[] = [
  {
    id: '3b0d5f2e-8c41-4a7e-9f6d-2a1c0e9b7d01',
    slug: 'semantic-segmentation',
    name: 'Semantic segmentation',
    description:
      'A class per pixel (floods, burn scars, land cover) with an UperNet, FCN or UNet ' +
      'decoder on the base model.',
    purpose: 'Segmentation',
    task: 'segmentation',
  },
  {
    id: '3b0d5f2e-8c41-4a7e-9f6d-2a1c0e9b7d02',
    slug: 'pixelwise-regression',
    name: 'Pixel-wise regression',
    description:
      'A continuous value per pixel (biomass, canopy height, temperature) with a UNet, FCN ' +
      'or UperNet decoder.',
    purpose: 'Regression',
    task: 'regression',
  },
  {
    id: '3b0d5f2e-8c41-4a7e-9f6d-2a1c0e9b7d03',
    slug: 'scene-classification',
    name: 'Scene classification',
    description: 'One label per chip, with a linear or small MLP head on pooled features.',
    purpose: 'Classification',
    task: 'classification',
  },
];

/** Reads a seeded template's Jinja source and parameter schema, checked like user input. */
export function readSeedTemplate(slug: string): {
  content: string;
  schema: Record<string, unknown>;
} {
  const folder = path.join(import.meta.dirname, 'templates');
  const content = readFileSync(path.join(folder, `${slug}.yaml.j2`), 'utf8');
  const rawSchema: unknown = JSON.parse(
    readFileSync(path.join(folder, `${slug}.schema.json`), 'utf8'),
  );
  checkJinjaSyntax(content, ['seed', slug]);
  return { content, schema: ParameterSchemaSchema.parse(rawSchema) };
}

/** Inserts the seeded templates that are missing; fixed ids keep re-seeding from duplicating. */
export async function seedTuneTemplates(): Promise<number> {
  for (const template of SEED_TUNE_TEMPLATES) {
    const { content, schema } = readSeedTemplate(template.slug);
    await db()
      .insert(tuneTemplates)
      .values({
        id: template.id,
        ownerId: null,
        name: template.name,
        description: template.description,
        purpose: template.purpose,
        content,
        parameterSchema: schema,
        extraInfo: { model_category: [...MODEL_CATEGORIES], task: template.task },
      })
      // Existing rows are left alone so an administrator's edits survive restarts.
      .onConflictDoNothing({ target: tuneTemplates.id });
  }
  return SEED_TUNE_TEMPLATES.length;
}

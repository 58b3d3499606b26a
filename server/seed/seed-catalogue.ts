import { seedBaseModels } from './seed-base-models';
import { seedTuneTemplates } from './seed-tune-templates';

/** Seeds everything the studio needs to be usable at first start. */
export async function seedCatalogue(): Promise<{ baseModels: number; tuneTemplates: number }> {
  const baseModels = await seedBaseModels();
  const tuneTemplates = await seedTuneTemplates();
  return { baseModels, tuneTemplates };
}

import { seedBaseModels } from './seed-base-models';

/** Seeds everything the studio needs to be usable at first start. */
export async function seedCatalogue(): Promise<{ baseModels: number }> {
  const baseModels = await seedBaseModels();
  return { baseModels };
}

import { randomBytes } from 'node:crypto';
import { db } from '../../server/db/client';
import { datasets, tuneTemplates } from '../../server/db/schema';
import { createTuneRecord } from '../../server/tunes/create-tune-record';
import type { TestUser } from './studio-context';

const TINY_BASE_MODEL = '6f1f4a52-7d3e-4c57-9a0e-1b2c3d4e5f09';

/** Inserts a minimal template owned by `user`, for tests that need a row to point at. */
export async function arrangeTemplate(user: TestUser, name = 'test template') {
  const rows = await db()
    .insert(tuneTemplates)
    .values({ ownerId: user.id, name, content: 'trainer: {}\n', purpose: 'Segmentation' })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('no template row');
  return row;
}

/** Inserts a Succeeded dataset owned by `user` with small training parameters. */
export async function arrangeDataset(user: TestUser) {
  const id = `geodata-${randomBytes(6).toString('hex')}`;
  await db()
    .insert(datasets)
    .values({
      id,
      ownerId: user.id,
      name: 'arranged dataset',
      status: 'Succeeded',
      trainingParams: { bands: { s2: ['B02', 'B03', 'B04'] }, classes: [0, 1] },
    });
  return id;
}

/** Inserts a Pending tune owned by `user` through the same service submit-tune will use. */
export async function arrangeTune(
  user: TestUser,
  options: { name?: string; templateId: string; trainOptions?: Record<string, unknown> },
) {
  return createTuneRecord(
    { id: user.id, email: user.email, isAdmin: false },
    {
      name: options.name ?? 'arranged-tune',
      tuneTemplateId: options.templateId,
      baseModelId: TINY_BASE_MODEL,
      datasetId: 'geodata-arranged',
      trainOptions: options.trainOptions,
    },
  );
}

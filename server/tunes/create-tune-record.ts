import type { SessionUser } from '../auth/user';
import { db } from '../db/client';
import { tunes } from '../db/schema';
import { newTuneId } from './tune-id';

/** What a new tune row needs; the submit service fills it after its checks. */
export interface NewTuneRecord {
  name: string;
  description?: string;
  tuneTemplateId: string;
  baseModelId: string | null;
  datasetId: string;
  modelParameters?: Record<string, unknown>;
  trainOptions?: Record<string, unknown>;
  tuningConfig?: string;
  configJson?: Record<string, unknown>;
}

/** Inserts a Pending tune owned by `user` and returns its row. */
export async function createTuneRecord(user: SessionUser, record: NewTuneRecord) {
  const rows = await db()
    .insert(tunes)
    .values({
      id: newTuneId(),
      ownerId: user.id,
      name: record.name,
      description: record.description ?? '',
      tuneTemplateId: record.tuneTemplateId,
      baseModelId: record.baseModelId,
      datasetId: record.datasetId,
      modelParameters: record.modelParameters ?? {},
      trainOptions: record.trainOptions ?? {},
      tuningConfig: record.tuningConfig ?? '',
      configJson: record.configJson ?? {},
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('insert into tunes returned no row');
  return row;
}

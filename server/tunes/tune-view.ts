import { z } from 'zod';
import type { tunes } from '../db/schema';
import { RefSchema, TimestampSchema } from '../http/common-schemas';

type TuneRow = typeof tunes.$inferSelect;

/** The columns a tune list needs; lists leave the large JSON columns behind. */
export type TuneSummaryRow = Pick<
  TuneRow,
  | 'id'
  | 'name'
  | 'description'
  | 'tuneTemplateId'
  | 'baseModelId'
  | 'datasetId'
  | 'status'
  | 'statusReason'
  | 'mcadId'
  | 'latestCheckpoint'
  | 'createdAt'
  | 'updatedAt'
  | 'deletedAt'
>;

/**
 * A tune row with the names of its template and base model, and its owner's e-mail (tunes are
 * visible to their owner only, so that is the caller's).
 */
export interface TuneWithNames<Row extends TuneSummaryRow = TuneRow> {
  tune: Row;
  templateName: string | null;
  baseModelName: string | null;
  ownerEmail: string;
}

/** A tune as lists show it. */
export const TuneSummarySchema = z.object({
  id: z.string(),
  active: z.boolean(),
  created_by: z.string(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  name: z.string(),
  description: z.string(),
  task: RefSchema,
  dataset_id: z.string(),
  base_model: RefSchema,
  mcad_id: z.string(),
  status: z.string(),
  status_reason: z.string().nullable(),
  latest_chkpt: z.string(),
  logs: z.string(),
  metrics: z.string(),
});

/** A tune as GET /v2/tunes/{id} shows it. */
export const TuneDetailSchema = TuneSummarySchema.extend({
  metrics: z.array(z.record(z.string(), z.string())),
  tune_template_id: z.string(),
  model_parameters: z.record(z.string(), z.unknown()),
  train_options: z.record(z.string(), z.unknown()),
  config_json: z.record(z.string(), z.unknown()),
  progress: z.record(z.string(), z.unknown()),
  tuning_config: z.string(),
  tuning_config_presigned_url: z.string().nullable(),
  logs_presigned_url: z.string().nullable(),
});

/** Shapes a tune for lists. */
export function toTuneSummary({
  tune,
  templateName,
  baseModelName,
  ownerEmail,
}: TuneWithNames<TuneSummaryRow>) {
  return {
    id: tune.id,
    active: tune.deletedAt === null,
    created_by: ownerEmail,
    created_at: tune.createdAt.toISOString(),
    updated_at: tune.updatedAt.toISOString(),
    name: tune.name,
    description: tune.description,
    task: { id: tune.tuneTemplateId, name: templateName },
    dataset_id: tune.datasetId,
    base_model: { id: tune.baseModelId, name: baseModelName },
    mcad_id: tune.mcadId,
    status: tune.status,
    status_reason: tune.statusReason,
    latest_chkpt: tune.latestCheckpoint,
    logs: '',
    metrics: '',
  };
}

/** Shapes a tune for its detail answer. */
export function toTuneDetail(found: TuneWithNames) {
  const { tune } = found;
  return {
    ...toTuneSummary(found),
    // The reference lists MLflow runs here; runs arrive with the tune lifecycle.
    metrics: [] as Record<string, string>[],
    tune_template_id: tune.tuneTemplateId,
    model_parameters: tune.modelParameters,
    train_options: tune.trainOptions,
    config_json: tune.configJson,
    progress: tune.progress,
    tuning_config: tune.tuningConfig,
    tuning_config_presigned_url: null,
    logs_presigned_url: null,
  };
}

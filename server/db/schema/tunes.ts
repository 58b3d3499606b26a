import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { baseModels } from './base-models';
import { tuneTemplates } from './tune-templates';
import { users } from './users';

/** Every status a tune can be in; the words the SDK polls for, plus a cancelled state. */
export const TUNE_STATUSES = [
  'Pending',
  'Submitted',
  'In_progress',
  'Finished',
  'Failed',
  'Error',
  'Cancelled',
] as const;

/** One status of a tune. */
export type TuneStatus = (typeof TUNE_STATUSES)[number];

/** Fine-tuning runs: one row per tune, soft-deleted through deleted_at. */
export const tunes = pgTable(
  'tunes',
  {
    id: text('id').primaryKey(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    tuneTemplateId: uuid('tune_template_id')
      .notNull()
      .references(() => tuneTemplates.id),
    baseModelId: uuid('base_model_id').references(() => baseModels.id),
    datasetId: text('dataset_id').notNull(),
    status: text('status').$type<TuneStatus>().notNull().default('Pending'),
    statusReason: text('status_reason'),
    mcadId: text('mcad_id').notNull().default(''),
    latestCheckpoint: text('latest_checkpoint').notNull().default(''),
    modelParameters: jsonb('model_parameters')
      .$type<Record<string, unknown>>()
      .notNull()
      .default({}),
    trainOptions: jsonb('train_options').$type<Record<string, unknown>>().notNull().default({}),
    configJson: jsonb('config_json').$type<Record<string, unknown>>().notNull().default({}),
    tuningConfig: text('tuning_config').notNull().default(''),
    progress: jsonb('progress').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true, precision: 3 }),
  },
  (table) => [
    index('tunes_owner_created_idx')
      .on(table.ownerId, table.createdAt.desc().nullsFirst(), table.id.desc().nullsFirst())
      .where(sql`${table.deletedAt} is null`),
    index('tunes_owner_status_created_idx')
      .on(table.ownerId, table.status, table.createdAt.desc().nullsFirst())
      .where(sql`${table.deletedAt} is null`),
  ],
);

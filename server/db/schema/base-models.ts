import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/** Foundation models a tune starts from; owner null means seeded by the system, visible to all. */
export const baseModels = pgTable(
  'base_models',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    checkpointFilename: text('checkpoint_filename').notNull().default(''),
    modelParams: jsonb('model_params').$type<Record<string, unknown>>().notNull().default({}),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('base_models_owner_created_idx').on(table.ownerId, table.createdAt.desc().nullsFirst()),
    index('base_models_system_name_idx').on(table.name).where(sql`${table.ownerId} is null`),
  ],
);

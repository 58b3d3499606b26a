import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/** Labelled imagery a tune trains on; the dataset factory fills training_params when onboarding. */
export const datasets = pgTable(
  'datasets',
  {
    id: text('id').primaryKey(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    purpose: text('purpose').notNull().default('Segmentation'),
    status: text('status').notNull().default('Onboarding'),
    trainingParams: jsonb('training_params').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true, precision: 3 }),
  },
  (table) => [
    index('datasets_owner_created_idx').on(table.ownerId, table.createdAt.desc().nullsFirst()),
  ],
);

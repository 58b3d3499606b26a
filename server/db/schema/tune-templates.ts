import { index, json, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/** Jinja templates of TerraTorch configs with the parameter schema that drives the tune form. */
export const tuneTemplates = pgTable(
  'tune_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    purpose: text('purpose').notNull().default('Segmentation'),
    content: text('content').notNull(),
    // json, not jsonb: the key order of the schema is the order of the form's tabs and fields.
    parameterSchema: json('parameter_schema')
      .$type<Record<string, unknown>>()
      .notNull()
      .default({}),
    extraInfo: jsonb('extra_info').$type<Record<string, unknown>>().notNull().default({}),
    datasetId: text('dataset_id'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true, precision: 3 }),
  },
  (table) => [
    index('tune_templates_owner_created_idx').on(
      table.ownerId,
      table.createdAt.desc().nullsFirst(),
    ),
  ],
);

import { randomBytes } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { Pool } from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../server/db/migrate';

describe('migrations', () => {
  it('build the whole schema on an empty database and are safe to apply twice', async () => {
    const name = `migrate_${randomBytes(4).toString('hex')}`;
    const admin = new Pool({ connectionString: inject('studio').databaseUrl, max: 1 });
    await admin.query(`create database ${name}`);
    const url = new URL(inject('studio').databaseUrl);
    url.pathname = `/${name}`;
    const fresh = new Pool({ connectionString: url.toString(), max: 1 });
    try {
      await migrate(drizzle(fresh), { migrationsFolder: MIGRATIONS_FOLDER });
      await migrate(drizzle(fresh), { migrationsFolder: MIGRATIONS_FOLDER });
      const tables = await fresh.query(
        "select table_name from information_schema.tables where table_schema = 'public' order by 1",
      );
      expect(tables.rows.map((row) => row.table_name)).toEqual(
        expect.arrayContaining([
          'api_keys',
          'base_models',
          'datasets',
          'tune_templates',
          'tunes',
          'users',
        ]),
      );
      const indexes = await fresh.query(
        "select indexname from pg_indexes where tablename = 'tunes'",
      );
      expect(indexes.rows.map((row) => row.indexname)).toContain('tunes_owner_created_idx');
    } finally {
      await fresh.end();
      await admin.query(`drop database ${name}`);
      await admin.end();
    }
  });
});

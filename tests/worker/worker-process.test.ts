import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { Pool } from 'pg';
import { describe, expect, inject, it } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('worker process', () => {
  it('starts DBOS on the studio database, creates its system tables and stops cleanly on SIGTERM', async () => {
    const databaseUrl = inject('studio').databaseUrl;
    const worker = spawn(process.execPath, ['--import', 'tsx', 'worker/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, STUDIO_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const ready = new Promise<void>((resolve, reject) => {
      worker.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('"msg":"worker ready"')) resolve();
      });
      worker.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${output}`)));
    });
    await ready;

    const pool = new Pool({ connectionString: databaseUrl, max: 1 });
    const tables = await pool.query(
      "select table_name from information_schema.tables where table_schema = 'dbos'",
    );
    await pool.end();
    expect(tables.rows.map((row) => row.table_name)).toContain('workflow_status');

    worker.kill('SIGTERM');
    const [code] = await once(worker, 'exit');
    expect(code).toBe(0);
  });
});

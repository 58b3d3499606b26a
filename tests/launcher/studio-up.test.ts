import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/db/embedded-postgres';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'studio-up-'));
// As root, PostgreSQL runs as a separate system user that must be able to enter the folder.
chmodSync(dataDir, 0o755);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// The launcher must use its embedded database, not the one the test run points at.
const { DATABASE_URL: _testDatabase, ...launcherEnv } = process.env;

function studioCommand(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/studio.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...launcherEnv, STUDIO_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
}

/** Whether a process still runs; an exited child not yet reaped (state Z) counts as gone. */
function isAlive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  const state = readFileSync(stat, 'utf8').split(') ')[1]?.charAt(0);
  return state !== undefined && state !== 'Z';
}

describe('./studio up', () => {
  // Generous limit: `up` rebuilds the app first when a source file is newer than the build.
  it('starts everything on embedded defaults, hands out an API key, and stops it all on Ctrl+C', {
    timeout: 120_000,
  }, async () => {
    const port = await freePort();
    const launcher = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/studio.ts', 'up', '--port', String(port)],
      {
        cwd: REPO_ROOT,
        env: { ...launcherEnv, STUDIO_DATA_DIR: dataDir, STUDIO_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const started = new Promise<void>((resolve, reject) => {
      launcher.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl+C to stop.')) resolve();
      });
      launcher.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      launcher.once('exit', (code) => reject(new Error(`studio up exited (${code}): ${output}`)));
    });
    await started;

    expect(output).toContain(`The studio is running at http://localhost:${port}`);
    const password = /Password: (\S+)/.exec(output)?.[1];
    expect(password).toBeTruthy();
    const credentials = readFileSync(path.join(dataDir, 'admin-credentials.txt'), 'utf8');
    expect(credentials).toContain('email: admin@studio.local');
    expect(credentials).toContain(`password: ${password}`);
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

    const created = studioCommand(['api-key', 'create', '--name', 'launcher test']);
    expect(created.status).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^gsk_/);
    const answer = await fetch(`http://127.0.0.1:${port}/v2/base-models?limit=100`, {
      headers: { 'X-API-Key': key },
    });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { total_records: number };
    expect(body.total_records).toBeGreaterThanOrEqual(9);
    const keyId = /Created API key (\S+)/.exec(created.stderr)?.[1] ?? '';
    const listed = studioCommand(['api-key', 'list']);
    expect(listed.stdout).toContain(keyId);
    expect(listed.stdout).toContain('launcher test');
    expect(listed.stdout).not.toContain(key);

    const templates = await fetch(`http://127.0.0.1:${port}/v2/tune-templates`, {
      headers: { 'X-API-Key': key },
    });
    expect(((await templates.json()) as { total_records: number }).total_records).toBe(3);

    expect(studioCommand(['api-key', 'revoke', keyId]).status).toBe(0);
    const revoked = await fetch(`http://127.0.0.1:${port}/v2/base-models`, {
      headers: { 'X-API-Key': key },
    });
    expect(revoked.status).toBe(401);

    const children = spawnSync('pgrep', ['-P', String(launcher.pid)], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .map(Number);
    expect(children.length).toBeGreaterThanOrEqual(2);

    launcher.kill('SIGINT');
    const [code] = await once(launcher, 'exit');
    expect(code).toBe(0);
    const afterStop = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
    expect(afterStop).toBeNull();
    expect(children.filter(isAlive)).toEqual([]);
  });
});

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../server/db/embedded-postgres';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

async function startWith(env: Record<string, string | undefined>) {
  const nextBin = path.join(REPO_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(await freePort())], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const [code] = await once(child, 'exit');
  return { code, output };
}

describe('configuration at start', () => {
  it('stops the server with the variable’s name when a setting is invalid', async () => {
    const { code, output } = await startWith({
      DATABASE_URL: 'postgres://studio@127.0.0.1:1/studio',
      NEXTAUTH_SECRET: 'too-short',
    });
    expect(code).toBe(1);
    expect(output).toContain('NEXTAUTH_SECRET: must be at least 32 characters');
  });

  it('stops the server and says how to start it when DATABASE_URL is missing', async () => {
    const { code, output } = await startWith({
      DATABASE_URL: undefined,
      NEXTAUTH_SECRET: 'a-secret-that-is-long-enough-for-the-check-0000',
    });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL is not set');
  });

  it('rejects a DATABASE_URL that is not a PostgreSQL URL', async () => {
    const { code, output } = await startWith({
      DATABASE_URL: 'mysql://somewhere/db',
      NEXTAUTH_SECRET: 'a-secret-that-is-long-enough-for-the-check-0000',
    });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './studio-paths';

/** A running `next start` and its base URL. */
export interface NextServer {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the studio server exited with code ${child.exitCode} while starting`);
    }
    const answer = await fetch(`${url}/healthz`).catch(() => null);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the studio server did not answer ${url}/healthz within ${deadlineMs} ms`);
}

/** Starts the built app with `env` and waits until its health check answers. */
export async function startNextServer(options: {
  port: number;
  host: string;
  env: NodeJS.ProcessEnv;
  logStream: 'inherit' | 'ignore';
}): Promise<NextServer> {
  const nextBin = path.join(REPO_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const args = [nextBin, 'start', '-p', String(options.port), '-H', options.host];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: options.env,
    stdio: ['ignore', options.logStream, options.logStream],
  });
  const url = `http://${options.host}:${options.port}`;
  await waitForHealth(url, child, 60_000);
  return {
    url,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

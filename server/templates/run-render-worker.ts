import { spawn } from 'node:child_process';
import { RENDER_WORKER_SOURCE } from './render-worker-source';

/** Heap of one rendering process; a template that needs more is refused. */
export const RENDER_MEMORY_LIMIT_MB = 64;

/** Longest rendered config accepted, in characters. */
export const MAX_RENDERED_CHARS = 1_000_000;

/** Renders running at once; more wait, so a burst cannot take the server's memory. */
const MAX_CONCURRENT_RENDERS = 4;

/** How one rendering process ended. */
export type RenderOutcome =
  | { kind: 'rendered'; text: string }
  | { kind: 'failed'; message: string }
  | { kind: 'too-large' }
  | { kind: 'timeout' }
  | { kind: 'out-of-memory' }
  | { kind: 'setup-failed'; message: string };

let running = 0;
const waiting: (() => void)[] = [];

async function acquireSlot(): Promise<void> {
  if (running < MAX_CONCURRENT_RENDERS) {
    running += 1;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

function isRenderOutcome(message: unknown): message is RenderOutcome {
  return typeof message === 'object' && message !== null && 'kind' in message;
}

/** Reads the one JSON answer of the rendering process, or null when it wrote none. */
function parseOutcome(stdout: string): RenderOutcome | null {
  const line = stdout.trim();
  if (!line) return null;
  try {
    const message: unknown = JSON.parse(line);
    return isRenderOutcome(message) ? message : null;
  } catch {
    return null;
  }
}

/**
 * Runs one render in a fresh process and settles with how it ended; never rejects. A process,
 * not a worker thread: one huge allocation makes V8 abort the whole process it runs in, and
 * worker resource limits do not prevent that (seen here: `Reached heap limit` took down the
 * host process), so the abort must happen in a process of its own.
 */
function renderInProcess(
  source: string,
  variables: Record<string, unknown>,
  timeoutMs: number,
): Promise<RenderOutcome> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${RENDER_MEMORY_LIMIT_MB}`, '-e', RENDER_WORKER_SOURCE],
      // A bare environment: nothing of the server's configuration exists in the child.
      { env: { NODE_ENV: 'production' }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let isSettled = false;
    const settle = (outcome: RenderOutcome) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      resolve(outcome);
    };
    const timer = setTimeout(() => settle({ kind: 'timeout' }), timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      // The answer is one line; anything much longer than the largest config is refused.
      if (stdout.length > MAX_RENDERED_CHARS * 2) settle({ kind: 'too-large' });
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', (error) => settle({ kind: 'setup-failed', message: error.message }));
    child.on('close', (code, signal) => {
      const outcome = parseOutcome(stdout);
      if (outcome) return settle(outcome);
      if (/heap out of memory|heap limit/i.test(stderr) || signal === 'SIGABRT') {
        return settle({ kind: 'out-of-memory' });
      }
      settle({
        kind: 'setup-failed',
        message: `the rendering process exited (code ${code}, signal ${signal}): ${stderr.slice(-300)}`,
      });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(
      JSON.stringify({
        source,
        variables,
        moduleRoot: process.cwd(),
        maxOutputChars: MAX_RENDERED_CHARS,
      }),
    );
  });
}

/**
 * Renders a template in a child process with a capped heap and a wall-clock limit, at most a
 * few at a time. The engine itself has no limits, so a loop over `range(10**8)` or a string
 * bomb ends the child, never the server.
 */
export async function runRenderWorker(
  source: string,
  variables: Record<string, unknown>,
  timeoutMs: number,
): Promise<RenderOutcome> {
  await acquireSlot();
  try {
    return await renderInProcess(source, variables, timeoutMs);
  } finally {
    releaseSlot();
  }
}

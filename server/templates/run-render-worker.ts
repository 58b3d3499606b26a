import { Worker } from 'node:worker_threads';
import { RENDER_WORKER_SOURCE } from './render-worker-source';

/** Heap of one rendering worker; a template that needs more is refused. */
export const RENDER_MEMORY_LIMIT_MB = 64;

/** Longest rendered config accepted, in characters. */
export const MAX_RENDERED_CHARS = 1_000_000;

/** Renders running at once; more wait, so a burst cannot take the server's memory. */
const MAX_CONCURRENT_RENDERS = 4;

/** How one rendering worker ended. */
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

/** Runs one render in a fresh worker and settles with how it ended; never rejects. */
function renderInWorker(
  source: string,
  variables: Record<string, unknown>,
  timeoutMs: number,
): Promise<RenderOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(RENDER_WORKER_SOURCE, {
      eval: true,
      // An empty environment: nothing of the server's configuration exists in the worker.
      env: {},
      workerData: {
        source,
        variables,
        moduleRoot: process.cwd(),
        maxOutputChars: MAX_RENDERED_CHARS,
      },
      resourceLimits: {
        maxOldGenerationSizeMb: RENDER_MEMORY_LIMIT_MB,
        maxYoungGenerationSizeMb: 16,
        stackSizeMb: 4,
      },
      stdout: true,
      stderr: true,
    });
    let isSettled = false;
    const settle = (outcome: RenderOutcome) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => settle({ kind: 'timeout' }), timeoutMs);
    worker.on('message', (message: unknown) => {
      settle(isRenderOutcome(message) ? message : { kind: 'setup-failed', message: 'bad message' });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') settle({ kind: 'out-of-memory' });
      else settle({ kind: 'setup-failed', message: error.message });
    });
    worker.on('exit', (code) => {
      settle({ kind: 'setup-failed', message: `the rendering worker exited with code ${code}` });
    });
  });
}

/**
 * Renders a template in a worker thread with a capped heap and a wall-clock limit, at most a
 * few at a time. The engine itself has no limits, so a loop over `range(10**8)` or a string
 * bomb ends the worker, never the server.
 */
export async function runRenderWorker(
  source: string,
  variables: Record<string, unknown>,
  timeoutMs: number,
): Promise<RenderOutcome> {
  await acquireSlot();
  try {
    return await renderInWorker(source, variables, timeoutMs);
  } finally {
    releaseSlot();
  }
}

import { type ChildProcess, spawn } from 'node:child_process';
import { REPO_ROOT } from './studio-paths';

/** A running worker process (DBOS workflows) and how to stop it. */
export interface WorkerProcess {
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts worker/main.ts with `env` and waits for its `ready` message over the IPC channel. */
export async function startWorker(env: NodeJS.ProcessEnv): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'worker/main.ts'], {
    cwd: REPO_ROOT,
    env,
    // The IPC channel closes when this process dies, however it dies; the worker then stops.
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  child.stdout?.pipe(process.stdout);
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { type?: string }) => {
      if (message.type === 'ready') resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`the worker exited with code ${code} while starting`)),
    );
  });
  return {
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      // A worker that cannot finish its shutdown in time is killed; DBOS recovers its workflows.
      const deadline = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(deadline);
    },
  };
}

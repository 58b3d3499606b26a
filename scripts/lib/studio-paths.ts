import path from 'node:path';

/** Root of the checkout (scripts run from anywhere). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Files the launcher keeps in a studio data folder. */
export function studioPaths(dataDir: string) {
  const root = path.resolve(REPO_ROOT, dataDir);
  return {
    root,
    postgres: path.join(root, 'postgres'),
    secret: path.join(root, 'auth-secret'),
    adminCredentials: path.join(root, 'admin-credentials.txt'),
    running: path.join(root, 'running.json'),
  };
}

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildIfStale } from './lib/build-if-stale';
import { ensureSecret } from './lib/ensure-secret';
import { type PreparedDatabase, prepareDatabase } from './lib/prepare-database';
import { startNextServer } from './lib/start-next-server';
import { startWorker } from './lib/start-worker';
import { studioPaths } from './lib/studio-paths';

const HELP = `Geo Tuning Studio

Usage: ./studio <command> [options]

Commands:
  up                      Start the studio: embedded PostgreSQL (unless DATABASE_URL is set),
                          migrations, seeded catalogue, local admin account, web app and API.
      --port <n>          Port of the web app and API (default 3000, or PORT)
      --host <addr>       Interface to listen on (default 127.0.0.1; 0.0.0.0 for all)
      --rebuild           Rebuild the app even if the build looks current
  test                    Run the whole test suite (lint, types, build, unit, integration, SDK)
  api-key create          Create an API key for scripts and the geostudio SDK
      --email <e-mail>    Owner of the key (default: the local admin)
      --name <text>       A label to recognise the key by
      --expires-in-days <n>
  api-key list            List a user's keys (--email)
  api-key revoke <id>     Revoke a key for good (--email)
  user create             Create a local account (--email, --password, --admin)
  migrate                 Apply database migrations and seed the catalogue, then exit

Environment:
  DATABASE_URL            Use this PostgreSQL instead of the embedded one
  STUDIO_DATA_DIR         Where the embedded database and secrets live (default .studio)
  NEXTAUTH_SECRET         Session signing secret (default: generated into the data folder)
  STUDIO_ADMIN_EMAIL      Local admin account made at first start (default admin@studio.local)
  STUDIO_ADMIN_PASSWORD   Its password (default: generated and printed once)
  OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_AUDIENCE
                          Sign in through an OpenID Connect provider; Bearer tokens are verified
                          against the issuer's published keys
`;

const DEFAULT_ADMIN_EMAIL = 'admin@studio.local';

interface RunningStudio {
  url: string;
  databaseUrl: string;
  pid: number;
}

function dataDir(): string {
  return process.env.STUDIO_DATA_DIR ?? '.studio';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Reaches the database of a running studio, or starts the embedded one for this command. */
async function openDatabase(): Promise<PreparedDatabase> {
  const paths = studioPaths(dataDir());
  if (!process.env.DATABASE_URL && existsSync(paths.running)) {
    const running = JSON.parse(readFileSync(paths.running, 'utf8')) as RunningStudio;
    if (isAlive(running.pid)) {
      return prepareDatabase(paths.postgres, running.databaseUrl).then((db) => ({
        ...db,
        stop: async () => {
          const { pool } = await import('../server/db/client');
          await pool().end();
        },
      }));
    }
  }
  return prepareDatabase(paths.postgres, process.env.DATABASE_URL);
}

async function commandUp(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      rebuild: { type: 'boolean', default: false },
    },
  });
  const paths = studioPaths(dataDir());
  mkdirSync(paths.root, { recursive: true });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const secret = process.env.NEXTAUTH_SECRET ?? ensureSecret(paths.secret);
  buildIfStale(values.rebuild ?? false);
  console.log(`Starting the database (${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded'})…`);
  const database = await prepareDatabase(paths.postgres, process.env.DATABASE_URL);
  const adminEmail = process.env.STUDIO_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
  const { ensureLocalAdmin } = await import('../server/users/ensure-local-admin');
  const admin = await ensureLocalAdmin(adminEmail, process.env.STUDIO_ADMIN_PASSWORD);
  if (admin.createdPassword) {
    writeFileSync(
      paths.adminCredentials,
      `email: ${admin.email}\npassword: ${admin.createdPassword}\n`,
      { mode: 0o600 },
    );
  }
  const publicUrl = process.env.STUDIO_PUBLIC_URL ?? `http://localhost:${port}`;
  const serverEnv = {
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: publicUrl,
    STUDIO_PUBLIC_URL: publicUrl,
  };
  const worker = await startWorker(serverEnv);
  const server = await startNextServer({
    port,
    host: values.host ?? '127.0.0.1',
    logStream: 'inherit',
    env: serverEnv,
  });
  writeFileSync(
    paths.running,
    JSON.stringify({ url: server.url, databaseUrl: database.url, pid: process.pid }),
  );
  console.log(`\nThe studio is running at ${publicUrl}`);
  console.log(`  Sign in as ${admin.email}`);
  console.log(
    admin.createdPassword
      ? `  Password: ${admin.createdPassword} (also saved in ${paths.adminCredentials})`
      : `  Password: the one set at first start (see ${paths.adminCredentials})`,
  );
  console.log('  API key for scripts: ./studio api-key create --name my-script');
  console.log(`  API reference: ${publicUrl}/api-reference\nPress Ctrl+C to stop.`);
  let isStopping = false;
  const shutdown = async (exitCode: number) => {
    if (isStopping) return;
    isStopping = true;
    await server.stop();
    await worker.stop();
    await database.stop();
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  server.child.once('exit', (code) => {
    if (isStopping) return;
    console.error(`The studio server exited (code ${code}); stopping the worker and database.`);
    void shutdown(code ?? 1);
  });
  worker.child.once('exit', (code) => {
    if (isStopping) return;
    console.error(`The worker exited (code ${code}); stopping the studio.`);
    void shutdown(code ?? 1);
  });
}

async function commandApiKey(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string', default: 'command line' },
      'expires-in-days': { type: 'string' },
    },
  });
  const database = await openDatabase();
  try {
    const { findUserByEmail, toSessionUser } = await import('../server/users/user-repository');
    const email = values.email ?? process.env.STUDIO_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
    const row = await findUserByEmail(email);
    if (!row) throw new Error(`No user with e-mail ${email}; create one with ./studio user create`);
    const user = toSessionUser(row);
    if (action === 'create') {
      const { createApiKey } = await import('../server/api-keys/create-api-key');
      const days = values['expires-in-days'];
      const key = await createApiKey(user, {
        name: values.name ?? '',
        expires_in_days: days ? Number(days) : null,
      });
      console.log(key.value);
      console.error(`Created API key ${key.id} for ${email}; it is shown only this once.`);
    } else if (action === 'list') {
      const { listApiKeys } = await import('../server/api-keys/list-api-keys');
      for (const key of await listApiKeys(user)) {
        console.log(`${key.id}  ${key.prefix}  ${key.active ? 'active' : 'inactive'}  ${key.name}`);
      }
    } else if (action === 'revoke' && positionals[0]) {
      const { revokeApiKey } = await import('../server/api-keys/revoke-api-key');
      await revokeApiKey(user, positionals[0]);
      console.log(`Revoked ${positionals[0]}.`);
    } else {
      throw new Error('Usage: ./studio api-key create|list|revoke <id> [--email <e-mail>]');
    }
  } finally {
    await database.stop();
  }
}

async function commandUser(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      admin: { type: 'boolean', default: false },
    },
  });
  if (action !== 'create' || !values.email) {
    throw new Error('Usage: ./studio user create --email <e-mail> [--password <p>] [--admin]');
  }
  const database = await openDatabase();
  try {
    const { createUser } = await import('../server/users/create-user');
    const user = await createUser({
      email: values.email,
      password: values.password,
      isAdmin: values.admin,
    });
    console.log(`Created user ${user.email} (${user.id}).`);
  } finally {
    await database.stop();
  }
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'up':
      return commandUp(args);
    case 'api-key':
      return commandApiKey(args);
    case 'user':
      return commandUser(args);
    case 'migrate': {
      const database = await openDatabase();
      await database.stop();
      console.log('Database migrated and catalogue seeded.');
      return;
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      console.log(HELP);
      return;
    default:
      console.error(`Unknown command "${command}".\n`);
      console.log(HELP);
      process.exit(2);
  }
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { startDisposableStudio } from '../../scripts/lib/start-disposable-studio';
import { freePort } from '../../server/db/embedded-postgres';
import { startTestIssuer } from './oidc-issuer';
import type { TestUser } from './studio-context';

const OIDC_AUDIENCE = 'studio-tests';

async function makeUser(email: string, isAdmin = false): Promise<TestUser> {
  const { createUser } = await import('../../server/users/create-user');
  const { createApiKey } = await import('../../server/api-keys/create-api-key');
  const { toSessionUser } = await import('../../server/users/user-repository');
  const row = await createUser({ email, password: 'correct horse battery', isAdmin });
  const key = await createApiKey(toSessionUser(row), { name: 'tests', expires_in_days: null });
  return { id: row.id, email, apiKey: key.value };
}

/**
 * Starts one real studio for the whole run: embedded PostgreSQL in a temporary folder, the built
 * Next.js app on a free port, a loopback OpenID Provider, and three users with API keys.
 */
export default async function setup(project: TestProject) {
  // The provider must know the studio's callback URL, so the studio's port is picked first.
  const port = await freePort();
  const issuer = await startTestIssuer({
    clientId: OIDC_AUDIENCE,
    redirectUri: `http://127.0.0.1:${port}/api/auth/callback/oidc`,
  });
  const studio = await startDisposableStudio({
    label: 'test',
    port,
    env: {
      OIDC_ISSUER: issuer.issuer,
      OIDC_CLIENT_ID: OIDC_AUDIENCE,
      OIDC_CLIENT_SECRET: issuer.clientSecret,
      OIDC_AUDIENCE,
    },
  });
  const suffix = randomBytes(4).toString('hex');
  project.provide('studio', {
    baseUrl: studio.url,
    databaseUrl: studio.databaseUrl,
    nextauthSecret: studio.nextauthSecret,
    oidcIssuer: issuer.issuer,
    oidcAudience: OIDC_AUDIENCE,
    oidcPrivateJwk: issuer.privateJwk,
    oidcAccount: issuer.account,
    alice: await makeUser(`alice-${suffix}@example.org`),
    bob: await makeUser(`bob-${suffix}@example.org`),
    admin: await makeUser(`admin-${suffix}@example.org`, true),
  });
  return async () => {
    await studio.stop();
    await issuer.close();
  };
}

import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/** The one person the test provider knows: its login form accepts this login, any password. */
export interface TestIssuerAccount {
  login: string;
  email: string;
}

/** A real OpenID Provider on loopback (oidc-provider) that the studio signs people in through. */
export interface TestIssuer {
  issuer: string;
  privateJwk: JWK;
  clientSecret: string;
  account: TestIssuerAccount;
  close: () => Promise<void>;
}

/** Who may sign in through the provider: the studio as a confidential client. */
export interface TestIssuerOptions {
  clientId: string;
  redirectUri: string;
}

function providerFor(issuer: string, options: TestIssuerOptions, keys: ProviderKeys) {
  const { account } = keys;
  return new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: keys.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [keys.privateJwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // next-auth reads the profile from the ID token (idToken: true), so the e-mail must be in it.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    // Fixed lifetimes (seconds) long enough for one test run; the defaults log a notice each use.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    async findAccount(_context: KoaContextWithOIDC, id: string) {
      // Only the fixed test account exists; the provider completes no sign-in for any other login.
      if (id !== account.login) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: account.email, email_verified: true }),
      };
    },
  });
}

interface ProviderKeys {
  privateJwk: JWK;
  clientSecret: string;
  account: TestIssuerAccount;
}

async function listenOnLoopback(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * Starts the provider with a fresh RS256 key pair; tests sign Bearer tokens with `privateJwk`
 * (kid `test-key`) and the provider signs its ID tokens with the same key.
 */
export async function startTestIssuer(options: TestIssuerOptions): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const privateJwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256' };
  const suffix = randomBytes(4).toString('hex');
  const keys: ProviderKeys = {
    privateJwk: { ...privateJwk, use: 'sig', n: publicJwk.n, e: publicJwk.e },
    clientSecret: randomBytes(24).toString('base64url'),
    account: { login: `sso-person-${suffix}`, email: `sso-person-${suffix}@example.org` },
  };
  // The issuer URL names the port, so the server listens first and the provider is attached after.
  let handler: http.RequestListener = (_request, response) => {
    response.statusCode = 503;
    response.end();
  };
  const server = http.createServer((request, response) => handler(request, response));
  const issuer = `http://127.0.0.1:${await listenOnLoopback(server)}`;
  handler = providerFor(issuer, options, keys).callback();
  return {
    issuer,
    privateJwk,
    clientSecret: keys.clientSecret,
    account: keys.account,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import type { JWK } from 'jose';

/** A test user with a working API key. */
export interface TestUser {
  id: string;
  email: string;
  apiKey: string;
}

/** What the global setup hands every test file. */
export interface StudioContext {
  baseUrl: string;
  databaseUrl: string;
  nextauthSecret: string;
  oidcIssuer: string;
  oidcAudience: string;
  oidcPrivateJwk: JWK;
  /** The login the test OpenID Provider accepts (any password) and the e-mail it reports. */
  oidcAccount: { login: string; email: string };
  alice: TestUser;
  bob: TestUser;
  admin: TestUser;
}

declare module 'vitest' {
  export interface ProvidedContext {
    studio: StudioContext;
  }
}

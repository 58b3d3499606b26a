import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { decode } from 'next-auth/jwt';
import { z } from 'zod';
import { env } from '../env';
import { findUserById, toSessionUser, upsertOidcUser } from '../users/user-repository';
import type { SessionUser } from './user';

const DiscoverySchema = z.object({ issuer: z.string(), jwks_uri: z.url() });

let jwks: { issuer: string; keys: ReturnType<typeof createRemoteJWKSet> } | undefined;

async function issuerKeys(issuerUrl: string) {
  if (jwks?.issuer === issuerUrl) return jwks.keys;
  const response = await fetch(`${issuerUrl.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`OIDC discovery at ${issuerUrl} answered ${response.status}`);
  const discovery = DiscoverySchema.parse(await response.json());
  jwks = { issuer: issuerUrl, keys: createRemoteJWKSet(new URL(discovery.jwks_uri)) };
  return jwks.keys;
}

async function verifyOidcToken(token: string): Promise<SessionUser | null> {
  const config = env();
  if (!config.OIDC_ISSUER) return null;
  let payload: JWTPayload;
  try {
    const verified = await jwtVerify(token, await issuerKeys(config.OIDC_ISSUER), {
      issuer: config.OIDC_ISSUER,
      audience: config.OIDC_AUDIENCE ?? config.OIDC_CLIENT_ID,
    });
    payload = verified.payload;
  } catch {
    return null;
  }
  if (!payload.sub) return null;
  const email = typeof payload.email === 'string' ? payload.email : payload.sub;
  return toSessionUser(await upsertOidcUser(payload.sub, email));
}

async function verifyStudioSessionToken(token: string): Promise<SessionUser | null> {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) return null;
  // decode() decrypts the session JWE; a token not made with our secret fails authentication.
  const payload = await decode({ token, secret }).catch(() => null);
  if (!payload?.sub) return null;
  if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return null;
  const user = await findUserById(payload.sub);
  return user ? toSessionUser(user) : null;
}

/**
 * Resolves a Bearer token to a user only when its signature verifies: a JWS from the configured
 * OIDC issuer (checked against the issuer's JWKS) or a studio session token (JWE, our secret).
 */
export async function verifyBearerToken(token: string): Promise<SessionUser | null> {
  const parts = token.split('.').length;
  if (parts === 3) return verifyOidcToken(token);
  if (parts === 5) return verifyStudioSessionToken(token);
  return null;
}

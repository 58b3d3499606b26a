import { eq } from 'drizzle-orm';
import { generateKeyPair, importJWK, SignJWT } from 'jose';
import { encode } from 'next-auth/jwt';
import { describe, expect, inject, it } from 'vitest';
import { createApiKey } from '../../server/api-keys/create-api-key';
import { db } from '../../server/db/client';
import { apiKeys, users as usersTable } from '../../server/db/schema';
import { api, users } from '../support/api-client';

const { alice, bob } = users();
const studio = inject('studio');
const UNAUTHENTICATED = { detail: 'Provide a valid Authorization or X-Api-Key header.' };
const aliceSession = { id: alice.id, email: alice.email, isAdmin: false };

async function bearer(token: string) {
  return api(null, 'GET', '/v2/tunes', { headers: { Authorization: `Bearer ${token}` } });
}

async function oidcToken(
  claims: Record<string, unknown>,
  options: { audience?: string; expiresIn?: string } = {},
) {
  const key = await importJWK(studio.oidcPrivateJwk, 'RS256');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setIssuer(studio.oidcIssuer)
    .setAudience(options.audience ?? studio.oidcAudience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(key);
}

describe('authentication', () => {
  it('answers 401 with the reference body when no credentials are sent', async () => {
    const answer = await api(null, 'GET', '/v2/tunes');
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual(UNAUTHENTICATED);
  });

  it('accepts the API key header in any letter case', async () => {
    for (const header of ['x-api-key', 'X-API-KEY', 'X-Api-Key']) {
      const answer = await api(null, 'GET', '/v2/tunes', { headers: { [header]: alice.apiKey } });
      expect(answer.status).toBe(200);
    }
  });

  it('refuses unknown, paused, revoked and expired API keys', async () => {
    expect(
      (await api(null, 'GET', '/v2/tunes', { headers: { 'X-API-Key': 'gsk_nope' } })).json,
    ).toEqual(UNAUTHENTICATED);

    const paused = await createApiKey(aliceSession, { name: 'paused', expires_in_days: null });
    const pause = await api(alice, 'PATCH', `/v2/auth/api-keys?apikey_id=${paused.id}`, {
      body: { active: false },
    });
    expect(pause.json.active).toBe(false);
    const usePaused = { headers: { 'X-API-Key': paused.value } };
    expect((await api(null, 'GET', '/v2/tunes', usePaused)).status).toBe(401);
    await api(alice, 'PATCH', `/v2/auth/api-keys?apikey_id=${paused.id}`, {
      body: { active: true },
    });
    expect((await api(null, 'GET', '/v2/tunes', usePaused)).status).toBe(200);

    const expiring = await createApiKey(aliceSession, { name: 'expiring', expires_in_days: 1 });
    const useExpiring = { headers: { 'X-API-Key': expiring.value } };
    expect((await api(null, 'GET', '/v2/tunes', useExpiring)).status).toBe(200);
    await db()
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiKeys.id, expiring.id));
    expect((await api(null, 'GET', '/v2/tunes', useExpiring)).status).toBe(401);
  });

  it('creates a key shown once, lists it without the secret, and revokes it for good', async () => {
    const created = await api(alice, 'POST', '/v2/auth/api-keys', { body: { name: 'script' } });
    expect(created.status).toBe(201);
    expect(created.json.value).toMatch(/^gsk_[A-Za-z0-9_-]{43}$/);
    const [stored] = await db().select().from(apiKeys).where(eq(apiKeys.id, created.json.id));
    expect(stored?.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(created.json.value);

    const listed = await api(alice, 'GET', '/v2/auth/api-keys');
    const entry = listed.json.results.find((key: { id: string }) => key.id === created.json.id);
    expect(entry.name).toBe('script');
    expect(entry).not.toHaveProperty('value');
    expect(listed.text).not.toContain(created.json.value);

    const withKey = { headers: { 'X-API-Key': created.json.value } };
    expect((await api(null, 'GET', '/v2/tunes', withKey)).status).toBe(200);
    expect(
      (await api(bob, 'DELETE', `/v2/auth/api-keys?apikey_id=${created.json.id}`)).status,
    ).toBe(404);
    expect((await api(null, 'GET', '/v2/tunes', withKey)).status).toBe(200);
    expect(
      (await api(alice, 'DELETE', `/v2/auth/api-keys?apikey_id=${created.json.id}`)).status,
    ).toBe(204);
    expect((await api(null, 'GET', '/v2/tunes', withKey)).status).toBe(401);
  });

  it('accepts a studio session token as Bearer only when it was sealed with the studio secret', async () => {
    const good = await encode({
      token: { sub: alice.id, email: alice.email },
      secret: studio.nextauthSecret,
    });
    expect((await bearer(good)).status).toBe(200);
    const forged = await encode({
      token: { sub: alice.id, email: alice.email },
      secret: 'an-attacker-secret-that-is-long-enough-1234',
    });
    expect((await bearer(forged)).json).toEqual(UNAUTHENTICATED);
    const tampered = `${good.slice(0, -4)}AAAA`;
    expect((await bearer(tampered)).status).toBe(401);
  });

  it('accepts an OIDC token only when the issuer’s key signed it for this audience and it is fresh', async () => {
    const subject = `oidc-${Date.now()}`;
    const good = await oidcToken({ sub: subject, email: `${subject}@example.org` });
    const answer = await bearer(good);
    expect(answer.status).toBe(200);
    const [provisioned] = await db()
      .select()
      .from(usersTable)
      .where(eq(usersTable.oidcSubject, subject));
    expect(provisioned?.email).toBe(`${subject}@example.org`);

    expect(
      (await bearer(await oidcToken({ sub: subject }, { audience: 'someone-else' }))).status,
    ).toBe(401);
    expect((await bearer(await oidcToken({ sub: subject }, { expiresIn: '-1m' }))).status).toBe(
      401,
    );

    const { privateKey } = await generateKeyPair('RS256');
    const foreign = await new SignJWT({ sub: subject })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(studio.oidcIssuer)
      .setAudience(studio.oidcAudience)
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await bearer(foreign)).status).toBe(401);

    const [header, payload] = good.split('.');
    const unsignedHeader = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    expect((await bearer(`${unsignedHeader}.${payload}.`)).status).toBe(401);
    expect(header).toBeTruthy();
  });

  it('an OIDC user sees only their own objects', async () => {
    const token = await oidcToken({
      sub: `oidc-iso-${Date.now()}`,
      email: `iso-${Date.now()}@example.org`,
    });
    const answer = await bearer(token);
    expect(answer.json.total_records).toBe(0);
  });
});

import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { createApiKey } from '../api-keys/create-api-key';
import { createUser } from '../users/create-user';
import { toSessionUser } from '../users/user-repository';

const baseUrl = inject('studio').baseUrl;
const PASSWORD = 'correct horse battery';

interface TrpcAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary tRPC answer shapes
  body: any;
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** Signs in through next-auth's credentials flow over HTTP and returns the session cookie. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: 'true' }),
  });
  const session = response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in of ${email} set no session cookie`);
  return session.split(';')[0] ?? '';
}

async function newPerson(label: string) {
  const email = `${label}-${randomBytes(4).toString('hex')}@example.org`;
  const row = await createUser({ email, password: PASSWORD });
  return { user: toSessionUser(row), cookie: await signIn(email) };
}

async function query(cookie: string, path: string, input?: unknown): Promise<TrpcAnswer> {
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(`${baseUrl}/api/trpc/${path}${search}`, { headers: { cookie } });
  return { status: response.status, body: await response.json() };
}

async function mutate(cookie: string, path: string, input: unknown): Promise<TrpcAnswer> {
  const response = await fetch(`${baseUrl}/api/trpc/${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: await response.json() };
}

describe('the browser API (tRPC)', () => {
  it('creates, lists and revokes API keys for the signed-in person only', async () => {
    const alice = await newPerson('trpc-alice');
    const bob = await newPerson('trpc-bob');

    const created = await mutate(alice.cookie, 'apiKeys.create', { name: 'from trpc' });
    expect(created.status).toBe(200);
    expect(created.body.result.data.value).toMatch(/^gsk_/);
    const listed = await query(alice.cookie, 'apiKeys.list');
    expect(listed.body.result.data.map((key: { name: string }) => key.name)).toEqual(['from trpc']);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.result.data.value);

    const bobsKeys = await query(bob.cookie, 'apiKeys.list');
    expect(bobsKeys.body.result.data).toEqual([]);
    const stolen = await mutate(bob.cookie, 'apiKeys.revoke', {
      id: created.body.result.data.id,
    });
    expect(stolen.status).toBe(404);
    expect(stolen.body.error.data.code).toBe('NOT_FOUND');
    expect(stolen.body.error.message).toContain('was not found');

    const revoked = await mutate(alice.cookie, 'apiKeys.revoke', {
      id: created.body.result.data.id,
    });
    expect(revoked.status).toBe(200);
    expect((await query(alice.cookie, 'apiKeys.list')).body.result.data).toEqual([]);
  });

  it('pauses and resumes a key, and the REST API follows at once', async () => {
    const alice = await newPerson('trpc-pause');
    const bob = await newPerson('trpc-pause-bob');
    const created = await mutate(alice.cookie, 'apiKeys.create', { name: 'pausable' });
    const { id, value } = created.body.result.data;
    const restStatus = async () =>
      (await fetch(`${baseUrl}/v2/tunes`, { headers: { 'X-API-Key': value } })).status;
    expect(await restStatus()).toBe(200);

    const stolen = await mutate(bob.cookie, 'apiKeys.setActive', { id, active: false });
    expect(stolen.status).toBe(404);
    expect(await restStatus()).toBe(200);

    const paused = await mutate(alice.cookie, 'apiKeys.setActive', { id, active: false });
    expect(paused.body.result.data.active).toBe(false);
    expect(await restStatus()).toBe(401);
    const resumed = await mutate(alice.cookie, 'apiKeys.setActive', { id, active: true });
    expect(resumed.body.result.data.active).toBe(true);
    expect(await restStatus()).toBe(200);
  });

  it('answers bad input with 422 and the offending field, flattened for forms', async () => {
    const { cookie } = await newPerson('trpc-input');
    const badId = await mutate(cookie, 'apiKeys.revoke', { id: 'not-a-uuid' });
    expect(badId.status).toBe(422);
    expect(badId.body.error.data.code).toBe('UNPROCESSABLE_CONTENT');
    expect(badId.body.error.data.fieldErrors).toEqual({ id: ['must be a UUID'] });

    const badExpiry = await mutate(cookie, 'apiKeys.create', { name: 'x', expires_in_days: 0 });
    expect(badExpiry.status).toBe(422);
    expect(Object.keys(badExpiry.body.error.data.fieldErrors)).toEqual(['expires_in_days']);

    const badStatus = await query(cookie, 'tunes.list', { status: 'Exploded' });
    expect(badStatus.status).toBe(422);
    expect(Object.keys(badStatus.body.error.data.fieldErrors)).toEqual(['status']);
  });

  it('maps a service conflict to 409 with its message', async () => {
    const { user, cookie } = await newPerson('trpc-conflict');
    for (let index = 0; index < 20; index += 1) {
      await createApiKey(user, { name: `key ${index}`, expires_in_days: null });
    }
    const refused = await mutate(cookie, 'apiKeys.create', { name: 'one too many' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.data.code).toBe('CONFLICT');
    expect(refused.body.error.message).toContain('revoke one before creating another');
  });

  it('refuses every procedure without a session, and a forged cookie is no session', async () => {
    for (const path of ['apiKeys.list', 'baseModels.list', 'tunes.list', 'tuneTemplates.list']) {
      const answer = await query('next-auth.session-token=forged', path, {});
      expect(answer.status).toBe(401);
      expect(answer.body.error.data.code).toBe('UNAUTHORIZED');
      expect(answer.body.error.data.stack).toBeUndefined();
    }
  });

  it('reads the catalogue through the same services as the REST API', async () => {
    const { cookie } = await newPerson('trpc-catalogue');
    const models = await query(cookie, 'baseModels.list', { limit: 100 });
    const rest = await fetch(`${baseUrl}/v2/base-models?limit=100`, {
      headers: { 'X-API-Key': inject('studio').alice.apiKey },
    });
    const restBody = (await rest.json()) as { results: { id: string }[] };
    const systemIds = (list: { id: string; created_by: string }[]) =>
      list
        .filter((model) => model.created_by === 'system')
        .map((model) => model.id)
        .sort();
    expect(systemIds(models.body.result.data.results)).toEqual(
      systemIds(restBody.results as { id: string; created_by: string }[]),
    );
    expect(models.body.result.data.total).toBeGreaterThanOrEqual(9);
  });
});

import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { db } from '../server/db/client';
import { apiKeys } from '../server/db/schema';
import { launchBrowser, newStudioContext, screenshot, signInWithKeyboard } from './support/browser';
import { createE2eUser } from './support/e2e-user';

const baseUrl = inject('studio').baseUrl;
const UNAUTHENTICATED = 'Provide a valid Authorization or X-Api-Key header.';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function callApi(path: string, apiKey: string) {
  return fetch(`${baseUrl}${path}`, { headers: { 'X-API-Key': apiKey } });
}

describe('sign-in and API keys in the browser', { timeout: 90_000 }, () => {
  it('a person signs in, creates an API key, copies it once, and the key works against the REST API', async () => {
    const person = await createE2eUser('keys');
    const context = await newStudioContext(browser);
    const page = await context.newPage();

    await page.goto('/api-keys');
    await page.waitForURL(/\/sign-in\?callbackUrl=%2Fapi-keys$/);
    await signInWithKeyboard(page, person.email, person.password);
    await page.waitForURL(/\/api-keys$/);
    await expect.poll(() => page.getByTestId('signed-in-email').textContent()).toBe(person.email);
    await page.getByText('No API keys yet').waitFor();
    await screenshot(page, 'api-keys-empty');

    await page.getByLabel('Name').fill('e2e notebook');
    await page.getByLabel('Expires after (days)').fill('30');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secretField = page.getByTestId('new-api-key-value');
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^gsk_[A-Za-z0-9_-]{40,}$/);
    await expect
      .poll(() => page.getByText('It will not be shown again', { exact: false }).count())
      .toBe(1);

    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.getByRole('row', { name: /e2e notebook/ }).waitFor();
    await screenshot(page, 'api-key-created');

    const [stored] = await db().select().from(apiKeys).where(eq(apiKeys.userId, person.id));
    expect(stored?.name).toBe('e2e notebook');
    expect(stored?.keyHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(stored?.revokedAt).toBeNull();
    const daysToExpiry = ((stored?.expiresAt?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(daysToExpiry).toBeGreaterThan(29.9);
    expect(daysToExpiry).toBeLessThanOrEqual(30);

    const listed = await callApi('/v2/auth/api-keys', secret);
    expect(listed.status).toBe(200);
    const body = (await listed.json()) as { results: { id: string; name: string }[] };
    expect(body.results.map((key) => key.name)).toEqual(['e2e notebook']);
    const throughGateway = await callApi('/studio-gateway/v2/tunes', secret);
    expect(throughGateway.status).toBe(200);

    // Shown once: after a reload only the prefix remains, and the page holds no secret.
    await page.reload();
    const row = page.getByRole('row', { name: /e2e notebook/ });
    await row.waitFor();
    expect(await page.getByTestId('new-api-key-value').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    expect(await row.textContent()).toContain(secret.slice(0, 10));
    expect(await row.textContent()).not.toContain('Never');

    await row.getByRole('button', { name: 'Revoke e2e notebook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this API key?' });
    await dialog.waitFor();
    await screenshot(page, 'api-key-revoke-confirm');
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    await page.getByText('No API keys yet').waitFor();

    const [revoked] = await db().select().from(apiKeys).where(eq(apiKeys.userId, person.id));
    expect(revoked?.revokedAt).toBeInstanceOf(Date);
    const refused = await callApi('/v2/auth/api-keys', secret);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ detail: UNAUTHENTICATED });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.goto('/api-keys');
    await page.waitForURL(/\/sign-in\?callbackUrl=%2Fapi-keys$/);
    await context.close();
  });

  it('a wrong password shows an error on the sign-in page', async () => {
    const person = await createE2eUser('wrong-password');
    const context = await newStudioContext(browser);
    const page = await context.newPage();

    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(person.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const error = page.getByTestId('sign-in-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('do not match an account');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    const cookies = await context.cookies();
    expect(cookies.map((cookie) => cookie.name)).not.toContain('next-auth.session-token');
    await screenshot(page, 'sign-in-wrong-password');

    // The right password still works from the same page afterwards.
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/tunes$/);
    await page.getByText('No tunes yet').waitFor();
    await context.close();
  });

  it('an anonymous visitor is sent to sign-in', async () => {
    const context = await newStudioContext(browser);
    const page = await context.newPage();

    for (const path of ['/tunes?status=Failed', '/base-models', '/api-reference']) {
      await page.goto(path);
      await page.waitForURL((url) => url.pathname === '/sign-in');
      expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(path);
      expect(await page.getByTestId('signed-in-email').count()).toBe(0);
    }
    await page.getByRole('button', { name: 'Sign in with single sign-on' }).waitFor();
    await screenshot(page, 'sign-in');

    // The server itself redirects, before any studio page is sent.
    const direct = await fetch(`${baseUrl}/api-keys`, { redirect: 'manual' });
    expect([303, 307]).toContain(direct.status);
    expect(direct.headers.get('location')).toContain('/sign-in?callbackUrl=%2Fapi-keys');

    // And the browser's API refuses without a session.
    const procedure = await fetch(`${baseUrl}/api/trpc/apiKeys.list`);
    expect(procedure.status).toBe(401);
    const answer = (await procedure.json()) as { error: { data: { code: string } } };
    expect(answer.error.data.code).toBe('UNAUTHORIZED');
    await context.close();
  });
});

import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { db } from '../server/db/client';
import { users } from '../server/db/schema';
import { launchBrowser, newStudioContext, screenshot } from './support/browser';

const { oidcAccount, oidcIssuer } = inject('studio');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('single sign-on in the browser', { timeout: 90_000 }, () => {
  it('a person signs in through the single sign-on provider and lands in the studio as the account the provider named', async () => {
    const context = await newStudioContext(browser);
    const page = await context.newPage();

    await page.goto('/sign-in?callbackUrl=%2Fapi-keys');
    await page.getByRole('button', { name: 'Sign in with single sign-on' }).click();

    // The provider's own login page, on the provider's origin.
    await page.waitForURL(
      (url) => url.origin === oidcIssuer && url.pathname.startsWith('/interaction/'),
    );
    await page.locator('input[name="login"]').fill(oidcAccount.login);
    await page.locator('input[name="password"]').fill('any password the test provider accepts');
    await screenshot(page, 'single-sign-on-provider-login');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    // First sign-in for this client: the provider asks the person to let the studio see them.
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    expect(new URL(page.url()).origin).toBe(oidcIssuer);
    expect(await page.getByText('email', { exact: true }).count()).toBe(1);
    await screenshot(page, 'single-sign-on-provider-consent');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL((url) => url.pathname === '/api-keys' && url.origin !== oidcIssuer);
    await expect
      .poll(() => page.getByTestId('signed-in-email').textContent())
      .toBe(oidcAccount.email);
    await page.getByText('No API keys yet').waitFor();
    await screenshot(page, 'single-sign-on-signed-in');

    const provisioned = await db()
      .select()
      .from(users)
      .where(eq(users.oidcSubject, oidcAccount.login));
    expect(provisioned).toHaveLength(1);
    expect(provisioned[0]?.email).toBe(oidcAccount.email);
    expect(provisioned[0]?.passwordHash).toBeNull();

    // The session names the studio user, not the provider's subject.
    const session = await page.request.get('/api/auth/session');
    expect(await session.json()).toMatchObject({
      user: { id: provisioned[0]?.id, email: oidcAccount.email },
    });
    const procedure = await page.request.get('/api/trpc/apiKeys.list');
    expect(procedure.status()).toBe(200);
    expect(await procedure.json()).toEqual({ result: { data: [] } });
    await context.close();
  });
});

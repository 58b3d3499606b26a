import { and, eq, isNull } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../server/auth/user';
import { db } from '../server/db/client';
import { baseModels, tunes, tuneTemplates } from '../server/db/schema';
import { createTuneRecord } from '../server/tunes/create-tune-record';
import { launchBrowser, newStudioContext, screenshot, signInWithKeyboard } from './support/browser';
import { createE2eUser } from './support/e2e-user';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** 26 Pending flood tunes, one Failed burn-scar tune and one running crop tune. */
async function arrangeTunes(user: SessionUser) {
  const [template] = await db()
    .insert(tuneTemplates)
    .values({ ownerId: user.id, name: 'e2e segmentation', content: 'trainer: {}\n' })
    .returning();
  if (!template) throw new Error('template insert returned no row');
  const record = { tuneTemplateId: template.id, baseModelId: null, datasetId: 'geodata-e2e' };
  for (let index = 1; index <= 26; index += 1) {
    await createTuneRecord(user, {
      ...record,
      name: `flood-map-${String(index).padStart(2, '0')}`,
    });
  }
  const burn = await createTuneRecord(user, { ...record, name: 'burn-scars' });
  const crops = await createTuneRecord(user, { ...record, name: 'crop-types' });
  await db().update(tunes).set({ status: 'Failed' }).where(eq(tunes.id, burn.id));
  await db().update(tunes).set({ status: 'In_progress' }).where(eq(tunes.id, crops.id));
}

async function visibleTuneNames(page: Page): Promise<string[]> {
  const cells = page.getByTestId('tune-row').locator('td:first-child span:first-child');
  return cells.allTextContents();
}

async function signedInPage(label: string) {
  const person = await createE2eUser(label);
  const context = await newStudioContext(browser);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signInWithKeyboard(page, person.email, person.password);
  await page.waitForURL(/\/tunes$/);
  return { person, context, page };
}

describe('browsing the studio', { timeout: 90_000 }, () => {
  it('a signed-in person pages through their tunes and filters them by status and name', async () => {
    const { person, context, page } = await signedInPage('tunes');
    await arrangeTunes(person);
    await page.reload();

    await page.getByText('1–25 of 28 tunes').waitFor();
    expect(await page.getByTestId('tune-row').count()).toBe(25);
    expect((await visibleTuneNames(page)).slice(0, 2)).toEqual(['crop-types', 'burn-scars']);
    await screenshot(page, 'tunes');

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('26–28 of 28 tunes').waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');

    await page.getByLabel('Status').selectOption('Failed');
    await page.getByText('1–1 of 1 tunes').waitFor();
    expect(await visibleTuneNames(page)).toEqual(['burn-scars']);
    expect(new URL(page.url()).search).toBe('?status=Failed');
    expect(await page.getByTestId('tune-row').getByText('Failed').count()).toBe(1);

    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Search by name').fill('CROP');
    await page.waitForURL((url) => url.searchParams.get('name') === 'CROP');
    await page.getByText('1–1 of 1 tunes').waitFor();
    expect(await visibleTuneNames(page)).toEqual(['crop-types']);
    expect(await page.getByTestId('tune-row').getByText('In progress').count()).toBe(1);

    await page.getByLabel('Search by name').fill('no-such-tune');
    await page.getByText('No tunes match these filters').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('1–25 of 28 tunes').waitFor();
    await context.close();
  });

  it('a signed-in person reads the base model catalogue as cards', async () => {
    const { context, page } = await signedInPage('catalogue');
    await page.getByRole('link', { name: 'Base models' }).click();
    await page.waitForURL(/\/base-models$/);

    const seeded = await db()
      .select({ name: baseModels.name })
      .from(baseModels)
      .where(and(isNull(baseModels.ownerId), eq(baseModels.isActive, true)));
    const cards = page.locator('article');
    await cards.first().waitFor();
    // Other test files may add models meanwhile, so check membership rather than a count.
    const headings = await cards.locator('h2').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(seeded.map((model) => model.name)));
    const tiny = cards.filter({ hasText: 'timm_resnet18' });
    expect(await tiny.getByText('Random init', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Base models' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await screenshot(page, 'base-models');

    await page.getByRole('button', { name: 'prithvi', exact: true }).click();
    const prithvi = await cards.locator('h2').allTextContents();
    expect(prithvi.length).toBeGreaterThanOrEqual(3);
    expect(prithvi.every((name) => name.startsWith('Prithvi'))).toBe(true);
    await context.close();
  });

  it('a signed-in person reads the API reference and opens an endpoint', async () => {
    const { context, page } = await signedInPage('reference');
    await page.goto('/api-reference');

    await page.getByRole('heading', { name: 'Tunes', level: 2 }).waitFor();
    const sections = page.getByRole('navigation', { name: 'API sections' });
    for (const tag of ['Auth', 'Base models', 'Tunes']) {
      expect(
        await sections.getByRole('link', { name: new RegExp(`^${tag}\\s*\\d+$`) }).count(),
      ).toBe(1);
    }
    expect(
      await page.getByRole('link', { name: 'OpenAPI document (JSON)' }).getAttribute('href'),
    ).toBe('/v2/openapi.json');
    const listTunes = page
      .locator('details', { has: page.locator('summary code', { hasText: /^\/v2\/tunes$/ }) })
      .first();
    await listTunes.locator('summary').first().click();
    await listTunes.getByRole('cell', { name: 'limit', exact: false }).first().waitFor();
    expect(await listTunes.getByText('one of "Pending"', { exact: false }).count()).toBe(1);
    expect(await listTunes.getByText('total_records').count()).toBe(1);
    await screenshot(page, 'api-reference');
    await context.close();
  });
});

import { and, isNull } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../server/db/client';
import { tuneTemplates } from '../server/db/schema';
import { launchBrowser, newStudioContext, screenshot, signInWithKeyboard } from './support/browser';
import { createE2eUser } from './support/e2e-user';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const JINJA = [
  '# e2e template {{ tune_id }}',
  'trainer:',
  '  max_epochs: {{ runner.max_epochs }}',
  'model:',
  '  init_args:',
  '    decoder: {{ model.decoder }}',
  '',
].join('\n');

const PARAMETER_SCHEMA = {
  type: 'object',
  properties: {
    runner: {
      type: 'object',
      studio_name: 'Runner',
      properties: {
        max_epochs: { type: 'int', default: 7, studio_name: 'Epochs', minimum: 1, maximum: 50 },
        use_early_stopping: { type: 'bool', default: true, studio_name: 'Stop early' },
      },
    },
    model: {
      type: 'object',
      studio_name: 'Model head',
      properties: {
        decoder: {
          type: 'string',
          default: 'UNetDecoder',
          enum: ['UperNetDecoder', 'UNetDecoder'],
          studio_name: 'Decoder',
        },
        head_dropout: { type: 'float', default: 0.25, studio_name: 'Head dropout' },
      },
    },
  },
};

async function insertTemplate(ownerId: string, name: string) {
  const [row] = await db()
    .insert(tuneTemplates)
    .values({
      ownerId,
      name,
      description: 'Written by the browser journey.',
      purpose: 'Segmentation',
      content: JINJA,
      parameterSchema: PARAMETER_SCHEMA,
      extraInfo: { model_category: ['prithvi', 'terramind'] },
    })
    .returning();
  if (!row) throw new Error('template insert returned no row');
  return row;
}

describe('templates in the browser', { timeout: 90_000 }, () => {
  it('a signed-in person opens a template and reads its form and its Jinja source', async () => {
    const person = await createE2eUser('templates');
    const stranger = await createE2eUser('stranger');
    const mine = await insertTemplate(person.id, 'e2e flood template');
    const theirs = await insertTemplate(stranger.id, 'someone else template');
    const seeded = await db()
      .select({ name: tuneTemplates.name })
      .from(tuneTemplates)
      .where(and(isNull(tuneTemplates.ownerId), isNull(tuneTemplates.deletedAt)));

    const context = await newStudioContext(browser);
    const page = await context.newPage();
    await page.goto('/templates');
    await page.waitForURL(/\/sign-in/);
    await signInWithKeyboard(page, person.email, person.password);
    await page.waitForURL(/\/templates$/);

    await page.getByTestId('template-row').first().waitFor();
    // Other test files may add system templates meanwhile, so check membership, not a count.
    const listed = await page.getByTestId('template-row').locator('a').allTextContents();
    expect(listed).toContain('e2e flood template');
    expect(listed).toEqual(expect.arrayContaining(seeded.map((template) => template.name)));
    expect(listed).not.toContain('someone else template');
    await screenshot(page, 'templates');

    await page.getByRole('link', { name: 'e2e flood template' }).click();
    await page.waitForURL(new RegExp(`/templates/${mine.id}$`));
    await page.getByRole('heading', { name: 'e2e flood template', level: 1 }).waitFor();

    // PostgreSQL's jsonb keeps keys in its own order, so the tabs follow the stored schema.
    const stored = mine.parameterSchema as typeof PARAMETER_SCHEMA;
    const tabs = page.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(
      Object.values(stored.properties).map((group) => group.studio_name),
    );
    await page.getByRole('tab', { name: 'Runner' }).click();
    expect(await page.getByLabel('Epochs').inputValue()).toBe('7');
    expect(await page.getByLabel('Stop early').isChecked()).toBe(true);

    // Tabs move with the arrow keys, as the WAI-ARIA tabs pattern has it.
    // With two tabs, the next one after Runner is Model head whichever comes first.
    await page.getByRole('tab', { name: 'Runner' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Model head');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Model head');
    expect(await page.getByLabel('Decoder').inputValue()).toBe('UNetDecoder');
    expect(await page.getByLabel('Head dropout').inputValue()).toBe('0.25');

    const source = page.locator('pre').filter({ hasText: 'e2e template' });
    expect(await source.textContent()).toContain('max_epochs: {{ runner.max_epochs }}');
    expect(await source.locator('span > span').first().textContent()).toBe('1');
    await screenshot(page, 'template-detail');

    await page.goto(`/templates/${theirs.id}`);
    await page.getByText('Template not found').waitFor();
    expect(await page.getByText('someone else template').count()).toBe(0);
    await page.goto('/templates/not-a-template');
    await page.getByText('Template not found').waitFor();
    await context.close();
  });
});

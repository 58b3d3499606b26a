import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../server/db/client';
import { tunes } from '../../server/db/schema';
import { api, users } from '../support/api-client';
import { arrangeTemplate, arrangeTune } from '../support/arrange';

const { alice, bob } = users();
let templateId = '';

beforeAll(async () => {
  templateId = (await arrangeTemplate(alice, 'tunes test template')).id;
});

describe('tunes', () => {
  it('lists only the caller’s tunes, newest first, with the reference envelope', async () => {
    const first = await arrangeTune(alice, { name: 'list-first', templateId });
    const second = await arrangeTune(alice, { name: 'list-second', templateId });
    const answer = await api(alice, 'GET', '/v2/tunes?limit=2');
    expect(answer.status).toBe(200);
    expect(answer.json.page_count).toBe(2);
    expect(answer.json.total_records).toBeGreaterThanOrEqual(2);
    expect(answer.json.results.map((tune: { id: string }) => tune.id)).toEqual([
      second.id,
      first.id,
    ]);
    const tune = answer.json.results[0];
    expect(tune.id).toMatch(/^geotune-[a-z0-9]{12}$/);
    expect(tune.task).toEqual({ id: templateId, name: 'tunes test template' });
    expect(tune.base_model.name).toContain('ResNet-18');
    expect(tune.status).toBe('Pending');

    const bobs = await api(bob, 'GET', '/v2/tunes?limit=1000');
    expect(bobs.json.results.map((t: { id: string }) => t.id)).not.toContain(first.id);
  });

  it('filters by name and status and pages with skip', async () => {
    const marker = `needle${Date.now()}`;
    await arrangeTune(alice, { name: `${marker}-a`, templateId });
    const failed = await arrangeTune(alice, { name: `${marker}-b`, templateId });
    await db().update(tunes).set({ status: 'Failed' }).where(eq(tunes.id, failed.id));

    const byName = await api(alice, 'GET', `/v2/tunes?name=${marker.toUpperCase()}`);
    expect(byName.json.total_records).toBe(2);
    const byStatus = await api(alice, 'GET', `/v2/tunes?name=${marker}&status=Failed`);
    expect(byStatus.json.results.map((t: { id: string }) => t.id)).toEqual([failed.id]);
    const skipped = await api(alice, 'GET', `/v2/tunes?name=${marker}&skip=1&limit=1`);
    expect(skipped.json.page_count).toBe(1);
    expect(skipped.json.total_records).toBe(2);

    const badStatus = await api(alice, 'GET', '/v2/tunes?status=Running');
    expect(badStatus.status).toBe(422);
    expect(badStatus.json.detail[0].loc).toEqual(['query', 'status']);
    const badLimit = await api(alice, 'GET', '/v2/tunes?limit=abc');
    expect(badLimit.status).toBe(422);
    expect(badLimit.json.detail[0].loc).toEqual(['query', 'limit']);
  });

  it('returns a tune’s detail with the fields the SDK reads', async () => {
    const tune = await arrangeTune(alice, { templateId, trainOptions: { gpu: 1 } });
    const answer = await api(alice, 'GET', `/v2/tunes/${tune.id}`);
    expect(answer.status).toBe(200);
    for (const field of [
      'metrics',
      'logs_presigned_url',
      'config_json',
      'progress',
      'train_options',
      'model_parameters',
      'tune_template_id',
      'tuning_config',
      'tuning_config_presigned_url',
    ]) {
      expect(answer.json).toHaveProperty(field);
    }
    expect(answer.json.metrics).toEqual([]);
    expect(answer.json.train_options).toEqual({ gpu: 1 });
    expect(answer.json.tune_template_id).toBe(templateId);
  });

  it('patches name and description, leaves null fields alone and deep-merges train_options', async () => {
    const tune = await arrangeTune(alice, {
      name: 'patch-me',
      templateId,
      trainOptions: { resources: { gpu: 1, cpu: 4 }, tags: ['a'] },
    });
    const first = await api(alice, 'PATCH', `/v2/tunes/${tune.id}`, {
      body: {
        name: 'patched',
        description: null,
        train_options: { resources: { gpu: 2 }, tags: ['b'] },
      },
    });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ message: 'Tune successfully updated.' });
    const second = await api(alice, 'PATCH', `/v2/tunes/${tune.id}`, {
      body: { name: null, description: '', train_options: null },
    });
    expect(second.status).toBe(200);

    const [row] = await db().select().from(tunes).where(eq(tunes.id, tune.id));
    expect(row?.name).toBe('patched');
    expect(row?.description).toBe('');
    expect(row?.trainOptions).toEqual({ resources: { gpu: 2, cpu: 4 }, tags: ['b'] });
  });

  it('rejects a patch with a bad field type with a 422 naming it', async () => {
    const tune = await arrangeTune(alice, { templateId });
    const answer = await api(alice, 'PATCH', `/v2/tunes/${tune.id}`, {
      body: { train_options: [1] },
    });
    expect(answer.status).toBe(422);
    expect(answer.json.detail[0].loc).toEqual(['body', 'train_options']);
  });

  it('soft-deletes a tune: 204, gone from reads and lists, row kept', async () => {
    const tune = await arrangeTune(alice, { templateId });
    const deleted = await api(alice, 'DELETE', `/v2/tunes/${tune.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await api(alice, 'GET', `/v2/tunes/${tune.id}`)).status).toBe(404);
    expect((await api(alice, 'DELETE', `/v2/tunes/${tune.id}`)).status).toBe(404);
    const [row] = await db().select().from(tunes).where(eq(tunes.id, tune.id));
    expect(row?.deletedAt).toBeInstanceOf(Date);
  });

  it('answers 404 to another user for every tune endpoint and changes nothing', async () => {
    const tune = await arrangeTune(alice, { name: 'alice-only', templateId });
    expect((await api(bob, 'GET', `/v2/tunes/${tune.id}`)).status).toBe(404);
    expect(
      (await api(bob, 'PATCH', `/v2/tunes/${tune.id}`, { body: { name: 'stolen' } })).status,
    ).toBe(404);
    expect((await api(bob, 'DELETE', `/v2/tunes/${tune.id}`)).status).toBe(404);
    const [row] = await db().select().from(tunes).where(eq(tunes.id, tune.id));
    expect(row?.name).toBe('alice-only');
    expect(row?.deletedAt).toBeNull();
  });
});

describe('tune list totals', () => {
  it('stay equal to the live tunes through inserts, status changes, deletes and restores', async () => {
    const carol = users().admin;
    const template = await arrangeTemplate(carol, 'totals template');
    const created = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        arrangeTune(carol, { name: `total-${index}`, templateId: template.id }),
      ),
    );
    await db()
      .update(tunes)
      .set({ status: 'Failed' })
      .where(eq(tunes.id, created[0]?.id ?? ''));
    await api(carol, 'DELETE', `/v2/tunes/${created[1]?.id}`);
    await db()
      .update(tunes)
      .set({ deletedAt: null })
      .where(eq(tunes.id, created[1]?.id ?? ''));
    await api(carol, 'DELETE', `/v2/tunes/${created[2]?.id}`);

    const live = await db().select().from(tunes).where(eq(tunes.ownerId, carol.id));
    const liveCount = live.filter((tune) => tune.deletedAt === null).length;
    const failedCount = live.filter((t) => t.deletedAt === null && t.status === 'Failed').length;
    const all = await api(carol, 'GET', '/v2/tunes');
    const failed = await api(carol, 'GET', '/v2/tunes?status=Failed');
    expect(all.json.total_records).toBe(liveCount);
    expect(failed.json.total_records).toBe(failedCount);
    expect(liveCount).toBeGreaterThanOrEqual(5);
  });
});

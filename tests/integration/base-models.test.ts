import { describe, expect, it } from 'vitest';
import { api, users } from '../support/api-client';

const { alice, bob, admin } = users();
const SEEDED_TINY = '6f1f4a52-7d3e-4c57-9a0e-1b2c3d4e5f09';

describe('base models', () => {
  it('lists the seeded catalogue with real TerraTorch backbone names', async () => {
    const answer = await api(alice, 'GET', '/v2/base-models?limit=100');
    expect(answer.status).toBe(200);
    const backbones = answer.json.results.map(
      (model: { model_params: { backbone: string } }) => model.model_params.backbone,
    );
    for (const name of [
      'prithvi_eo_v1_100',
      'prithvi_eo_v2_300',
      'prithvi_eo_v2_600',
      'terramind_v1_tiny',
      'terramind_v1_base',
      'clay_v1_base',
      'timm_resnet50',
      'timm_convnext_base',
      'timm_resnet18',
    ]) {
      expect(backbones).toContain(name);
    }
    expect(answer.json.total_records).toBeGreaterThanOrEqual(9);
    expect(answer.json.page_count).toBe(answer.json.results.length);
  });

  it('creates a base model owned by the caller and hides it from other users', async () => {
    const created = await api(alice, 'POST', '/v2/base-models', {
      body: {
        name: 'alice prithvi',
        description: 'mine',
        model_params: {
          backbone: 'prithvi_eo_v2_300',
          embed_dim: 1024,
          num_heads: 16,
          model_category: 'prithvi',
        },
      },
    });
    expect(created.status).toBe(201);
    expect(created.json.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.json.created_by).toBe(alice.email);
    expect(created.json.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const mine = await api(alice, 'GET', `/v2/base-models/${created.json.id}`);
    expect(mine.status).toBe(200);
    expect(mine.json.model_params.embed_dim).toBe(1024);

    const theirs = await api(bob, 'GET', `/v2/base-models/${created.json.id}`);
    expect(theirs.status).toBe(404);
    const patch = await api(bob, 'PATCH', `/v2/base-models/${created.json.id}/model-params`, {
      body: { num_layers: 3 },
    });
    expect(patch.status).toBe(404);
    const bobsList = await api(bob, 'GET', '/v2/base-models?limit=1000');
    expect(bobsList.json.results.map((m: { id: string }) => m.id)).not.toContain(created.json.id);
  });

  it('rejects model_params that break the rules with a 422 naming the field', async () => {
    const answer = await api(alice, 'POST', '/v2/base-models', {
      body: { name: 'bad', model_params: { patch_size: 'sixteen', model_category: 'prithvi' } },
    });
    expect(answer.status).toBe(422);
    expect(answer.json.detail[0].loc).toEqual(['body', 'model_params', 'patch_size']);

    const heads = await api(alice, 'POST', '/v2/base-models', {
      body: {
        name: 'bad',
        model_params: { embed_dim: 100, num_heads: 16, model_category: 'prithvi' },
      },
    });
    expect(heads.status).toBe(422);
    expect(heads.json.detail[0].loc).toEqual(['body', 'model_params', 'embed_dim']);
  });

  it('merges model-params patches and keeps seeded models admin-only', async () => {
    const created = await api(alice, 'POST', '/v2/base-models', {
      body: { name: 'patch me', model_params: { backbone: 'timm_resnet18', num_layers: 18 } },
    });
    const patched = await api(alice, 'PATCH', `/v2/base-models/${created.json.id}/model-params`, {
      body: { num_layers: 34 },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.model_params).toMatchObject({ backbone: 'timm_resnet18', num_layers: 34 });

    const refused = await api(alice, 'PATCH', `/v2/base-models/${SEEDED_TINY}/model-params`, {
      body: { tile_size: 32 },
    });
    expect(refused.status).toBe(403);
    const allowed = await api(admin, 'PATCH', `/v2/base-models/${SEEDED_TINY}/model-params`, {
      body: { tile_size: 64 },
    });
    expect(allowed.status).toBe(200);
  });

  it('answers 422 for an id that is not a UUID', async () => {
    const answer = await api(alice, 'GET', '/v2/base-models/not-a-uuid');
    expect(answer.status).toBe(422);
    expect(answer.json.detail[0].loc).toEqual(['path', 'id']);
  });
});

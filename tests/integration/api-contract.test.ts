import { describe, expect, inject, it } from 'vitest';
import { V2_ENDPOINTS } from '../../server/api/v2/endpoints';
import { api, users } from '../support/api-client';

const { alice } = users();
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('API contract', () => {
  it('serves every route under /studio-gateway as well as at the root', async () => {
    const root = await api(alice, 'GET', '/v2/base-models?limit=3');
    const gateway = await api(alice, 'GET', '/studio-gateway/v2/base-models?limit=3');
    expect(gateway.status).toBe(200);
    expect(gateway.json.results).toEqual(root.json.results);
    const created = await api(alice, 'POST', '/studio-gateway/v2/base-models', {
      body: { name: 'via gateway' },
    });
    expect(created.status).toBe(201);
  });

  it('accepts a JSON body sent without a Content-Type header', async () => {
    const raw = new TextEncoder().encode(JSON.stringify({ name: 'no content type' }));
    const answer = await api(alice, 'POST', '/v2/base-models', { rawBody: raw });
    expect(answer.status).toBe(201);
    expect(answer.json.name).toBe('no content type');
  });

  it('answers malformed JSON with a 422 about the body', async () => {
    const answer = await api(alice, 'POST', '/v2/base-models', {
      rawBody: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(422);
    expect(answer.json.detail[0].loc).toEqual(['body']);
    expect(answer.json.detail[0].type).toBe('json_invalid');
  });

  it('names a missing required field in the 422 detail list', async () => {
    const answer = await api(alice, 'POST', '/v2/base-models', {
      body: { description: 'no name' },
    });
    expect(answer.status).toBe(422);
    expect(answer.json.detail).toEqual([
      expect.objectContaining({ loc: ['body', 'name'], type: 'invalid_type' }),
    ]);
  });

  it('answers every list with an object envelope and millisecond UTC timestamps', async () => {
    for (const path of ['/v2/base-models', '/v2/tunes', '/v2/auth/api-keys']) {
      const answer = await api(alice, 'GET', path);
      expect(answer.status).toBe(200);
      expect(Array.isArray(answer.json)).toBe(false);
      expect(answer.json).toHaveProperty('results');
      for (const item of answer.json.results) expect(item.created_at).toMatch(TIMESTAMP);
    }
  });

  it('answers an unknown path with a JSON 404', async () => {
    const answer = await api(alice, 'GET', '/v2/no-such-thing');
    expect(answer.status).toBe(404);
    expect(typeof answer.json.detail).toBe('string');
  });

  it('publishes an OpenAPI document that lists every endpoint, without credentials', async () => {
    const response = await fetch(`${inject('studio').baseUrl}/v2/openapi.json`);
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    for (const endpoint of V2_ENDPOINTS) {
      expect(document.paths[endpoint.path]?.[endpoint.method.toLowerCase()]).toBeDefined();
    }
    const listTunes = document.paths['/v2/tunes'].get;
    expect(listTunes.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['limit', 'skip', 'name', 'status']),
    );
  });

  it('sends security headers on pages and API answers', async () => {
    const response = await fetch(`${inject('studio').baseUrl}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('API contract for every endpoint', () => {
  it('answers 401 with the reference body to every endpoint called without credentials', async () => {
    for (const endpoint of V2_ENDPOINTS) {
      const path = endpoint.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const prefix of ['', '/studio-gateway']) {
        const answer = await api(null, endpoint.method, `${prefix}${path}`);
        expect({ route: `${endpoint.method} ${prefix}${path}`, status: answer.status }).toEqual({
          route: `${endpoint.method} ${prefix}${path}`,
          status: 401,
        });
        expect(answer.json).toEqual({
          detail: 'Provide a valid Authorization or X-Api-Key header.',
        });
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { api, users } from '../support/api-client';
import {
  base64,
  createTemplate,
  insertDataset,
  SEGMENTATION,
  SOURCE,
  TINY_RESNET,
  uploadForm,
} from '../support/tune-template-fixtures';

const { alice } = users();

describe('tune template input checks', () => {
  const contentLoc = ['body', 'content'];

  it('refuses content that is not base64 of UTF-8 text, or too large', async () => {
    for (const content of [
      'not base64!',
      Buffer.from([0xff, 0xfe, 0xfd]).toString('base64'),
      base64('x'.repeat(300 * 1024)),
    ]) {
      const answer = await api(alice, 'POST', '/v2/tune-templates', {
        body: { name: 'bad', content },
      });
      expect(answer.status).toBe(422);
      expect(answer.json.detail[0].loc).toEqual(contentLoc);
    }
  });

  it('refuses a Jinja syntax error with its line number', async () => {
    const content = base64('trainer:\n  max_epochs: 3\ndata: {{ bands | }}\n');
    const answer = await api(alice, 'POST', '/v2/tune-templates', {
      body: { name: 'bad', content },
    });
    expect(answer.status).toBe(422);
    expect(answer.json.detail[0].loc).toEqual(contentLoc);
    expect(answer.json.detail[0].msg).toMatch(/line 3/);

    const unclosed = base64('trainer:\n{% for x in y %}\n  a: 1\n');
    const second = await api(alice, 'POST', '/v2/tune-templates', {
      body: { name: 'bad', content: unclosed },
    });
    expect(second.json.detail[0].msg).toMatch(/line 2.*endfor/);
  });

  it('refuses a parameter schema with a bad type, naming the path', async () => {
    const model_params = {
      type: 'object',
      properties: { runner: { type: 'object', properties: { max_epochs: { type: 'long' } } } },
    };
    const answer = await api(alice, 'POST', '/v2/tune-templates', {
      body: { name: 'bad', content: base64(SOURCE), model_params },
    });
    expect(answer.status).toBe(422);
    expect(answer.json.detail[0].loc).toEqual([
      'body',
      'model_params',
      'properties',
      'runner',
      'properties',
      'max_epochs',
      'type',
    ]);

    const created = await createTemplate(alice);
    const put = await api(alice, 'PUT', `/v2/tune-templates/${created.id}/schema`, {
      body: { type: 'object', properties: { lr: { type: 'float', default: 'fast' } } },
    });
    expect(put.status).toBe(422);
    expect(put.json.detail[0].loc).toEqual(['body', 'properties', 'lr', 'default']);
  });

  it('answers 422 with the line when the rendered YAML lacks model or is not YAML', async () => {
    const noModel = await createTemplate(alice, {
      content: base64('trainer:\n  max_epochs: 1\ndata:\n  class_path: a.B\n  init_args: {}\n'),
    });
    const answer = await api(
      alice,
      'GET',
      `/v2/tune-templates/${noModel.id}/test-render?base_model=${TINY_RESNET}`,
    );
    expect(answer.status).toBe(422);
    expect(answer.json.detail[0].loc).toEqual(['rendered_config', 'model']);
    expect(answer.json.detail[0].msg).toMatch(/^line 1: .*add `model:`/);

    const broken = await createTemplate(alice, {
      content: base64('trainer:\n  max_epochs: 1\ndata: [1, 2\nmodel: {}\n'),
    });
    const yamlError = await api(
      alice,
      'GET',
      `/v2/tune-templates/${broken.id}/test-render?base_model=${TINY_RESNET}`,
    );
    expect(yamlError.status).toBe(422);
    expect(yamlError.json.detail[0].msg).toMatch(/line 4, column 1/);
  });

  it('answers 422 naming the line of an unknown filter or an undefined function', async () => {
    const filter = await createTemplate(alice, {
      content: base64('trainer: {}\n\nx: {{ bands | shout }}\n'),
    });
    const filtered = await api(
      alice,
      'GET',
      `/v2/tune-templates/${filter.id}/test-render?base_model=${TINY_RESNET}`,
    );
    expect(filtered.status).toBe(422);
    expect(filtered.json.detail[0].msg).toMatch(/line 3: the filter "shout"/);

    const call = await createTemplate(alice, {
      content: base64('trainer: {}\nx: 1\ny: {{ lookup("x") }}\n'),
    });
    const called = await api(
      alice,
      'GET',
      `/v2/tune-templates/${call.id}/test-render?base_model=${TINY_RESNET}`,
    );
    expect(called.status).toBe(422);
    expect(called.json.detail[0].msg).toMatch(/line 3: lookup\(…\) is not a function/);
  });

  it('validates ids, queries and upload bodies', async () => {
    expect((await api(alice, 'GET', '/v2/tune-templates/not-a-uuid')).json.detail[0].loc).toEqual([
      'path',
      'id',
    ]);
    const noModel = await api(alice, 'GET', `/v2/tune-templates/${SEGMENTATION}/test-render`);
    expect(noModel.json.detail[0].loc).toEqual(['query', 'base_model']);
    const created = await createTemplate(alice);
    const noFile = await api(alice, 'PUT', `/v2/tune-templates/${created.id}/template`, {
      rawBody: new FormData(),
    });
    expect(noFile.status).toBe(422);
    expect(noFile.json.detail[0].loc).toEqual(['body', 'file']);
    const badUpload = await api(alice, 'PUT', `/v2/tune-templates/${created.id}/template`, {
      rawBody: uploadForm('{% if %}'),
    });
    expect(badUpload.json.detail[0].loc).toEqual(['body', 'file']);
    const json = await api(alice, 'PUT', `/v2/tune-templates/${created.id}/template`, {
      body: { file: SOURCE },
    });
    expect(json.status).toBe(415);
    const empty = await insertDataset(alice, {});
    const unready = await api(
      alice,
      'GET',
      `/v2/tune-templates/${SEGMENTATION}/test-render?dataset_id=${empty}&base_model=${TINY_RESNET}`,
    );
    expect(unready.status).toBe(422);
    expect(unready.json.detail[0].loc).toEqual(['query', 'dataset_id']);
  });
});

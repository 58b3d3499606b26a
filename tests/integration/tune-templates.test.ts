import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { db } from '../../server/db/client';
import { tuneTemplates } from '../../server/db/schema';
import { api, users } from '../support/api-client';
import {
  CLASSIFICATION,
  createTemplate,
  insertDataset,
  PRITHVI_300,
  REGRESSION,
  SCHEMA,
  SEGMENTATION,
  SOURCE,
  TINY_RESNET,
  uploadForm,
} from '../support/tune-template-fixtures';

const { alice, bob, admin } = users();

describe('tune templates', () => {
  let template: { id: string; name: string };
  let datasetId = '';

  beforeAll(async () => {
    template = await createTemplate(alice, {
      purpose: 'Segmentation',
      extra_info: { model_category: ['clay'] },
    });
    datasetId = await insertDataset(alice);
  });

  it('lists seeded and own templates newest first, filtered by name, purpose and model category', async () => {
    const all = await api(alice, 'GET', '/v2/tune-templates?limit=1000');
    expect(all.status).toBe(200);
    expect(all.json.page_count).toBe(all.json.results.length);
    const ids = all.json.results.map((t: { id: string }) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining([SEGMENTATION, REGRESSION, CLASSIFICATION, template.id]),
    );
    expect(ids.indexOf(template.id)).toBeLessThan(ids.indexOf(SEGMENTATION));
    expect(all.json.results[0].content).toBeUndefined();

    const regression = await api(alice, 'GET', '/v2/tune-templates?purpose=regression&limit=1000');
    expect(regression.json.results.map((t: { id: string }) => t.id)).toContain(REGRESSION);
    expect(
      regression.json.results.every((t: { purpose: string }) => t.purpose === 'Regression'),
    ).toBe(true);

    const byName = await api(
      alice,
      'GET',
      `/v2/tune-templates?name=${template.name.toUpperCase()}`,
    );
    expect(byName.json.results.map((t: { id: string }) => t.id)).toEqual([template.id]);

    const prithvi = await api(alice, 'GET', '/v2/tune-templates?model_category=prithvi&limit=1000');
    const prithviIds = prithvi.json.results.map((t: { id: string }) => t.id);
    expect(prithviIds).toContain(SEGMENTATION);
    expect(prithviIds).not.toContain(template.id);
    const clay = await api(alice, 'GET', '/v2/tune-templates?model_category=clay&limit=1000');
    expect(clay.json.results.map((t: { id: string }) => t.id)).toContain(template.id);

    const marker = `paged${randomBytes(3).toString('hex')}`;
    const older = await createTemplate(alice, { name: `${marker} older` });
    await createTemplate(alice, { name: `${marker} newer` });
    const page = await api(alice, 'GET', `/v2/tune-templates?name=${marker}&limit=1&skip=1`);
    expect(page.json).toMatchObject({ total_records: 2, page_count: 1 });
    expect(page.json.results[0].id).toBe(older.id);
  });

  it('creates, reads, serves the text of and soft-deletes a template of its owner', async () => {
    const created = await createTemplate(alice, { description: 'mine', dataset_id: datasetId });
    const got = await api(alice, 'GET', `/v2/tune-templates/${created.id}`);
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({
      id: created.id,
      active: true,
      created_by: alice.email,
      description: 'mine',
      purpose: 'Other',
      dataset_id: datasetId,
      model_params: SCHEMA,
    });
    expect(got.json.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Buffer.from(got.json.content, 'base64').toString('utf8')).toBe(SOURCE);

    const text = await api(
      alice,
      'GET',
      `/studio-gateway/v2/tune-templates/${created.id}/template`,
    );
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toContain('text/plain');
    expect(text.text).toBe(SOURCE);

    expect((await api(alice, 'DELETE', `/v2/tune-templates/${created.id}`)).status).toBe(204);
    expect((await api(alice, 'GET', `/v2/tune-templates/${created.id}`)).status).toBe(404);
    const [row] = await db().select().from(tuneTemplates).where(eq(tuneTemplates.id, created.id));
    expect(row?.deletedAt).toBeInstanceOf(Date);
  });

  it('replaces the text with a multipart upload and the schema with a JSON body', async () => {
    const created = await createTemplate(alice);
    const newText = SOURCE.replace(
      'max_epochs: {{ runner.max_epochs }}',
      'max_epochs: {{ runner.max_epochs * 2 }}',
    );
    const put = await api(alice, 'PUT', `/v2/tune-templates/${created.id}/template`, {
      rawBody: uploadForm(newText),
    });
    expect(put.status, put.text).toBe(200);
    expect(put.json.message).toContain(created.id);
    expect((await api(alice, 'GET', `/v2/tune-templates/${created.id}/template`)).text).toBe(
      newText,
    );

    const schema = {
      type: 'object',
      properties: {
        runner: { type: 'object', properties: { max_epochs: { type: 'integer', default: 7 } } },
      },
    };
    const putSchema = await api(alice, 'PUT', `/v2/tune-templates/${created.id}/schema`, {
      body: schema,
    });
    expect(putSchema.status, putSchema.text).toBe(200);
    expect((await api(alice, 'GET', `/v2/tune-templates/${created.id}`)).json.model_params).toEqual(
      schema,
    );

    const rendered = await api(
      alice,
      'GET',
      `/v2/tune-templates/${created.id}/test-render?dataset_id=${datasetId}&base_model=${TINY_RESNET}`,
    );
    expect(rendered.status, rendered.text).toBe(200);
    expect(parseYaml(rendered.text).trainer.max_epochs).toBe(14);
  });

  it('test-renders with the dataset training parameters, the base model and the schema defaults', async () => {
    const answer = await api(
      alice,
      'GET',
      `/v2/tune-templates/${template.id}/test-render?dataset_id=${datasetId}&base_model=${PRITHVI_300}`,
    );
    expect(answer.status, answer.text).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/plain');
    const config = parseYaml(answer.text);
    expect(config.trainer.max_epochs).toBe(3);
    expect(config.data.init_args.batch_size).toBe(4);
    expect(config.data.init_args.dataset_bands).toEqual([
      'BLUE',
      'GREEN',
      'RED',
      'NIR_NARROW',
      'SWIR_1',
      'SWIR_2',
    ]);
    expect(config.data.init_args.train_split).toBe(
      `/studio/datasets/${datasetId}/splits/train.txt`,
    );
    expect(config.model.init_args.model_args).toEqual({
      backbone: 'prithvi_eo_v2_300',
      patch_size: 16,
    });
    expect(answer.text).not.toContain('EXAMPLE');
  });

  it('renders against the labelled built-in example dataset when no dataset is given', async () => {
    const answer = await api(
      alice,
      'GET',
      `/v2/tune-templates/${SEGMENTATION}/test-render?base_model=${TINY_RESNET}`,
    );
    expect(answer.status, answer.text).toBe(200);
    expect(answer.text.split('\n')[0]).toContain('EXAMPLE dataset');
    expect(parseYaml(answer.text).data.init_args.train_data_root).toBe(
      '/studio/datasets/geodata-example/images',
    );
  });

  it('renders a user-defined task with dataset parameters and schema defaults only', async () => {
    const answer = await api(
      alice,
      'GET',
      `/v2/tune-templates/${template.id}/test-render-user-defined-task?dataset_id=${datasetId}`,
    );
    expect(answer.status, answer.text).toBe(200);
    const config = parseYaml(answer.text);
    expect(config.model.init_args.model_args).toEqual({
      backbone: 'timm_resnet18',
      patch_size: 'absent',
    });
    expect(config.data.init_args.batch_size).toBe(4);
  });

  it('renders every seeded template into a checked config for every seeded base model', async () => {
    const models = (await api(alice, 'GET', '/v2/base-models?limit=100')).json.results.filter(
      (model: { created_by: string }) => model.created_by === 'system',
    );
    expect(models.length).toBeGreaterThanOrEqual(9);
    const tasks: Record<string, string> = {
      [SEGMENTATION as string]: 'SemanticSegmentationTask',
      [REGRESSION as string]: 'PixelwiseRegressionTask',
      [CLASSIFICATION as string]: 'ClassificationTask',
    };
    for (const [templateId, task] of Object.entries(tasks)) {
      for (const model of models) {
        for (const dataset of ['', `&dataset_id=${datasetId}`]) {
          const answer = await api(
            alice,
            'GET',
            `/v2/tune-templates/${templateId}/test-render?base_model=${model.id}${dataset}`,
          );
          expect(answer.status, `${task} ${model.name}: ${answer.text}`).toBe(200);
          const config = parseYaml(answer.text);
          expect(config.model.class_path).toBe(`terratorch.tasks.${task}`);
          expect(config.model.init_args.model_args.backbone).toBe(model.model_params.backbone);
          expect(
            config.trainer.callbacks.map((c: { class_path: string }) => c.class_path),
          ).toContain('lightning.pytorch.callbacks.EarlyStopping');
        }
      }
    }
  });

  it('answers 404 to another user for every endpoint of a template, and for their dataset', async () => {
    const id = template.id;
    expect((await api(bob, 'GET', `/v2/tune-templates/${id}`)).status).toBe(404);
    expect((await api(bob, 'GET', `/v2/tune-templates/${id}/template`)).status).toBe(404);
    expect(
      (await api(bob, 'PUT', `/v2/tune-templates/${id}/template`, { rawBody: uploadForm(SOURCE) }))
        .status,
    ).toBe(404);
    expect(
      (await api(bob, 'PUT', `/v2/tune-templates/${id}/schema`, { body: SCHEMA })).status,
    ).toBe(404);
    expect((await api(bob, 'DELETE', `/v2/tune-templates/${id}`)).status).toBe(404);
    expect(
      (await api(bob, 'GET', `/v2/tune-templates/${id}/test-render?base_model=${TINY_RESNET}`))
        .status,
    ).toBe(404);
    expect(
      (await api(bob, 'GET', `/v2/tune-templates/${id}/test-render-user-defined-task`)).status,
    ).toBe(404);
    const theirDataset = await api(
      bob,
      'GET',
      `/v2/tune-templates/${SEGMENTATION}/test-render?dataset_id=${datasetId}&base_model=${TINY_RESNET}`,
    );
    expect(theirDataset.status).toBe(404);
    const listed = await api(bob, 'GET', '/v2/tune-templates?limit=1000');
    expect(listed.json.results.map((t: { id: string }) => t.id)).not.toContain(id);
    expect((await api(alice, 'GET', `/v2/tune-templates/${id}`)).status).toBe(200);
  });

  it('lets only administrators change or delete system templates', async () => {
    const [system] = await db()
      .insert(tuneTemplates)
      .values({ ownerId: null, name: 'system scratch', content: SOURCE, parameterSchema: SCHEMA })
      .returning();
    const id = system?.id as string;
    expect((await api(alice, 'DELETE', `/v2/tune-templates/${id}`)).status).toBe(403);
    expect(
      (await api(alice, 'PUT', `/v2/tune-templates/${id}/schema`, { body: SCHEMA })).status,
    ).toBe(403);
    expect(
      (
        await api(alice, 'PUT', `/v2/tune-templates/${id}/template`, {
          rawBody: uploadForm(SOURCE),
        })
      ).status,
    ).toBe(403);
    expect(
      (await api(admin, 'PUT', `/v2/tune-templates/${id}/schema`, { body: SCHEMA })).status,
    ).toBe(200);
    expect((await api(admin, 'DELETE', `/v2/tune-templates/${id}`)).status).toBe(204);
    expect((await api(alice, 'GET', `/v2/tune-templates/${id}`)).status).toBe(404);
  });
});

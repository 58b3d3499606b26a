import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../tests/support/issues-of';
import { buildTemplateVariables } from './build-template-variables';
import { checkTerratorchConfig } from './check-terratorch-config';
import { findJinjaSyntaxError } from './find-jinja-syntax-error';
import { renderJinja } from './render-jinja';
import { rewriteToYamlFilter } from './rewrite-to-yaml-filter';

const VALID = `trainer:
  max_epochs: 2
data:
  class_path: terratorch.datamodules.GenericNonGeoSegmentationDataModule
  init_args:
    batch_size: 2
model:
  class_path: terratorch.tasks.SemanticSegmentationTask
  init_args:
    model_factory: EncoderDecoderFactory
    model_args:
      backbone: timm_resnet18
optimizer:
  class_path: torch.optim.AdamW
`;

describe('Jinja syntax errors', () => {
  it('name the line of a bad expression, a bad character and an unclosed tag', () => {
    expect(findJinjaSyntaxError('a: 1\nb: {{ x y }}\n')).toMatchObject({ line: 2 });
    expect(findJinjaSyntaxError('a: 1\n\nb: {{ x ^ 2 }}\n')).toMatchObject({ line: 3 });
    expect(findJinjaSyntaxError("a: 1\nb: {{ 'open }}\n")?.message).toMatch(/never closed/);
    expect(findJinjaSyntaxError('{% for x in y %}\n{{ x }}\n')).toEqual({
      line: 1,
      message: 'the {% for %} block opened here is never closed; add {% endfor %}',
    });
    expect(
      findJinjaSyntaxError('{% if a %}\n{% for x in y %}{% endfor %}\n{% endfor %}'),
    ).toMatchObject({ line: 3 });
    expect(findJinjaSyntaxError('{% set x %}a{% endset %}{{ x }}')).toBeNull();
  });
});

describe('the to_yaml filter', () => {
  it('is rewritten to tojson inside tags only, keeping every line', () => {
    const source = 'a: {{ b | to_yaml }}\n# text | to_yaml\n{% set c = d|to_yaml %}';
    expect(rewriteToYamlFilter(source)).toBe(
      'a: {{ b | tojson }}\n# text | to_yaml\n{% set c = d|tojson %}',
    );
  });

  it('renders lists and mappings as YAML flow values', async () => {
    const text = await renderJinja('x: {{ v | to_yaml }}', { v: { a: [1, 'b'] } }, ['t']);
    expect(text).toBe('x: {"a": [1, "b"]}');
  });
});

describe('rendering limits', () => {
  it('stops a template that exhausts memory or time with a 422', async () => {
    await expect(
      renderJinja('{% for i in range(100000000) %}x{% endfor %}', {}, ['t']),
    ).rejects.toThrow(/template rendering exceeded/);
  });

  it('renders nothing of the host for the usual injection payloads', async () => {
    const text = await renderJinja("{{ ''.__class__ }}{{ config }}{{ self }}{{ process }}", {}, [
      't',
    ]);
    expect(text).toBe('');
  });
});

describe('template variables', () => {
  it('merge base model, dataset, schema defaults and user parameters, later winning', () => {
    const variables = buildTemplateVariables({
      baseModelParams: { backbone: 'prithvi_eo_v2_300', shared: { a: 1, list: [1, 2] } },
      datasetParams: {
        shared: { b: 2 },
        train_data_dir: { S2: 'images' },
        test_split_path: '/abs/test.txt',
      },
      schemaDefaults: { shared: { a: 3, list: [9] }, runner: { max_epochs: 5 } },
      userParameters: { runner: { max_epochs: 8 }, tune_id: 'not-mine' },
      tuneId: 'geotune-abc',
      datasetId: 'geodata-xyz',
      checkpointFilename: 'w.pt',
    });
    expect(variables).toMatchObject({
      shared: { a: 3, b: 2, list: [9] },
      runner: { max_epochs: 8 },
      tune_id: 'geotune-abc',
      data_root: '/studio/datasets/geodata-xyz',
      train_data_dir: { S2: '/studio/datasets/geodata-xyz/images' },
      test_split_path: '/abs/test.txt',
      pretrained_model_name: 'prithvi_eo_v2_300',
      pretrained_weights_path: '/studio/models/w.pt',
      tune_dir: '/studio/tune-tasks/geotune-abc',
    });
  });
});

describe('checkTerratorchConfig', () => {
  it('answers the parsed config when the LightningCLI blocks are there', () => {
    expect(checkTerratorchConfig(VALID)).toMatchObject({ trainer: { max_epochs: 2 } });
  });

  it('names the line and what to add for each missing or malformed block', () => {
    const noModel = issuesOf(() =>
      checkTerratorchConfig(VALID.replace(/model:\n[\s\S]*?optimizer/, 'optimizer')),
    );
    expect(noModel[0]).toMatchObject({ loc: ['rendered_config', 'model'] });
    const noClass = issuesOf(() =>
      checkTerratorchConfig(
        VALID.replace(
          '  class_path: terratorch.datamodules.GenericNonGeoSegmentationDataModule\n',
          '',
        ),
      ),
    );
    expect(noClass[0]?.msg).toMatch(
      /^line 3 \(`data:`\): `data.class_path` must name a Python class/,
    );
    const noArgs = issuesOf(() =>
      checkTerratorchConfig(
        VALID.replace(/ {4}model_factory[\s\S]*?timm_resnet18\n/, '    loss: ce\n'),
      ),
    );
    expect(noArgs[0]?.msg).toMatch(/^line 7 .*model_factory/);
    const badOptimizer = issuesOf(() =>
      checkTerratorchConfig(VALID.replace('class_path: torch.optim.AdamW', 'lr: 0.1')),
    );
    expect(badOptimizer[0]).toMatchObject({ loc: ['rendered_config', 'optimizer', 'class_path'] });
    const trainerList = issuesOf(() =>
      checkTerratorchConfig(VALID.replace('trainer:\n  max_epochs: 2', 'trainer: [1]')),
    );
    expect(trainerList[0]?.msg).toMatch(/^line 1 .*`trainer` must be a mapping/);
  });

  it('reports YAML syntax errors with line and column', () => {
    const problems = issuesOf(() => checkTerratorchConfig('trainer:\n  a: 1\n  b: [1,\nc: d\n'));
    expect(problems[0]?.msg).toMatch(/^YAML error at line 4, column 1/);
    const duplicate = issuesOf(() => checkTerratorchConfig(`${VALID}trainer: {}\n`));
    expect(duplicate[0]?.msg).toMatch(/unique/);
  });
});

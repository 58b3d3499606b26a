import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { api, users } from '../support/api-client';

const { alice } = users();
const TINY_RESNET = '6f1f4a52-7d3e-4c57-9a0e-1b2c3d4e5f09';
const studio = inject('studio');
const marker = path.join(os.tmpdir(), `ssti-${randomBytes(6).toString('hex')}`);

/** A valid config whose last line is a YAML comment holding the payload's output. */
function probeTemplate(payload: string): string {
  return [
    'trainer:',
    '  max_epochs: 1',
    'data:',
    '  class_path: probe.DataModule',
    '  init_args: {}',
    'model:',
    '  class_path: probe.Model',
    '  init_args: {}',
    `# probe: ${payload}`,
    '',
  ].join('\n');
}

/** Host values that must never reach an answer. */
const SECRETS = [studio.nextauthSecret, studio.databaseUrl, process.env.PATH ?? 'PATH-unset'];
const HOST_TRACES = /\bprocess\b|\brequire\b|globalThis|root:x:0:0|uid=\d+|\[object /;

/** Creates the payload as alice's template and test-renders it; never expects a 500. */
async function renderPayload(payload: string) {
  const content = Buffer.from(probeTemplate(payload), 'utf8').toString('base64');
  const created = await api(alice, 'POST', '/v2/tune-templates', {
    body: { name: 'injection probe', content },
  });
  expect([201, 422], created.text).toContain(created.status);
  if (created.status !== 201) return created;
  return api(
    alice,
    'GET',
    `/v2/tune-templates/${created.json.id}/test-render?base_model=${TINY_RESNET}`,
  );
}

function expectNothingLeaked(answer: { status: number; text: string }) {
  for (const secret of SECRETS) expect(answer.text).not.toContain(secret);
  if (answer.status !== 200) return;
  const probe = answer.text.split('\n').find((line) => line.startsWith('# probe:')) ?? '';
  expect(probe).not.toMatch(HOST_TRACES);
}

const REACH_PAYLOADS = [
  "{{ ''.__class__.__mro__ }}",
  "{{ ''.__class__.__mro__[1].__subclasses__() }}",
  '{{ config }}',
  '{{ config.items() }}',
  '{{ self }}',
  '{{ self.__init__.__globals__ }}',
  "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
  "{{ ''.constructor.constructor('return process')() }}",
  `{{ ''.constructor.constructor("return require('fs').writeFileSync('${marker}', 'x')")() }}`,
  "{{ range.constructor('return process.env')() }}",
  '{{ lipsum.__globals__ }}',
  "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}",
  '{{ request }}',
  "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
  '{{ process }}{{ globalThis }}{{ require }}{{ module }}{{ env }}',
  '{{ namespace.__proto__ }}{{ [].__proto__ }}{{ {}.constructor }}',
  '{% set ns = namespace() %}{% set ns.__proto__ = 1 %}{{ ns.__proto__ }}',
  '{{ range ~ namespace ~ "".upper }}',
];

describe('template injection', () => {
  it.each(REACH_PAYLOADS)('renders %s without reaching the host', async (payload) => {
    const answer = await renderPayload(payload);
    expect([200, 422], answer.text).toContain(answer.status);
    expectNothingLeaked(answer);
    expect(existsSync(marker)).toBe(false);
  });

  it('renders the payloads that only read to empty text', async () => {
    const answer = await renderPayload("{{ config }}{{ self }}{{ request }}{{ ''.__class__ }}");
    expect(answer.status, answer.text).toBe(200);
    expect(answer.text.split('\n').at(-1)).toBe('# probe: ');
  });

  it.each([
    ['a range of a hundred million', '{% for i in range(100000000) %}x{% endfor %}'],
    [
      'nested loops',
      '{% for a in range(20000) %}{% for b in range(20000) %}{% endfor %}{% endfor %}',
    ],
    [
      'a string that doubles sixty times',
      "{% set ns = namespace(s='xxxxxxxx') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}",
    ],
    ['a recursive macro', '{% macro bomb(n) %}{{ bomb(n + 1) }}{% endmacro %}{{ bomb(0) }}'],
    [
      'macros calling each other in loops',
      '{% macro a() %}{% for i in range(1000) %}{{ b() }}{% endfor %}{% endmacro %}{% macro b() %}{% for i in range(1000) %}{{ i }}{% endfor %}{% endmacro %}{{ a() }}',
    ],
  ])('stops %s with a 422 and stays healthy', async (_name, payload) => {
    const answer = await renderPayload(payload);
    expect(answer.status, answer.text).toBe(422);
    expect(answer.json.detail[0].msg).toMatch(/template rendering exceeded/);
    expectNothingLeaked(answer);
    const health = await fetch(`${studio.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  });

  it('refuses string multiplication and absurd nesting with a 422, never a 500', async () => {
    const multiplied = await renderPayload("{{ 'a' * 100000000 }}");
    expect(multiplied.status).toBe(422);
    const nested = await renderPayload(`{{ ${'('.repeat(5000)}1${')'.repeat(5000)} }}`);
    expect(nested.status).toBe(422);
    expect(nested.json.detail[0].loc).toEqual(['body', 'content']);
    const deepList = await renderPayload(`{{ ${'['.repeat(3000)}${']'.repeat(3000)} }}`);
    expect(deepList.status).toBe(422);
  });

  it('still renders a normal template after every attack', async () => {
    const health = await fetch(`${studio.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const answer = await renderPayload('{{ tune_id }} {{ backbone }}');
    expect(answer.status, answer.text).toBe(200);
    expect(answer.text).toContain('# probe: geotune-test-render timm_resnet18');
  });
});

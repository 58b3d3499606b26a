import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../tests/support/issues-of';
import { readSeedTemplate, SEED_TUNE_TEMPLATES } from '../seed/seed-tune-templates';
import {
  coerceParameters,
  type ParameterSchema,
  ParameterSchemaSchema,
  schemaDefaults,
} from './parameter-schema';

const SCHEMA: ParameterSchema = {
  type: 'object',
  properties: {
    runner: {
      type: 'object',
      studio_name: 'Runner',
      properties: {
        max_epochs: { type: 'int', default: 10, minimum: 1, maximum: 100 },
        early_stop: { type: 'bool', default: true },
      },
    },
    optimizer: {
      type: 'object',
      default: { lr: 0.001 },
      properties: {
        lr: { type: 'float', default: 0.01 },
        type: { type: 'string', enum: ['AdamW', 'SGD'], default: 'AdamW' },
        betas: { type: 'array', items: { type: 'number' } },
      },
    },
  },
};

describe('parameter schemas', () => {
  it('accepts the reference types int, float and bool beside the JSON Schema ones', () => {
    expect(ParameterSchemaSchema.safeParse(SCHEMA).success).toBe(true);
    expect(ParameterSchemaSchema.safeParse({}).success).toBe(true);
  });

  it('names the path of a bad key, a default that does not fit, and bounds that cross', () => {
    const badType = ParameterSchemaSchema.safeParse({
      properties: { a: { type: 'object', properties: { b: { type: 'double' } } } },
    });
    expect(badType.error?.issues[0]?.path).toEqual(['properties', 'a', 'properties', 'b', 'type']);
    const badDefault = ParameterSchemaSchema.safeParse({
      properties: { lr: { type: 'float', default: 'fast' } },
    });
    expect(badDefault.error?.issues[0]?.path).toEqual(['properties', 'lr', 'default']);
    const crossed = ParameterSchemaSchema.safeParse({
      properties: { n: { type: 'int', minimum: 5, maximum: 1 } },
    });
    expect(crossed.error?.issues[0]?.path).toEqual(['properties', 'n', 'minimum']);
    const notObject = ParameterSchemaSchema.safeParse({ type: 'string' });
    expect(notObject.error?.issues[0]?.path).toEqual(['type']);
  });

  it('refuses schemas nested absurdly deep without overflowing the stack', () => {
    let deep: Record<string, unknown> = { type: 'int' };
    for (let level = 0; level < 5000; level += 1)
      deep = { type: 'object', properties: { x: deep } };
    expect(ParameterSchemaSchema.safeParse(deep).success).toBe(false);
  });

  it('collects defaults, letting an object default win over its properties', () => {
    expect(schemaDefaults(SCHEMA)).toEqual({
      runner: { max_epochs: 10, early_stop: true },
      optimizer: { lr: 0.001, type: 'AdamW' },
    });
  });

  it('keeps each seeded schema default equal to its properties defaults', () => {
    for (const template of SEED_TUNE_TEMPLATES) {
      const { schema } = readSeedTemplate(template.slug);
      for (const tab of Object.values(schema.properties as Record<string, ParameterSchema>)) {
        const fromProperties = Object.fromEntries(
          Object.entries(tab.properties ?? {}).map(([name, property]) => [name, property.default]),
        );
        expect(tab.default).toEqual(fromProperties);
        expect(tab.studio_name).toBeTruthy();
      }
    }
  });
});

describe('coerceParameters', () => {
  it('turns strings into the declared int, float, bool and list', () => {
    const values = {
      runner: { max_epochs: '5', early_stop: 'false' },
      optimizer: { lr: '0.1', betas: '[0.9, "0.99"]' },
      extra: { kept: 'as is' },
    };
    expect(coerceParameters(SCHEMA, values)).toEqual({
      runner: { max_epochs: 5, early_stop: false },
      optimizer: { lr: 0.1, betas: [0.9, 0.99] },
      extra: { kept: 'as is' },
    });
  });

  it('leaves null values unset so their defaults apply', () => {
    expect(coerceParameters(SCHEMA, { runner: { max_epochs: null } })).toEqual({ runner: {} });
  });

  it('answers one 422 naming every parameter path that does not fit', () => {
    const issues = issuesOf(() =>
      coerceParameters(SCHEMA, {
        runner: { max_epochs: 'five', early_stop: 'maybe' },
        optimizer: { type: 'Adagrad', lr: '0.1' },
      }),
    );
    expect(issues.map((issue) => issue.loc)).toEqual([
      ['body', 'model_parameters', 'runner', 'max_epochs'],
      ['body', 'model_parameters', 'runner', 'early_stop'],
      ['body', 'model_parameters', 'optimizer', 'type'],
    ]);
    expect(issues[2]?.msg).toContain('"AdamW"');
  });

  it('checks minimum and maximum after coercion', () => {
    const issues = issuesOf(() =>
      coerceParameters(SCHEMA, { runner: { max_epochs: '500' } }, ['p']),
    );
    expect(issues[0]).toMatchObject({ loc: ['p', 'runner', 'max_epochs'] });
    expect(issues[0]?.msg).toContain('at most 100');
  });

  it('ignores keys that could reach an object prototype', () => {
    const values = JSON.parse('{"__proto__": {"polluted": true}, "runner": {"max_epochs": 2}}');
    const coerced = coerceParameters(SCHEMA, values);
    expect(coerced).toEqual({ runner: { max_epochs: 2 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

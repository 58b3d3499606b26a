import type { JsonSchema } from './openapi-operations';

// Bounds zod writes for plain numbers; they say nothing to a reader.
const NOISE_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]);

function asSchema(value: unknown): JsonSchema | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : null;
}

function variants(schema: JsonSchema): JsonSchema[] {
  const list = schema.anyOf ?? schema.oneOf;
  return Array.isArray(list) ? list.map(asSchema).filter((item) => item !== null) : [];
}

/** A short type label: `string`, `integer | null`, `array of object`, `map of string`. */
export function typeLabel(schema: JsonSchema): string {
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop() ?? 'object';
  if ('const' in schema) return JSON.stringify(schema.const);
  const alternatives = variants(schema);
  if (alternatives.length > 0) return alternatives.map(typeLabel).join(' | ');
  const type = schema.type;
  if (Array.isArray(type)) return type.map(String).join(' | ');
  if (type === 'array') {
    const items = asSchema(schema.items);
    return items ? `array of ${typeLabel(items)}` : 'array';
  }
  if (type === 'object' && !schema.properties) {
    const values = asSchema(schema.additionalProperties);
    if (values) return `map of ${typeLabel(values)}`;
  }
  if (typeof type === 'string') return schema.format ? `${type} (${schema.format})` : type;
  return 'any';
}

/** Rules worth a reader's attention: allowed values, bounds, lengths, pattern, default. */
export function constraintNotes(schema: JsonSchema): string[] {
  const notes: string[] = [];
  if (Array.isArray(schema.enum)) {
    notes.push(`one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`);
  }
  for (const [key, label] of [
    ['minimum', '≥'],
    ['maximum', '≤'],
    ['exclusiveMinimum', '>'],
    ['exclusiveMaximum', '<'],
  ] as const) {
    const value = schema[key];
    if (typeof value === 'number' && !NOISE_BOUNDS.has(value)) notes.push(`${label} ${value}`);
  }
  if (typeof schema.minLength === 'number') notes.push(`min length ${schema.minLength}`);
  if (typeof schema.maxLength === 'number') notes.push(`max length ${schema.maxLength}`);
  if (typeof schema.pattern === 'string') notes.push(`pattern ${schema.pattern}`);
  if ('default' in schema) notes.push(`default ${JSON.stringify(schema.default)}`);
  for (const alternative of variants(schema)) notes.push(...constraintNotes(alternative));
  return notes;
}

/** The object whose fields should be listed under this schema, if any (through arrays and unions). */
export function nestedObject(schema: JsonSchema): JsonSchema | null {
  if (asSchema(schema.properties)) return schema;
  if (schema.type === 'array') {
    const items = asSchema(schema.items);
    return items ? nestedObject(items) : null;
  }
  if (schema.type === 'object') {
    const values = asSchema(schema.additionalProperties);
    return values ? nestedObject(values) : null;
  }
  for (const alternative of variants(schema)) {
    const found = nestedObject(alternative);
    if (found) return found;
  }
  return null;
}

/** The fields of an object schema with whether each is required. */
export function objectFields(
  schema: JsonSchema,
): { name: string; schema: JsonSchema; isRequired: boolean }[] {
  const properties = asSchema(schema.properties) ?? {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  return Object.entries(properties).map(([name, value]) => ({
    name,
    schema: asSchema(value) ?? {},
    isRequired: required.has(name),
  }));
}

import { z } from 'zod';
import { parameterKind, valueFitsKind } from './parameter-kind';

/** Types a parameter may declare: JSON Schema's, plus the reference's `int`, `float`, `bool`. */
export const PARAMETER_TYPES = [
  'object',
  'string',
  'number',
  'integer',
  'boolean',
  'array',
  'int',
  'float',
  'bool',
] as const;

/** A declared parameter type. */
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/** A JSON-Schema-like parameter schema; top-level object properties are the form's tabs. */
export interface ParameterSchema {
  type?: ParameterType;
  properties?: Record<string, ParameterSchema>;
  default?: unknown;
  description?: string;
  studio_name?: string;
  title?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: ParameterSchema;
  required?: string[];
  [key: string]: unknown;
}

/** Deepest JSON nesting a schema may have; deeper is refused before it is walked. */
const MAX_SCHEMA_DEPTH = 40;

const UNSAFE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

const PropertyNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,100}$/, 'parameter names use letters, digits, _ . and - only')
  .refine((name) => !UNSAFE_NAMES.has(name), 'this parameter name is reserved');

function checkNode(node: ParameterSchema, context: z.RefinementCtx): void {
  const kind = parameterKind(node);
  const issue = (path: (string | number)[], message: string) =>
    context.addIssue({ code: 'custom', path, message });
  if (node.properties && kind !== 'object') {
    issue(['properties'], 'only object parameters have properties; set "type": "object"');
  }
  if (node.items && kind !== 'array') {
    issue(['items'], 'only array parameters have items; set "type": "array"');
  }
  const isNumeric = kind === 'number' || kind === 'integer';
  for (const bound of ['minimum', 'maximum'] as const) {
    if (node[bound] !== undefined && !isNumeric) {
      issue([bound], `${bound} applies to number and integer parameters only`);
    }
  }
  if (node.minimum !== undefined && node.maximum !== undefined && node.minimum > node.maximum) {
    issue(['minimum'], 'minimum must not be greater than maximum');
  }
  node.required?.forEach((name, index) => {
    if (!node.properties || !(name in node.properties)) {
      issue(['required', index], `"${name}" is required but not among the properties`);
    }
  });
  node.enum?.forEach((value, index) => {
    if (!valueFitsKind(kind, value)) issue(['enum', index], `enum value does not fit type ${kind}`);
  });
  if (node.default === undefined) return;
  if (!valueFitsKind(kind, node.default)) {
    issue(['default'], `default does not fit type ${kind}`);
    return;
  }
  if (node.enum && !node.enum.some((value) => value === node.default)) {
    issue(['default'], 'default is not one of the enum values');
  }
  const value = node.default;
  if (typeof value === 'number' && node.minimum !== undefined && value < node.minimum) {
    issue(['default'], `default is below the minimum ${node.minimum}`);
  }
  if (typeof value === 'number' && node.maximum !== undefined && value > node.maximum) {
    issue(['default'], `default is above the maximum ${node.maximum}`);
  }
}

const NodeSchema: z.ZodType<ParameterSchema> = z
  .looseObject({
    type: z
      .enum(PARAMETER_TYPES, { message: `must be one of ${PARAMETER_TYPES.join(', ')}` })
      .optional(),
    get properties() {
      return z.record(PropertyNameSchema, NodeSchema).optional();
    },
    default: z.unknown().optional(),
    description: z.string().max(5000).optional(),
    studio_name: z.string().max(200).optional(),
    title: z.string().max(200).optional(),
    enum: z.array(z.unknown()).min(1).max(1000).optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    get items() {
      return NodeSchema.optional();
    },
    required: z.array(z.string()).optional(),
  })
  .superRefine(checkNode);

/** Nesting depth of a JSON value, measured without recursion. */
function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_SCHEMA_DEPTH) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * A template's parameter schema (`model_params` in the API), validated recursively: an object
 * at the top (or `{}` for none), known types, defaults and enums that fit them, sane bounds.
 */
export const ParameterSchemaSchema: z.ZodType<ParameterSchema> = z
  .unknown()
  .superRefine((value, context) => {
    if (jsonDepth(value) > MAX_SCHEMA_DEPTH) {
      context.addIssue({
        code: 'custom',
        message: `nested deeper than ${MAX_SCHEMA_DEPTH} levels`,
      });
    }
  })
  .pipe(NodeSchema)
  .superRefine((schema, context) => {
    const kind = parameterKind(schema);
    if (kind !== undefined && kind !== 'object') {
      context.addIssue({
        code: 'custom',
        path: ['type'],
        message: 'the top of a parameter schema must be an object whose properties are the tabs',
      });
    }
  })
  // The depth guard hides the shape from the OpenAPI generator, so the document says it here.
  .meta({
    type: 'object',
    additionalProperties: true,
    description:
      'JSON-Schema-like: type (object, string, number, integer, boolean, array, int, float,' +
      ' bool), properties, default, enum, minimum, maximum, items, required, description, ' +
      'studio_name',
  });

export { coerceParameters } from './coerce-parameters';
export { schemaDefaults } from './schema-defaults';

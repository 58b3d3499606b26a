import { isPlainObject } from './deep-merge';
import type { ParameterSchema, ParameterType } from './parameter-schema';

/** What a parameter holds once the reference's aliases are resolved. */
export type ParameterKind = 'object' | 'string' | 'number' | 'integer' | 'boolean' | 'array';

const ALIASES: Record<ParameterType, ParameterKind> = {
  object: 'object',
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  array: 'array',
  int: 'integer',
  float: 'number',
  bool: 'boolean',
};

/** The kind of value a schema node describes; a node with properties and no type is an object. */
export function parameterKind(schema: ParameterSchema): ParameterKind | undefined {
  if (schema.type) return ALIASES[schema.type];
  return schema.properties ? 'object' : undefined;
}

/** Whether a value has the kind a schema node declares (any value fits an undeclared kind). */
export function valueFitsKind(kind: ParameterKind | undefined, value: unknown): boolean {
  switch (kind) {
    case undefined:
      return true;
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
  }
}

import { AppError, type FieldIssue } from '../errors';
import { isPlainObject } from './deep-merge';
import { type ParameterKind, parameterKind } from './parameter-kind';
import type { ParameterSchema } from './parameter-schema';

type Path = (string | number)[];

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);
const UNSAFE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** A coerced value, or the reason the value does not fit. */
type Coerced = { ok: true; value: unknown } | { ok: false; reason: string };

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Turns a value (often a string from a form or the SDK) into the declared kind. */
function coerceScalar(kind: ParameterKind, value: unknown): Coerced {
  const text = typeof value === 'string' ? value.trim() : undefined;
  switch (kind) {
    case 'integer': {
      if (Number.isInteger(value)) return { ok: true, value };
      if (text !== undefined && /^[-+]?\d+$/.test(text)) return { ok: true, value: Number(text) };
      return { ok: false, reason: `must be an integer, got ${show(value)}` };
    }
    case 'number': {
      if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value };
      const number = text ? Number(text) : Number.NaN;
      if (Number.isFinite(number)) return { ok: true, value: number };
      return { ok: false, reason: `must be a number, got ${show(value)}` };
    }
    case 'boolean': {
      if (typeof value === 'boolean') return { ok: true, value };
      const word = text?.toLowerCase() ?? (value === 1 ? '1' : value === 0 ? '0' : '');
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: false, reason: `must be true or false, got ${show(value)}` };
    }
    case 'string': {
      if (typeof value === 'string') return { ok: true, value };
      if (typeof value === 'number' || typeof value === 'boolean') {
        return { ok: true, value: String(value) };
      }
      return { ok: false, reason: `must be a string, got ${show(value)}` };
    }
    case 'array': {
      const parsed = text !== undefined ? parseJson(text) : value;
      if (Array.isArray(parsed)) return { ok: true, value: parsed };
      return { ok: false, reason: `must be a list, got ${show(value)}` };
    }
    case 'object': {
      const parsed = text !== undefined ? parseJson(text) : value;
      if (isPlainObject(parsed)) return { ok: true, value: parsed };
      return { ok: false, reason: `must be an object, got ${show(value)}` };
    }
  }
}

/** Checks enum and bounds of a coerced leaf value; returns the reason it fails, if it does. */
function checkRules(node: ParameterSchema, value: unknown): string | null {
  if (node.enum && !node.enum.some((allowed) => allowed === value)) {
    return `must be one of ${node.enum.map(show).join(', ')}, got ${show(value)}`;
  }
  if (typeof value !== 'number') return null;
  if (node.minimum !== undefined && value < node.minimum) {
    return `must be at least ${node.minimum}, got ${value}`;
  }
  if (node.maximum !== undefined && value > node.maximum) {
    return `must be at most ${node.maximum}, got ${value}`;
  }
  return null;
}

function coerceNode(
  node: ParameterSchema,
  value: unknown,
  path: Path,
  issues: FieldIssue[],
): unknown {
  const kind = parameterKind(node);
  if (value === null || value === undefined) return undefined;
  if (kind === undefined) return structuredClone(value);

  const coerced = coerceScalar(kind, value);
  if (!coerced.ok) {
    issues.push({ loc: path, msg: coerced.reason, type: 'type_error' });
    return undefined;
  }
  if (kind === 'object') {
    const result: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(coerced.value as Record<string, unknown>)) {
      if (UNSAFE_NAMES.has(name)) continue;
      const property = node.properties?.[name];
      const next = property
        ? coerceNode(property, child, [...path, name], issues)
        : structuredClone(child);
      if (next !== undefined) result[name] = next;
    }
    return result;
  }
  if (kind === 'array' && node.items) {
    const items = node.items;
    return (coerced.value as unknown[]).map((item, index) =>
      coerceNode(items, item, [...path, index], issues),
    );
  }
  const broken = checkRules(node, coerced.value);
  if (broken) issues.push({ loc: path, msg: broken, type: 'value_error' });
  return coerced.value;
}

/**
 * Coerces user parameters by a template's parameter schema: strings such as "5", "0.1" or
 * "true" become the declared integer, number or boolean; enums and bounds are checked; `null`
 * leaves a parameter unset so its default applies; parameters the schema does not declare pass
 * unchanged. Every value that does not fit answers one 422 listing each parameter path under
 * `loc`.
 */
export function coerceParameters(
  schema: ParameterSchema,
  values: unknown,
  loc: Path = ['body', 'model_parameters'],
): Record<string, unknown> {
  const issues: FieldIssue[] = [];
  const root: ParameterSchema = parameterKind(schema) ? schema : { ...schema, type: 'object' };
  const coerced = coerceNode(root, values ?? {}, [], issues);
  if (issues.length > 0) {
    const located = issues.map((issue) => ({ ...issue, loc: [...loc, ...issue.loc] }));
    const first = located[0] as FieldIssue;
    throw new AppError('INVALID_INPUT', `Invalid ${first.loc.join('.')}: ${first.msg}`, {
      issues: located,
    });
  }
  return isPlainObject(coerced) ? coerced : {};
}

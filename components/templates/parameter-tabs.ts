/** What a form field holds, with the reference's `int`/`float`/`bool` resolved. */
export type FieldKind = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'any';

/** One field of the form a parameter schema drives; objects hold their own fields. */
export interface ParameterField {
  name: string;
  path: string;
  label: string;
  kind: FieldKind;
  description: string | null;
  defaultValue: unknown;
  choices: unknown[] | null;
  minimum: number | null;
  maximum: number | null;
  fields: ParameterField[];
}

/** One tab of the form: a top-level object of the schema (data loading, model, runner…). */
export interface ParameterTab {
  key: string;
  label: string;
  description: string | null;
  fields: ParameterField[];
}

type Node = Record<string, unknown>;

const KINDS: Record<string, FieldKind> = {
  string: 'string',
  integer: 'integer',
  int: 'integer',
  number: 'number',
  float: 'number',
  boolean: 'boolean',
  bool: 'boolean',
  array: 'array',
  object: 'object',
};

// Schemas are user input; a runaway nesting should not hang the page.
const MAX_DEPTH = 8;

function asNode(value: unknown): Node | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : null;
}

function kindOf(node: Node): FieldKind {
  if (typeof node.type === 'string') return KINDS[node.type] ?? 'any';
  return asNode(node.properties) ? 'object' : 'any';
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

function readField(name: string, node: Node, parentPath: string, depth: number): ParameterField {
  const path = parentPath ? `${parentPath}.${name}` : name;
  const properties = asNode(node.properties);
  const kind = kindOf(node);
  return {
    name,
    path,
    label: text(node.studio_name) ?? text(node.title) ?? name,
    kind,
    description: text(node.description),
    defaultValue: node.default,
    choices: Array.isArray(node.enum) ? node.enum : null,
    minimum: typeof node.minimum === 'number' ? node.minimum : null,
    maximum: typeof node.maximum === 'number' ? node.maximum : null,
    fields:
      kind === 'object' && properties && depth < MAX_DEPTH
        ? readFields(properties, path, depth + 1)
        : [],
  };
}

function readFields(properties: Node, parentPath: string, depth: number): ParameterField[] {
  return Object.entries(properties).flatMap(([name, value]) => {
    const node = asNode(value);
    return node ? [readField(name, node, parentPath, depth)] : [];
  });
}

/**
 * Turns a template's parameter schema into form tabs: each top-level object is a tab, and any
 * top-level scalars gather in a "General" tab first, as the reference's form lays them out.
 */
export function readParameterTabs(schema: unknown): ParameterTab[] {
  const properties = asNode(asNode(schema)?.properties);
  if (!properties) return [];
  const fields = readFields(properties, '', 1);
  const general = fields.filter((field) => field.kind !== 'object');
  const tabs: ParameterTab[] = general.length
    ? [{ key: '_general', label: 'General', description: null, fields: general }]
    : [];
  for (const field of fields) {
    if (field.kind !== 'object') continue;
    tabs.push({
      key: field.name,
      label: field.label,
      description: field.description,
      fields: field.fields,
    });
  }
  return tabs;
}

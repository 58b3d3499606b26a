import { z } from 'zod';

/** A JSON Schema, kept as the plain object the OpenAPI document holds. */
export type JsonSchema = Record<string, unknown>;

const JsonSchemaSchema = z.record(z.string(), z.unknown());

const ContentSchema = z.record(z.string(), z.object({ schema: JsonSchemaSchema.optional() }));

const ParameterSchema = z.object({
  name: z.string(),
  in: z.string(),
  required: z.boolean().optional(),
  description: z.string().optional(),
  schema: JsonSchemaSchema.optional(),
});

const OperationSchema = z.object({
  operationId: z.string().optional(),
  tags: z.array(z.string()).default([]),
  summary: z.string().default(''),
  description: z.string().optional(),
  parameters: z.array(ParameterSchema).default([]),
  requestBody: z.object({ required: z.boolean().optional(), content: ContentSchema }).optional(),
  responses: z.record(
    z.string(),
    z.object({ description: z.string().default(''), content: ContentSchema.optional() }),
  ),
});

const DocumentSchema = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string(), description: z.string().optional() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/** One parameter of an operation. */
export type OperationParameter = z.infer<typeof ParameterSchema>;

/** One operation of the document, with its method and path. */
export type ApiOperation = z.infer<typeof OperationSchema> & {
  id: string;
  method: string;
  path: string;
};

/** The operations of one tag, in document order. */
export interface ApiTagGroup {
  tag: string;
  anchor: string;
  operations: ApiOperation[];
}

/** The parts of an OpenAPI document the reference page shows. */
export interface ApiReference {
  title: string;
  version: string;
  description: string;
  groups: ApiTagGroup[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** The anchor of a tag's section, e.g. `tag-base-models`. */
export function tagAnchor(tag: string): string {
  return `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** Checks the document's shape once and groups its operations by their first tag. */
export function readOpenApiDocument(document: unknown): ApiReference {
  const parsed = DocumentSchema.parse(document);
  const groups = new Map<string, ApiOperation[]>();
  for (const [path, item] of Object.entries(parsed.paths)) {
    for (const method of METHODS) {
      if (!(method in item)) continue;
      const operation = OperationSchema.parse(item[method]);
      const tag = operation.tags[0] ?? 'Other';
      const id = operation.operationId ?? `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
      groups.set(tag, [...(groups.get(tag) ?? []), { ...operation, id, method, path }]);
    }
  }
  return {
    title: parsed.info.title,
    version: parsed.info.version,
    description: parsed.info.description ?? '',
    groups: [...groups].map(([tag, operations]) => ({ tag, anchor: tagAnchor(tag), operations })),
  };
}

import { z } from 'zod';
import { V2_ENDPOINTS } from '../api/v2/endpoints';
import type { Endpoint } from './endpoint';

type JsonSchema = Record<string, unknown>;

const ErrorSchema = {
  type: 'object',
  properties: { detail: { type: 'string' } },
  required: ['detail'],
};

const ValidationErrorSchema = {
  type: 'object',
  properties: {
    detail: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          loc: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'integer' }] } },
          msg: { type: 'string' },
          type: { type: 'string' },
        },
        required: ['loc', 'msg', 'type'],
      },
    },
    message: { type: 'string' },
  },
  required: ['detail'],
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const converted = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  const { $schema: _ignored, ...rest } = converted as JsonSchema;
  return rest;
}

function parameters(endpoint: Endpoint) {
  const result: JsonSchema[] = [];
  for (const [location, schema] of [
    ['path', endpoint.params],
    ['query', endpoint.query],
  ] as const) {
    if (!(schema instanceof z.ZodObject)) continue;
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const [name, field] of Object.entries(shape)) {
      result.push({
        name,
        in: location,
        required: location === 'path' || !field.safeParse(undefined).success,
        schema: jsonSchema(field, 'input'),
        ...(field.description ? { description: field.description } : {}),
      });
    }
  }
  return result;
}

function requestBody(endpoint: Endpoint) {
  if (!endpoint.body) return undefined;
  const contentType =
    endpoint.bodyKind === 'multipart' ? 'multipart/form-data' : 'application/json';
  return {
    required: !endpoint.body.safeParse(undefined).success,
    content: { [contentType]: { schema: jsonSchema(endpoint.body, 'input') } },
  };
}

function responses(endpoint: Endpoint) {
  const { status, schema, contentType = 'application/json' } = endpoint.success;
  const success =
    status === 204
      ? { description: 'No content' }
      : {
          description: 'Success',
          content: {
            [contentType]: {
              schema: schema ? jsonSchema(schema, 'output') : { type: 'string' },
            },
          },
        };
  const error = (description: string, schema: JsonSchema) => ({
    description,
    content: { 'application/json': { schema } },
  });
  return {
    [String(status)]: success,
    '401': error('Missing or invalid credentials', ErrorSchema),
    '404': error('Not found, or not yours', ErrorSchema),
    '422': error('Invalid input; `detail` names each field', ValidationErrorSchema),
  };
}

function operationId(endpoint: Endpoint): string {
  const words = `${endpoint.method} ${endpoint.path}`.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words
    .map((word, index) => (index === 0 ? word : word[0]?.toUpperCase() + word.slice(1)))
    .join('');
}

/** Builds the OpenAPI 3.1 document of the /v2 API from the endpoints' own zod schemas. */
export function buildOpenApiDocument(serverUrl = '/') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of V2_ENDPOINTS) {
    const operation = {
      operationId: operationId(endpoint),
      tags: [endpoint.tag],
      summary: endpoint.summary,
      ...(endpoint.description ? { description: endpoint.description } : {}),
      parameters: parameters(endpoint),
      ...(endpoint.body ? { requestBody: requestBody(endpoint) } : {}),
      responses: responses(endpoint),
      security: [{ ApiKey: [] }, { Bearer: [] }],
    };
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Geo Tuning Studio API',
      version: '2',
      description:
        'Fine-tune geospatial foundation models. Every path is also served under /studio-gateway. ' +
        'Authenticate with `X-API-Key` or `Authorization: Bearer <token>`.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        ApiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        Bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    paths,
  };
}

/** The OpenAPI document's type. */
export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { authenticateRequest } from '../auth/authenticate-request';
import { AppError } from '../errors';
import { logger } from '../logger';
import type { EndpointResult } from './endpoint';
import { errorResponse, zodIssues } from './error-response';
import { readBody } from './read-body';
import type { RouteTable } from './route-table';

/** Path prefix under which the reference's UI gateway serves the same API. */
export const GATEWAY_PREFIX = '/studio-gateway';

function queryObject(url: URL): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    result[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return result;
}

function validate<T>(schema: z.ZodType<T> | undefined, value: unknown, location: string): T {
  if (!schema) return value as T;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = zodIssues(parsed.error, location);
  const first = issues[0];
  const where = first ? first.loc.join('.') : location;
  throw new AppError('INVALID_INPUT', `Invalid ${where}: ${first?.msg ?? 'bad value'}`, { issues });
}

function toResponse(result: EndpointResult, requestId: string): Response {
  const headers = { 'x-request-id': requestId };
  if (result.kind === 'empty') return new Response(null, { status: 204, headers });
  if (result.kind === 'text') {
    return new Response(result.body, {
      status: result.status,
      headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return Response.json(result.body, { status: result.status, headers });
}

/** Serves one REST request: route, authenticate, validate, call the service edge, answer. */
export async function handleApiRequest(request: Request, routes: RouteTable): Promise<Response> {
  const started = performance.now();
  const requestId = request.headers.get('x-request-id') ?? randomUUID();
  const url = new URL(request.url);
  const path = url.pathname.startsWith(`${GATEWAY_PREFIX}/`)
    ? url.pathname.slice(GATEWAY_PREFIX.length)
    : url.pathname;
  let log = logger.child({ requestId, method: request.method, path });
  let response: Response;
  try {
    const match = routes.match(request.method, path);
    if (match.kind === 'not-found') {
      throw new AppError('NOT_FOUND', `No API endpoint ${request.method} ${path}.`);
    }
    if (match.kind === 'method-not-allowed') {
      throw new AppError('BAD_REQUEST', `${path} takes ${match.allowed.join(', ')}.`);
    }
    const { endpoint } = match;
    const user = await authenticateRequest(request.headers);
    log = log.child({ userId: user.id });
    const params = validate(endpoint.params, match.params, 'path');
    const query = validate(endpoint.query, queryObject(url), 'query');
    const body = endpoint.body
      ? validate(endpoint.body, await readBody(request, endpoint.bodyKind ?? 'json'), 'body')
      : undefined;
    const result = await endpoint.handler({ user, params, query, body, request, log });
    response = toResponse(result, requestId);
  } catch (error) {
    response = errorResponse(error, log);
    response.headers.set('x-request-id', requestId);
  }
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  log.info({ status: response.status, durationMs }, 'request served');
  return response;
}

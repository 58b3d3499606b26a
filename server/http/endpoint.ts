import type { Logger } from 'pino';
import type { z } from 'zod';
import type { SessionUser } from '../auth/user';

/** HTTP methods the public API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler returns: JSON with a status, plain text, or no content. */
export type EndpointResult =
  | { kind: 'json'; status: number; body: Record<string, unknown> }
  | { kind: 'text'; status: number; body: string }
  | { kind: 'empty'; status: 204 };

/** Everything a handler receives, already authenticated and validated. */
export interface EndpointContext<P, Q, B> {
  user: SessionUser;
  params: P;
  query: Q;
  body: B;
  request: Request;
  log: Logger;
}

/** How a request body is read: JSON (with or without Content-Type) or multipart form data. */
export type BodyKind = 'json' | 'multipart';

/** One route of the public API; the router, the OpenAPI document and the tests all read it. */
export interface Endpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** OpenAPI-style path, e.g. `/v2/base-models/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  bodyKind?: BodyKind;
  /** Status and schema of the successful answer, for the OpenAPI document. */
  success: { status: number; schema?: z.ZodType; contentType?: 'application/json' | 'text/plain' };
  handler: (
    context: EndpointContext<z.infer<P>, z.infer<Q>, z.infer<B>>,
  ) => Promise<EndpointResult>;
}

/** Declares an endpoint with its types inferred from its schemas. */
export function defineEndpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
>(endpoint: Endpoint<P, Q, B>): Endpoint {
  return endpoint as unknown as Endpoint;
}

/** A JSON answer; every JSON body is an object. */
export function json(body: Record<string, unknown>, status = 200): EndpointResult {
  return { kind: 'json', status, body };
}

/** A text/plain answer. */
export function text(body: string, status = 200): EndpointResult {
  return { kind: 'text', status, body };
}

/** A 204 answer with no body. */
export function noContent(): EndpointResult {
  return { kind: 'empty', status: 204 };
}

import { buildOpenApiDocument } from '@/server/http/openapi';

export const dynamic = 'force-static';

/** The API's OpenAPI document; public, so clients and fuzzers can read it before signing in. */
export function GET(): Response {
  return Response.json(buildOpenApiDocument());
}

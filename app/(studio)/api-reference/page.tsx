import type { Metadata } from 'next';
import { ApiReferencePage } from '@/components/api-reference/api-reference-page';
import { readOpenApiDocument } from '@/components/api-reference/openapi-operations';
import { buildOpenApiDocument } from '@/server/http/openapi';

export const metadata: Metadata = { title: 'API reference · Geo Tuning Studio' };

/** /api-reference: the same document /v2/openapi.json serves, rendered for people. */
export default function Page() {
  return <ApiReferencePage reference={readOpenApiDocument(buildOpenApiDocument())} />;
}

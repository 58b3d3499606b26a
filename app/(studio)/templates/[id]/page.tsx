import type { Metadata } from 'next';
import { TemplateDetailPage } from '@/components/templates/template-detail-page';

export const metadata: Metadata = { title: 'Template · Geo Tuning Studio' };

/** /templates/[id] */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TemplateDetailPage id={id} />;
}

import type { Metadata } from 'next';
import { BaseModelsPage } from '@/components/base-models/base-models-page';

export const metadata: Metadata = { title: 'Base models · Geo Tuning Studio' };

/** /base-models */
export default function Page() {
  return <BaseModelsPage />;
}

import type { Metadata } from 'next';
import { TunesPage } from '@/components/tunes/tunes-page';
import { V2_ENDPOINTS } from '@/server/api/v2/endpoints';
import { TUNE_STATUSES } from '@/server/db/schema';

export const metadata: Metadata = { title: 'Tunes · Geo Tuning Studio' };

/** /tunes */
export default function Page() {
  // The empty state names the submit endpoint only once the API really has it.
  const canSubmitByApi = V2_ENDPOINTS.some(
    (endpoint) => endpoint.method === 'POST' && endpoint.path === '/v2/submit-tune',
  );
  return <TunesPage statuses={TUNE_STATUSES} canSubmitByApi={canSubmitByApi} />;
}

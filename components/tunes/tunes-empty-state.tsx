import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';

/** Props of the tune list's empty state. */
export interface TunesEmptyStateProps {
  isFiltered: boolean;
  canSubmitByApi: boolean;
  onClearFilters: () => void;
}

/** What the tune list says when it is empty: no match for the filters, or no tunes at all. */
export function TunesEmptyState({
  isFiltered,
  canSubmitByApi,
  onClearFilters,
}: TunesEmptyStateProps) {
  if (isFiltered) {
    return (
      <EmptyState
        title="No tunes match these filters"
        actions={
          <button type="button" className="button" onClick={onClearFilters}>
            Clear filters
          </button>
        }
      >
        Try another name or status.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title="No tunes yet"
      mark="↯"
      actions={
        <>
          <Link className="button" href="/api-reference#tag-tunes">
            Tunes in the API reference
          </Link>
          <Link className="button" href="/api-keys">
            Get an API key
          </Link>
        </>
      }
    >
      {canSubmitByApi ? (
        <>
          Submit a tune from a script with <code>POST /v2/submit-tune</code> or the geostudio SDK's{' '}
          <code>submit_tune</code>; it appears here with its status. A submit form in the studio is
          not built yet.
        </>
      ) : (
        <>
          Tunes you own appear here with their status. Submitting tunes, from the studio or with{' '}
          <code>POST /v2/submit-tune</code>, arrives with the tune lifecycle and is not available
          yet; the REST API already lists, updates and deletes existing tunes.
        </>
      )}
    </EmptyState>
  );
}

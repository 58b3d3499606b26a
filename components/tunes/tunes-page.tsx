'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '@/components/ui/error-notice';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useTRPC } from '@/lib/trpc/client';
import type { TuneStatus } from '@/server/db/schema/tunes';
import {
  readTuneFilters,
  TUNES_PAGE_SIZE,
  type TuneFilters,
  tuneFiltersQuery,
} from './tune-filters';
import { tuneStatusLabel } from './tune-status-badge';
import { TUNE_COLUMNS, TuneRows } from './tune-table';
import styles from './tunes.module.css';
import { TunesEmptyState } from './tunes-empty-state';

/** Props of the tune list page. */
export interface TunesPageProps {
  statuses: readonly string[];
  canSubmitByApi: boolean;
}

const SEARCH_DELAY_MS = 300;

/** The caller's tunes: search by name, filter by status, page through; filters live in the URL. */
export function TunesPage({ statuses, canSubmitByApi }: TunesPageProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const filters = readTuneFilters(useSearchParams(), statuses);
  const [nameInput, setNameInput] = useState(filters.name);
  const searchTimer = useRef<number | undefined>(undefined);

  function applyFilters(next: TuneFilters) {
    router.replace(`${pathname}${tuneFiltersQuery(next)}`, { scroll: false });
  }

  // Typing waits for a pause before it filters, so each keystroke is not a request. The other
  // filters are read from the URL when the timer fires, in case they changed meanwhile.
  function searchByName(value: string) {
    setNameInput(value);
    window.clearTimeout(searchTimer.current);
    searchTimer.current = window.setTimeout(() => {
      const current = readTuneFilters(new URLSearchParams(window.location.search), statuses);
      applyFilters({ ...current, name: value.trim(), page: 1 });
    }, SEARCH_DELAY_MS);
  }

  useEffect(() => () => window.clearTimeout(searchTimer.current), []);

  const tunes = useQuery(
    trpc.tunes.list.queryOptions(
      {
        name: filters.name || undefined,
        status: (filters.status || undefined) as TuneStatus | undefined,
        limit: TUNES_PAGE_SIZE,
        skip: (filters.page - 1) * TUNES_PAGE_SIZE,
      },
      { placeholderData: keepPreviousData },
    ),
  );
  const total = tunes.data?.total ?? 0;
  const first = total === 0 ? 0 : (filters.page - 1) * TUNES_PAGE_SIZE + 1;
  const last = Math.min(filters.page * TUNES_PAGE_SIZE, total);
  const isFiltered = Boolean(filters.name || filters.status);

  return (
    <>
      <PageHeader
        title="Tunes"
        description={
          'Your fine-tuning runs, newest first. Each tune pairs a template, a base model ' +
          'and a dataset.'
        }
      />
      <section className="panel" aria-label="Tunes">
        <search className={styles.toolbar}>
          <div className={`field ${styles.search}`}>
            <label htmlFor="tune-search">Search by name</label>
            <input
              id="tune-search"
              type="search"
              className="input"
              placeholder="e.g. flood-mapping"
              value={nameInput}
              onChange={(event) => searchByName(event.target.value)}
            />
          </div>
          <div className={`field ${styles.statusFilter}`}>
            <label htmlFor="tune-status">Status</label>
            <select
              id="tune-status"
              className="select"
              value={filters.status}
              onChange={(event) =>
                applyFilters({ ...filters, status: event.target.value, page: 1 })
              }
            >
              <option value="">All statuses</option>
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {tuneStatusLabel(status)}
                </option>
              ))}
            </select>
          </div>
        </search>
        {tunes.error ? (
          <div className="panel-body">
            <ErrorNotice
              error={tunes.error}
              title="Your tunes could not be loaded"
              onRetry={() => void tunes.refetch()}
            />
          </div>
        ) : null}
        {tunes.data && tunes.data.results.length === 0 ? (
          <TunesEmptyState
            isFiltered={isFiltered || filters.page > 1}
            canSubmitByApi={canSubmitByApi}
            onClearFilters={() => {
              window.clearTimeout(searchTimer.current);
              setNameInput('');
              applyFilters({ name: '', status: '', page: 1 });
            }}
          />
        ) : null}
        {tunes.isPending || (tunes.data && tunes.data.results.length > 0) ? (
          <div className="table-wrap">
            <table
              className={`table ${tunes.isPlaceholderData ? styles.isStale : ''}`}
              aria-label="Tunes"
              aria-busy={tunes.isFetching}
            >
              <thead>
                <tr>
                  {TUNE_COLUMNS.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              {tunes.data ? (
                <TuneRows tunes={tunes.data.results} />
              ) : (
                <TableSkeleton columns={TUNE_COLUMNS.length} />
              )}
            </table>
          </div>
        ) : null}
        {total > 0 ? (
          <nav className={styles.pager} aria-label="Pages">
            <span>
              {first}–{last} of {total} tunes
            </span>
            <div className={styles.pagerButtons}>
              <button
                type="button"
                className="button button-small"
                disabled={filters.page <= 1}
                onClick={() => applyFilters({ ...filters, page: filters.page - 1 })}
              >
                Previous
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={last >= total}
                onClick={() => applyFilters({ ...filters, page: filters.page + 1 })}
              >
                Next
              </button>
            </div>
          </nav>
        ) : null}
      </section>
    </>
  );
}

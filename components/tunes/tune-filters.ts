/** The tune list's filters, as kept in the page's URL. */
export interface TuneFilters {
  name: string;
  status: string;
  page: number;
}

/** Rows per page of the tune list. */
export const TUNES_PAGE_SIZE = 25;

/** Reads the filters from the URL's search parameters, ignoring anything malformed. */
export function readTuneFilters(params: URLSearchParams, statuses: readonly string[]): TuneFilters {
  const status = params.get('status') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    name: (params.get('name') ?? '').slice(0, 200),
    status: statuses.includes(status) ? status : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Writes the filters back as a query string, leaving out defaults so URLs stay short. */
export function tuneFiltersQuery(filters: TuneFilters): string {
  const params = new URLSearchParams();
  if (filters.name) params.set('name', filters.name);
  if (filters.status) params.set('status', filters.status);
  if (filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An API timestamp as "3 Mar 2026, 14:05 UTC"; UTC so server and browser render the same text. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${DATE_TIME.format(new Date(iso))} UTC`;
}

/** An API timestamp as "3 Mar 2026". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return DATE.format(new Date(iso));
}

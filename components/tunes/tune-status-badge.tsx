const BADGE: Record<string, string> = {
  Pending: 'badge',
  Submitted: 'badge badge-info',
  In_progress: 'badge badge-info',
  Finished: 'badge badge-success',
  Failed: 'badge badge-danger',
  Error: 'badge badge-danger',
  Cancelled: 'badge badge-warning',
};

/** A tune status as people read it: `In_progress` shows as "In progress". */
export function tuneStatusLabel(status: string): string {
  return status.replaceAll('_', ' ');
}

/** A coloured badge for a tune status, with the reason as a tooltip when there is one. */
export function TuneStatusBadge({ status, reason }: { status: string; reason?: string | null }) {
  return (
    <span className={BADGE[status] ?? 'badge'} title={reason ?? undefined}>
      {tuneStatusLabel(status)}
    </span>
  );
}
